package org.briefing.preview;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard against DNS rebinding: a page on some web site can point its own host name at
 * 127.0.0.1 and then read the preview as same-origin. Such a request still carries that host
 * name, so only requests addressed to {@code localhost} or to an IP address literal (which no
 * one can rebind), at the server's port, are answered.
 */
final class HostGuard {
    private static final Pattern HOST = Pattern.compile("(?<name>\\[[0-9a-f:.]+]|[^:\\[\\]]+)(:(?<port>[0-9]{1,5}))?");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final int HTTP_PORT = 80;

    private final int port;

    HostGuard(int port) {
        this.port = port;
    }

    /** Whether a request with this {@code Host} header (null when absent) may be answered. */
    boolean accepts(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        Matcher host = HOST.matcher(hostHeader.strip().toLowerCase(Locale.ROOT));
        if (!host.matches()) {
            return false;
        }
        int requested = host.group("port") == null ? HTTP_PORT : Integer.parseInt(host.group("port"));
        String name = host.group("name");
        return requested == port
                && (name.equals("localhost") || name.startsWith("[") || IPV4.matcher(name).matches());
    }
}
