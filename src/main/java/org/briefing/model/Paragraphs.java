package org.briefing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits model text into paragraphs: a blank line starts a new paragraph, a single line break
 * is kept as a space (docs/model.md, "Texts"), except after a backslash, where the inline syntax
 * breaks the line ({@code org.briefing.markup}). Unicode's own separators are the breaks they name, in
 * every format alike: U+2029 PARAGRAPH SEPARATOR starts a paragraph, U+2028 LINE SEPARATOR is a
 * line break.
 */
public final class Paragraphs {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
    /** A backslash at the end of a line: the inline syntax's line break, kept for it. */
    // an odd run of backslashes: the last one is the break's, the others escape each other
    private static final Pattern HARD_BREAK = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\[ \\t]*\\n[ \\t]*");
    /** Stands for a kept line break while the others are joined (a private-use character). */
    private static final char KEPT_BREAK = '\uE000';

    private Paragraphs() {
    }

    public static List<String> of(String text) {
        if (isOneLine(text)) { // most texts: nothing to split or join
            String paragraph = text.strip();
            return paragraph.isEmpty() ? List.of() : List.of(paragraph);
        }
        List<String> paragraphs = new ArrayList<>();
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replace("\u2029", "\n\n");
        for (String block : BLANK_LINE.split(lines)) {
            String kept = HARD_BREAK.matcher(block.strip()).replaceAll("$1" + KEPT_BREAK);
            String paragraph = LINE_BREAK.matcher(kept).replaceAll(" ").replace(String.valueOf(KEPT_BREAK), "\\\n");
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return List.copyOf(paragraphs);
    }

    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == KEPT_BREAK) {
                return false;
            }
        }
        return true;
    }

    /** The text as one line, paragraphs joined by a space (for titles, names, labels). */
    public static String oneLine(String text) {
        return String.join(" ", of(text));
    }
}
