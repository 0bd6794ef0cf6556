package org.briefing.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One response: status, body and headers, with the headers every response of the preview carries. */
record Reply(int status, String contentType, byte[] body, String contentSecurityPolicy, Map<String, String> headers) {
    /** The preview's own pages: scripts and styles from the preview itself, the edition in a frame. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The edition: its own inline stylesheet and nothing else, no script at all; framed by the shell only. */
    static final String EDITION_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'self'";
    /** Scripts, stylesheets, documents and plain text. */
    static final String NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String HTML = "text/html; charset=utf-8";

    static Reply page(int status, String html) {
        return new Reply(status, HTML, html.getBytes(StandardCharsets.UTF_8), PAGE_POLICY, Map.of());
    }

    static Reply text(int status, String text) {
        return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), NOTHING_POLICY,
                Map.of());
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, contentSecurityPolicy, more);
    }

    void send(HttpExchange exchange) throws IOException {
        var out = exchange.getResponseHeaders();
        out.set("Content-Type", contentType);
        out.set("Content-Security-Policy", contentSecurityPolicy);
        out.set("X-Content-Type-Options", "nosniff");
        out.set("Referrer-Policy", "no-referrer");
        // everything the preview serves is of the moment: the next save changes it
        out.set("Cache-Control", "no-store");
        headers.forEach(out::set);
        // a response to HEAD has headers only (-1: no body follows)
        boolean withBody = body.length > 0 && !"HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, withBody ? body.length : -1);
        try (OutputStream stream = exchange.getResponseBody()) {
            if (withBody) {
                stream.write(body);
            }
        }
    }
}
