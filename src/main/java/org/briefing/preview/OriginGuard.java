package org.briefing.preview;

import com.sun.net.httpserver.Headers;
import java.util.Locale;
import java.util.Set;

/**
 * The guard against other web sites: any page open in the same browser can send requests to
 * 127.0.0.1, and a PDF rendered for each would keep the preview busy. A browser says where a
 * request comes from ({@code Sec-Fetch-Site}, and {@code Origin} for scripts and forms); only
 * requests from the preview's own pages, or typed in by the user, are answered. Requests
 * without these headers (curl, scripts) are not from a web page and are answered.
 */
final class OriginGuard {
    /** {@code same-origin}: the preview's own pages; {@code none}: typed in, a bookmark. */
    private static final Set<String> OWN = Set.of("same-origin", "none");

    private OriginGuard() {
    }

    /** Whether a request with these headers came from the preview itself (or from no web page at all). */
    static boolean accepts(Headers headers) {
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !OWN.contains(site.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String origin = headers.getFirst("Origin");
        String host = headers.getFirst("Host");
        // an opaque origin ("null": a sandboxed frame, a file) is another site too
        return origin == null || host != null && origin.strip().equalsIgnoreCase("http://" + host.strip());
    }
}
