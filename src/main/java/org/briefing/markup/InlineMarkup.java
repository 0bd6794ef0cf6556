package org.briefing.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefing.model.Paragraphs;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the inline syntax of one paragraph of model text into {@link Span}s. Whatever is not
 * emphasis, strong, an allowed link or a line break stays the characters typed, so a text
 * without markup is itself, and nothing in a text is ever interpreted as HTML.
 */
public final class InlineMarkup {
    /** Addresses a link may have, as {@code links:} may. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    /** Deeper nesting than a briefing ever needs is the characters typed. */
    private static final int MAX_NESTING = 8;
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of()) // no headings, lists, quotations or code: one paragraph
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxInlineNesting(MAX_NESTING)
            .linkProcessor(new NoteMarkers.Processor())
            .build();

    private InlineMarkup() {
    }

    /** The spans of {@code paragraph} (one paragraph of a text, as {@link Paragraphs} makes them). */
    public static List<Span> parse(String paragraph) {
        String source = withLiteralAmpersands(paragraph);
        Node document = PARSER.parse(source);
        Node first = document.getFirstChild();
        if (!(first instanceof Paragraph) || first.getNext() != null || !coversAll(first, source)) {
            // a link reference definition ("[x]: https://...") would swallow the words: keep them
            return List.of(new Span.Text(paragraph));
        }
        return new Reader(source).children(first, false);
    }

    /**
     * The paragraph with every ampersand escaped: an entity ({@code &amp;}) is the characters
     * typed, as everywhere else in a model, not the character it names.
     */
    private static String withLiteralAmpersands(String paragraph) {
        return paragraph.replace("&", "\\&");
    }

    /** What a reader sees of {@code text}: its paragraphs' words, no syntax, joined by blank lines. */
    public static String plain(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : Paragraphs.of(text)) {
            StringBuilder out = new StringBuilder();
            plain(parse(paragraph), out);
            paragraphs.add(out.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    /** Whether {@code text} is words alone: no emphasis, strong words, links, line breaks or note markers. */
    public static boolean isPlain(String text) {
        for (String paragraph : Paragraphs.of(text)) {
            if (!parse(paragraph).stream().allMatch(Span.Text.class::isInstance)) {
                return false;
            }
        }
        return true;
    }

    /** The visible text of {@code spans}, a line break as a newline. */
    public static void plain(List<Span> spans, StringBuilder out) {
        for (Span span : spans) {
            if (span instanceof Span.Text text) {
                out.append(text.text());
            } else if (span instanceof Span.Emphasis emphasis) {
                plain(emphasis.content(), out);
            } else if (span instanceof Span.Strong strong) {
                plain(strong.content(), out);
            } else if (span instanceof Span.Link link) {
                plain(link.content(), out);
            } else if (span instanceof Span.LineBreak) {
                out.append('\n');
            }
        }
    }

    /**
     * What in {@code text} a briefing cannot hold, one message each: links that are not to an
     * http, https or mailto address, a note marker inside a link's words or with an id no note
     * can have ({@link NoteMarkers#problems}). (HTML is no problem: it is the characters typed.)
     */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        for (String paragraph : Paragraphs.of(text)) {
            String source = withLiteralAmpersands(paragraph);
            collectProblems(PARSER.parse(source), source, problems);
            problems.addAll(NoteMarkers.problems(paragraph));
        }
        return problems;
    }

    private static void collectProblems(Node node, String source, List<String> problems) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link && !allowed(link.getDestination()) && !autolink(link, source)) {
                problems.add("a link in a text goes to an http, https or mailto address, not '"
                        + link.getDestination() + "'");
            }
            collectProblems(child, source, problems);
        }
    }

    /**
     * Whether a link is an address in angle brackets ({@code <dc:creator>}): one of another
     * scheme is more likely words in brackets than a link meant, and stays as typed.
     */
    private static boolean autolink(Link link, String source) {
        List<SourceSpan> spans = link.getSourceSpans();
        return !spans.isEmpty() && source.charAt(spans.get(0).getInputIndex()) == '<';
    }

    static boolean allowed(String destination) {
        int colon = destination.indexOf(':');
        return colon > 0 && SCHEMES.contains(destination.substring(0, colon).toLowerCase(Locale.ROOT))
                && destination.length() > colon + 1;
    }

    /** Whether the paragraph is made of all of the input, none of it taken for something else. */
    private static boolean coversAll(Node paragraph, String input) {
        List<SourceSpan> spans = paragraph.getSourceSpans();
        if (spans.isEmpty()) {
            return false;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        int leading = input.length() - input.stripLeading().length();
        return spans.get(0).getInputIndex() <= leading
                && last.getInputIndex() + last.getLength() >= input.stripTrailing().length();
    }

    /** Turns commonmark's nodes into spans, with the source of anything else kept as typed. */
    private record Reader(String source) {
        List<Span> children(Node parent, boolean inLink) {
            List<Span> spans = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                Span span = span(node, inLink);
                if (span instanceof Span.Text text && !spans.isEmpty()
                        && spans.get(spans.size() - 1) instanceof Span.Text previous) {
                    spans.set(spans.size() - 1, new Span.Text(previous.text() + text.text()));
                } else {
                    spans.add(span);
                }
            }
            return spans;
        }

        private Span span(Node node, boolean inLink) {
            if (node instanceof Text text) {
                return new Span.Text(text.getLiteral());
            }
            if (node instanceof Emphasis emphasis) {
                return new Span.Emphasis(children(emphasis, inLink));
            }
            if (node instanceof StrongEmphasis strong) {
                return new Span.Strong(children(strong, inLink));
            }
            if (node instanceof Link link && !inLink && allowed(link.getDestination())) {
                return new Span.Link(link.getDestination(), children(link, true));
            }
            if (node instanceof NoteMarkers.Reference note && !inLink) {
                return new Span.NoteRef(note.id());
            }
            if (node instanceof HardLineBreak) {
                return new Span.LineBreak();
            }
            if (node instanceof SoftLineBreak) {
                return new Span.Text(" ");
            }
            return new Span.Text(typed(node)); // code, images, HTML, a link not allowed: as typed
        }

        /** The characters that made {@code node}, as typed. */
        private String typed(Node node) {
            StringBuilder out = new StringBuilder();
            for (SourceSpan span : node.getSourceSpans()) {
                out.append(source, span.getInputIndex(), span.getInputIndex() + span.getLength());
            }
            return out.toString().replace("\\&", "&");
        }
    }
}
