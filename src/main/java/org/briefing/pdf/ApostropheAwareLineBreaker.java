package org.briefing.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line-break opportunities from the JDK's line breaker, except inside a word after an apostrophe:
 * the JDK allows a break in "year’s" after the typographic apostrophe (U+2019), which prints
 * "year’" at the end of a line and "s" on the next one. Not thread-safe: one per document.
 */
final class ApostropheAwareLineBreaker implements FSTextBreaker {
    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int boundary = lines.next();
        while (boundary != BreakIterator.DONE && splitsAWordAtAnApostrophe(boundary)) {
            boundary = lines.next();
        }
        return boundary;
    }

    private boolean splitsAWordAtAnApostrophe(int boundary) {
        if (boundary < 2 || boundary >= text.length()) {
            return false;
        }
        char before = text.charAt(boundary - 1);
        return (before == '\u2019' || before == '\'' || before == '\u02BC')
                && Character.isLetter(text.charAt(boundary - 2)) && Character.isLetter(text.charAt(boundary));
    }
}
