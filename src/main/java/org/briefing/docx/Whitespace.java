package org.briefing.docx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * HTML's white-space rule for one paragraph: runs of spaces, tabs and line ends become one space,
 * none at the start or end of a line. The template's indentation and line breaks between elements
 * are thus not copied into Word, while the spaces a reader sees stay where they are (in the run
 * that holds them, so a link does not get an underlined leading space). No-break spaces are kept.
 */
final class Whitespace {
    private Whitespace() {
    }

    static List<Inline> collapse(List<Inline> inlines) {
        return trimLineEnds(new Collapser().collapse(inlines), new boolean[] {true});
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Walks the runs in reading order with the state that the rule needs. */
    private static final class Collapser {
        private boolean spaceAllowed;

        List<Inline> collapse(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>();
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text text) {
                    String collapsed = collapse(text.text());
                    if (!collapsed.isEmpty()) {
                        out.add(text.with(collapsed));
                    }
                } else if (inline instanceof Inline.Link link) {
                    out.add(new Inline.Link(link.href(), link.title(), collapse(link.inlines())));
                } else if (inline instanceof Inline.LineBreak) {
                    spaceAllowed = false;
                    out.add(inline);
                } else if (inline instanceof Inline.Mark) {
                    out.add(inline); // a position, not content
                } else {
                    spaceAllowed = true;
                    out.add(inline);
                }
            }
            return out;
        }

        private String collapse(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isSpace(c)) {
                    out.append(c);
                    spaceAllowed = true;
                } else if (spaceAllowed) {
                    out.append(' ');
                    spaceAllowed = false;
                }
            }
            return out.toString();
        }
    }

    /** Drops the one space left before a line break or the paragraph's end, walking backwards. */
    private static List<Inline> trimLineEnds(List<Inline> inlines, boolean[] atLineEnd) {
        List<Inline> reversed = new ArrayList<>();
        for (int i = inlines.size() - 1; i >= 0; i--) {
            Inline inline = inlines.get(i);
            if (inline instanceof Inline.Text text) {
                String kept = atLineEnd[0] && text.text().endsWith(" ")
                        ? text.text().substring(0, text.text().length() - 1) : text.text();
                if (!kept.isEmpty()) {
                    reversed.add(text.with(kept));
                    atLineEnd[0] = false;
                }
            } else if (inline instanceof Inline.Link link) {
                reversed.add(new Inline.Link(link.href(), link.title(), trimLineEnds(link.inlines(), atLineEnd)));
            } else {
                if (!(inline instanceof Inline.Mark)) {
                    atLineEnd[0] = inline instanceof Inline.LineBreak;
                }
                reversed.add(inline);
            }
        }
        Collections.reverse(reversed);
        return reversed;
    }
}
