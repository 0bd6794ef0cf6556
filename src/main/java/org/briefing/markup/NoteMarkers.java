package org.briefing.markup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Paragraphs;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * The note markers of the inline syntax: {@code [^id]} cites the note of that id in
 * {@code notes:}. The marker is read as commonmark reads a footnote reference (an escaped
 * bracket, {@code \[^id]}, is the characters typed), but the notes themselves are the model's,
 * not definitions in the text.
 */
public final class NoteMarkers {
    /** What a note's id may be: letters, digits, hyphens and underscores, as in a YAML key. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    /** A bracket and caret not escaped, and what follows it up to the closing bracket. */
    private static final Pattern MARKER_LIKE = Pattern.compile("(?<!\\\\)\\[\\^([^\\]\\n]*)\\]");

    private NoteMarkers() {
    }

    /** The ids {@code text} cites, each once, in the order of their first marker. */
    public static Set<String> cited(String text) {
        if (!text.contains("[^")) { // no marker: nothing to parse
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String paragraph : Paragraphs.of(text)) {
            collect(InlineMarkup.parse(paragraph), ids);
        }
        return ids;
    }

    private static void collect(List<Span> spans, Set<String> into) {
        for (Span span : spans) {
            if (span instanceof Span.NoteRef note) {
                into.add(note.id());
            } else if (span instanceof Span.Emphasis emphasis) {
                collect(emphasis.content(), into);
            } else if (span instanceof Span.Strong strong) {
                collect(strong.content(), into);
            }
        }
    }

    /** A marker as the last words of a link's ({@code [the law[^tip]](address)}), which it would unmake. */
    private static final Pattern IN_LINK_WORDS = Pattern.compile("(?<!\\\\)\\[[^\\]]*(\\[\\^[^\\]]*\\])\\]\\(");

    /**
     * Markers in {@code paragraph} whose id is not one a note can have, or that stand inside a
     * link's words (where they would turn the link into the characters typed), as messages.
     */
    static List<String> problems(String paragraph) {
        List<String> problems = new ArrayList<>();
        Matcher inLink = IN_LINK_WORDS.matcher(paragraph);
        while (inLink.find()) {
            problems.add("a note is cited outside a link's words, not inside them: '" + inLink.group(1) + "'");
        }
        Matcher marker = MARKER_LIKE.matcher(paragraph);
        while (marker.find()) {
            if (!ID.matcher(marker.group(1)).matches()) {
                problems.add("'" + marker.group() + "' is not a note marker: a note's id is up to 40 letters,"
                        + " digits, - and _ (write \\[ for a bracket)");
            }
        }
        return problems;
    }

    /** A marker, in the parsed text. */
    static final class Reference extends CustomNode {
        private final String id;

        Reference(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /** Turns {@code [^id]} (no address, no label after it) into a {@link Reference}. */
    static final class Processor implements LinkProcessor {
        @Override
        public LinkResult process(LinkInfo link, Scanner scanner, InlineParserContext context) {
            if (link.marker() != null || link.destination() != null || link.label() != null) {
                return LinkResult.none();
            }
            String text = link.text(scanner);
            if (!text.startsWith("^") || !ID.matcher(text.substring(1)).matches()) {
                return LinkResult.none();
            }
            return LinkResult.replaceWith(new Reference(text.substring(1)), link.afterTextBracket());
        }
    }
}
