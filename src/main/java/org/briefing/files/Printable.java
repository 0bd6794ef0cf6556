package org.briefing.files;

import java.nio.file.Path;

/**
 * File names and other outside text as they may appear in a message: a control character (a line
 * break, an escape sequence), a bidi control or a line separator in a file name would let the name
 * forge a {@code FILE:LINE:COLUMN} line or repaint the terminal, so each is shown as an escape
 * ({@code \n}, {@code \u001B}). Everything else, letters of any script included, stays as it is.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code path} as it is written in messages. */
    public static String name(Path path) {
        return text(String.valueOf(path));
    }

    /** {@code text} with every invisible control character escaped. */
    public static String text(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!needsEscape(codePoint)) {
                out.appendCodePoint(codePoint);
            } else if (codePoint == '\n') {
                out.append("\\n");
            } else if (codePoint == '\r') {
                out.append("\\r");
            } else if (codePoint == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format(codePoint > 0xFFFF ? "\\U%08X" : "\\u%04X", codePoint));
            }
        }
        return out.toString();
    }

    /** Controls (C0, DEL, C1), format characters (bidi overrides, zero-width) and line or paragraph separators. */
    static boolean needsEscape(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
