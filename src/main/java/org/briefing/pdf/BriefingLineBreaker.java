package org.briefing.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the PDF may break a line: the JDK's line breaker (Unicode's rules), corrected twice.
 * <ul>
 * <li>Not inside a word after an apostrophe: the JDK allows "year’" at the end of a line and "s"
 * on the next; nor after the inner full stops of "U.S." or "e.g.", where it allows "U." and "S.".</li>
 * <li>Inside a web address, where a reader sees that the address goes on: after the "//" of its
 * scheme, and before a "/", ".", "?", "#", "&amp;" or "=" (so "https://www" / ".state.gov/...").
 * Never after a hyphen of the address, which a reader would take for one added at the line end,
 * nor after the "https:" of it.</li>
 * </ul>
 * A string without any opportunity (a long hash) is broken anywhere by the stylesheet's
 * {@code word-wrap: break-word}, rather than run off the page. Not thread-safe: one per document.
 */
final class BriefingLineBreaker implements FSTextBreaker {
    /** An address: a token starting with a scheme or "www.", up to trailing punctuation. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![^\\s(\\[<«„“\"'])(?:https?://|mailto:|ftp://|www\\.)\\S*?(?=[.,;:!?)\\]>»”’\"']*(?:\\s|$))");
    /**
     * What the rest of an address looks like at the start of a line the layout began inside it
     * (it hands the breaker each line's text from where the line starts).
     */
    private static final Pattern ADDRESS_GOING_ON = Pattern.compile(
            "^\\S*/\\S*?(?=[.,;:!?)\\]>»”’\"']*(?:\\s|$))");
    private static final String BEFORE = "/.?#&=";

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
    private int[] boundaries = new int[0];
    private int next;

    @Override
    public void setText(String text) {
        TreeSet<Integer> found = new TreeSet<>();
        lines.setText(text);
        for (int b = lines.next(); b != BreakIterator.DONE; b = lines.next()) {
            if (!splitsAWordAtAnApostrophe(text, b) && !splitsAnAbbreviation(text, b)) {
                found.add(b);
            }
        }
        for (int[] address : addresses(text)) {
            found.subSet(address[0] + 1, address[1]).clear();
            found.addAll(insideAddress(text, address[0], address[1]));
        }
        boundaries = found.stream().mapToInt(Integer::intValue).toArray();
        next = 0;
    }

    @Override
    public int next() {
        return next < boundaries.length ? boundaries[next++] : BreakIterator.DONE;
    }

    /** The addresses of {@code text}, as [start, end) pairs. */
    private static List<int[]> addresses(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher goingOn = ADDRESS_GOING_ON.matcher(text);
        if (goingOn.find()) {
            found.add(new int[] {0, goingOn.end()});
        }
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            if (found.isEmpty() || address.start() >= found.get(found.size() - 1)[1]) {
                found.add(new int[] {address.start(), address.end()});
            }
        }
        return found;
    }

    /** The opportunities strictly inside the address {@code [start, end)} of {@code text}. */
    private static List<Integer> insideAddress(String text, int start, int end) {
        List<Integer> inside = new ArrayList<>();
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            boolean afterSchemeSlashes = before == '/' && i >= 2 && text.charAt(i - 2) == '/' && c != '/';
            boolean beforeMark = BEFORE.indexOf(c) >= 0 && before != '/' && before != ':' && BEFORE.indexOf(before) < 0;
            if (afterSchemeSlashes || beforeMark) {
                inside.add(i);
            }
        }
        return inside;
    }

    private static boolean splitsAnAbbreviation(String text, int boundary) {
        return boundary >= 2 && boundary < text.length() && text.charAt(boundary - 1) == '.'
                && Character.isLetter(text.charAt(boundary - 2)) && Character.isLetter(text.charAt(boundary));
    }

    private static boolean splitsAWordAtAnApostrophe(String text, int boundary) {
        if (boundary < 2 || boundary >= text.length()) {
            return false;
        }
        char before = text.charAt(boundary - 1);
        return (before == '\u2019' || before == '\'' || before == '\u02BC')
                && Character.isLetter(text.charAt(boundary - 2)) && Character.isLetter(text.charAt(boundary));
    }
}
