package org.briefing.load;

import java.util.Optional;
import java.util.function.IntPredicate;

/** What every text that goes into a model must be: drawable by the output fonts, or white space. */
public final class TextCheck {
    private TextCheck() {
    }

    /**
     * Why {@code text} cannot go into a model, or empty: its first character the fonts cannot draw
     * (a control or bidi-override character among them), named by code point only, since the
     * character itself may be invisible or reorder the line it is printed on.
     */
    public static Optional<String> undrawable(String text, IntPredicate drawable) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || drawable.test(codePoint)) {
                continue;
            }
            return Optional.of(String.format("character U+%04X (%s) cannot be drawn by the bundled fonts", codePoint,
                    Character.getName(codePoint) == null ? "unassigned" : Character.getName(codePoint)));
        }
        return Optional.empty();
    }
}
