package org.briefing.model;

import java.nio.charset.StandardCharsets;

/** A model's link address (any address a browser takes) as the URI documents must hold. */
public final class LinkAddress {
    /** Unreserved and reserved characters of RFC 3986, except {@code %} and the brackets. */
    private static final String URI_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~:/?#@!$&'()*+,;=";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LinkAddress() {
    }

    /**
     * {@code href} as a URI: what a URI cannot hold is percent-encoded as UTF-8 (letters outside
     * ASCII, spaces, {@code | { } " < > \ ^ `}, a {@code %} that starts no escape, and brackets
     * outside the host), everything else is kept as it is, so a URI is returned unchanged. Models
     * may hold any address a browser takes; documents need URIs (a PDF's link action is 7-bit
     * ASCII, a DOCX's link target a URI).
     */
    public static String uri(String href) {
        byte[] bytes = href.getBytes(StandardCharsets.UTF_8);
        int authorityEnd = authorityEnd(href);
        StringBuilder uri = new StringBuilder(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            boolean bracketInHost = (b == '[' || b == ']') && i < authorityEnd;
            if (escape || bracketInHost || (b < 0x80 && URI_CHARACTERS.indexOf(b) >= 0)) {
                uri.append((char) b);
            } else {
                uri.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        return uri.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');
    }

    /** Where the host part of {@code scheme://host/...} ends (a byte index; the host is ASCII), or 0. */
    private static int authorityEnd(String href) {
        int start = href.indexOf("://");
        if (start < 0) {
            return 0;
        }
        int end = start + 3;
        while (end < href.length() && "/?#".indexOf(href.charAt(end)) < 0) {
            end++;
        }
        return href.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
    }
}
