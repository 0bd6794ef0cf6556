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
 * Where the PDF may break a line: the JDK's line breaker (Unicode's rules), corrected four times.
 * <ul>
 * <li>A space is an opportunity on either side. The layout engine measures a line up to its
 * next opportunity, so it counted the space after a line's last word, which Word and
 * LibreOffice let hang in the margin: lines broke a word earlier than the DOCX's. Breaking before
 * the space leaves it at the start of the next line, where the engine drops it.</li>
 * <li>Not inside a word after an apostrophe: the JDK allows "year’" at the end of a line and "s"
 * on the next; nor after the inner full stops of "U.S." or "e.g.", where it allows "U." and "S.".</li>
 * <li>Inside a web address, where a reader sees that the address goes on: after the "//" of its
 * scheme, and before a "/", ".", "?", "#", "&amp;" or "=" (so "https://www" / ".state.gov/...").
 * Never after a hyphen of the address, which a reader would take for one added at the line end,
 * nor after the "https:" of it.</li>
 * </ul>
 * A string without any opportunity (a long hash) is broken anywhere by the stylesheet's
 * {@code word-wrap: break-word}, rather than run off the page. The layout hands the breaker the
 * rest of a paragraph at every line, so it works through a few hundred characters at a time,
 * as far as the line needs, not the whole rest each time. Not thread-safe: one per document.
 */
final class BriefingLineBreaker implements FSTextBreaker {
    /** An address: a token starting with a scheme or "www.", up to trailing punctuation. */
    private static final Pattern ADDRESS = Pattern.compile("(?<![^\\s(\\[<«„“\"'])"
            + "(?:https?://|mailto:|ftp://|www\\.)\\S*?(?=[.,;:!?)\\]>»”’\"']*(?:\\s|$))");
    /**
     * What the rest of an address looks like at the start of a line the layout began inside it
     * (it hands the breaker each line's text from where the line starts).
     */
    private static final Pattern ADDRESS_GOING_ON = Pattern.compile(
            "\\S*/\\S*?(?=[.,;:!?)\\]>»”’\"']*(?:\\s|$))");
    private static final String BEFORE = "/.?#&=";
    /** How much text is worked through at a time, at least: up to the next space after it. */
    private static final int BATCH = 256;

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
    private final Matcher address = ADDRESS.matcher("");
    private String text = "";
    /** The JDK's next opportunity, not yet worked through. */
    private int jdk = BreakIterator.DONE;
    /** Where the text not yet worked through starts. */
    private int done;
    private int[] boundaries = new int[0];
    private int next;

    @Override
    public void setText(String text) {
        this.text = text;
        lines.setText(text);
        address.reset(text).useTransparentBounds(true).useAnchoringBounds(false);
        jdk = lines.next();
        done = 0;
        boundaries = new int[0];
        next = 0;
    }

    @Override
    public int next() {
        while (next == boundaries.length) {
            if (jdk == BreakIterator.DONE) {
                return BreakIterator.DONE;
            }
            workThroughABatch();
        }
        return boundaries[next++];
    }

    /**
     * The opportunities of the next stretch of text: up to a JDK opportunity after white space at
     * least {@link #BATCH} characters on (or the end), which no address runs across.
     */
    private void workThroughABatch() {
        int start = done;
        TreeSet<Integer> found = new TreeSet<>();
        int end;
        while (true) {
            int b = jdk;
            jdk = lines.next();
            if (!splitsAWordAtAnApostrophe(text, b) && !splitsAnAbbreviation(text, b)) {
                found.add(b);
            }
            if (jdk == BreakIterator.DONE || b - start >= BATCH && Character.isWhitespace(text.charAt(b - 1))) {
                end = b;
                break;
            }
        }
        for (int[] range : addresses(start, end)) {
            found.subSet(range[0] + 1, range[1]).clear();
            found.addAll(insideAddress(text, range[0], range[1]));
        }
        for (int b : List.copyOf(found)) {
            if (b - 1 > start && text.charAt(b - 1) == ' ' && text.charAt(b - 2) != ' ') {
                found.add(b - 1);
            }
        }
        boundaries = found.stream().mapToInt(Integer::intValue).toArray();
        next = 0;
        done = end;
    }

    /** The addresses in {@code [start, end)} of the text, as [start, end) pairs. */
    private List<int[]> addresses(int start, int end) {
        List<int[]> found = new ArrayList<>();
        if (start == 0 && slashInFirstWord(end)) {
            Matcher goingOn = ADDRESS_GOING_ON.matcher(text).region(0, end);
            if (goingOn.useTransparentBounds(true).useAnchoringBounds(false).lookingAt()) {
                found.add(new int[] {0, goingOn.end()});
            }
        }
        if (!mayHoldAnAddress(start, end)) {
            return found; // most text: the pattern would be tried at every one of its characters in vain
        }
        address.region(start, end);
        while (address.find()) {
            if (found.isEmpty() || address.start() >= found.get(found.size() - 1)[1]) {
                found.add(new int[] {address.start(), address.end()});
            }
        }
        return found;
    }

    /** Whether the first word of the text, up to {@code end}, has a "/": else no address goes on in it. */
    private boolean slashInFirstWord(int end) {
        for (int i = 0; i < end && !Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '/') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [start, end)} has what every {@link #ADDRESS} begins with or contains. */
    private boolean mayHoldAnAddress(int start, int end) {
        return contains("://", start, end) || contains("mailto:", start, end) || contains("www.", start, end);
    }

    private boolean contains(String part, int start, int end) {
        int at = text.indexOf(part, start);
        return at >= 0 && at + part.length() <= end;
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
