package org.briefing.docx;

import java.nio.charset.StandardCharsets;
import org.briefing.html.HtmlText;

/**
 * The relationships of one part (or of the package itself): ids {@code rId1}, {@code rId2}, ...
 * in the order they are added, and the relationships part's XML. Not thread-safe: one per part
 * of one document.
 */
final class Relationships {
    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String HYPERLINK = OFFICE_DOCUMENT + "hyperlink";

    private final StringBuilder xml = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\""
            + " standalone=\"yes\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    private int count;

    /** A relationship to {@code target}, a part name relative to the source part's folder; its id. */
    String add(String type, String target) {
        return add(type, target, false);
    }

    /** A relationship to a resource outside the package, such as a web page; its id. */
    String addExternal(String type, String href) {
        return add(type, uri(href), true);
    }

    /**
     * {@code href} as a URI: what a URI cannot hold is percent-encoded as UTF-8 (letters outside
     * ASCII, spaces, {@code | { } " < > \ ^ `}, a {@code %} that starts no escape, and brackets
     * outside the host), everything else is kept as it is. Models may hold any address a browser
     * takes, and a DOCX whose link is not a URI is one Word and POI refuse.
     */
    static String uri(String href) {
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

    /** Unreserved and reserved characters of RFC 3986, except {@code %} and the brackets. */
    private static final String URI_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~:/?#@!$&'()*+,;=";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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

    boolean isEmpty() {
        return count == 0;
    }

    byte[] xml() {
        return (xml + "</Relationships>").getBytes(StandardCharsets.UTF_8);
    }

    private String add(String type, String target, boolean external) {
        String id = "rId" + ++count;
        xml.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type)
                .append("\" Target=\"").append(HtmlText.escape(target)).append('"');
        if (external) {
            xml.append(" TargetMode=\"External\"");
        }
        xml.append("/>");
        return id;
    }
}
