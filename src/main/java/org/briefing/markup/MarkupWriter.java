package org.briefing.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefing.model.Paragraphs;

/**
 * Writes formatted runs as the inline syntax, the way {@link InlineMarkup} reads it back: bold as
 * {@code **words**}, italic as {@code *words*}, a link as {@code [words](address)}, a line break as
 * a backslash at the end of the line. It is how formatting a person gave words in a document
 * comes home to the model. Characters that would be read as syntax are escaped only where they
 * would be, so ordinary text stays as typed.
 */
public final class MarkupWriter {
    private static final String SPECIAL = "\\*_[]<`!";

    private MarkupWriter() {
    }

    /**
     * {@code text} (paragraphs separated by a blank line) in the one way this writer writes its
     * syntax, so two spellings of the same formatting ({@code _a_}, {@code *a*}) compare equal.
     */
    public static String canonical(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : Paragraphs.of(text)) {
            paragraphs.add(write(runs(InlineMarkup.parse(paragraph))));
        }
        return String.join("\n\n", paragraphs);
    }

    /** {@code spans} as runs of text with their formatting and link; a line break as a newline. */
    public static List<Run> runs(List<Span> spans) {
        List<Run> runs = new ArrayList<>();
        runs(spans, false, false, null, runs);
        return runs;
    }

    private static void runs(List<Span> spans, boolean bold, boolean italic, String href, List<Run> out) {
        for (Span span : spans) {
            if (span instanceof Span.Text text) {
                out.add(new Run(text.text(), bold, italic, href));
            } else if (span instanceof Span.Emphasis emphasis) {
                runs(emphasis.content(), bold, true, href, out);
            } else if (span instanceof Span.Strong strong) {
                runs(strong.content(), true, italic, href, out);
            } else if (span instanceof Span.Link link) {
                runs(link.content(), bold, italic, link.href(), out);
            } else if (span instanceof Span.NoteRef note) {
                out.add(Run.note(note.id()));
            } else {
                out.add(new Run("\n", bold, italic, href));
            }
        }
    }

    /** The inline syntax for {@code runs}, one paragraph. */
    public static String write(List<Run> runs) {
        List<Run> merged = merge(runs);
        String plain = write(merged, false);
        return InlineMarkup.parse(plain).equals(spans(merged)) ? plain : write(merged, true);
    }

    private static String write(List<Run> runs, boolean escape) {
        StringBuilder out = new StringBuilder();
        for (List<Run> group : byLink(runs)) {
            String href = group.get(0).href();
            if (href != null) {
                out.append('[').append(formatted(group, escape)).append("](").append(address(href)).append(')');
            } else {
                out.append(formatted(group, escape));
            }
        }
        return out.toString();
    }

    /** The runs in stretches of one link (or of none), in order. */
    private static List<List<Run>> byLink(List<Run> runs) {
        List<List<Run>> groups = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            String href = runs.get(i).href();
            int end = i;
            while (end < runs.size() && Objects.equals(runs.get(end).href(), href)) {
                end++;
            }
            groups.add(runs.subList(i, end));
            i = end;
        }
        return groups;
    }

    /** Runs of one link (or none) with their bold and italic, the marks outside the spaces around words. */
    private static String formatted(List<Run> runs, boolean escape) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            if (run.isNote()) {
                out.append("[^").append(run.note()).append(']');
                continue;
            }
            String text = escape ? escape(run.text()) : run.text();
            String marks = (run.bold() ? "**" : "") + (run.italic() ? "*" : "");
            if (marks.isEmpty() || run.text().isBlank()) {
                out.append(lineBreaks(text));
                continue;
            }
            String core = text.strip();
            int lead = text.indexOf(core);
            out.append(text, 0, lead).append(marks).append(lineBreaks(core)).append(new StringBuilder(marks).reverse())
                    .append(text.substring(lead + core.length()));
        }
        return out.toString();
    }

    private static String lineBreaks(String text) {
        return text.replace("\n", "\\\n");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String address(String href) {
        return href.contains(")") || href.contains(" ") ? "<" + href + ">" : href;
    }

    /** Neighbouring runs of the same formatting and link as one. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            if (run.text().isEmpty() && !run.isNote()) {
                continue;
            }
            Run last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean notes = last != null && (last.isNote() || run.isNote());
            if (last != null && !notes && last.bold() == run.bold() && last.italic() == run.italic()
                    && Objects.equals(last.href(), run.href())) {
                merged.set(merged.size() - 1, new Run(last.text() + run.text(), run.bold(), run.italic(), run.href()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }

    /** The spans the runs are meant to read as, to check a write without escapes. */
    private static List<Span> spans(List<Run> runs) {
        List<Span> spans = new ArrayList<>();
        for (List<Run> group : byLink(runs)) {
            List<Span> content = formattedSpans(group);
            if (group.get(0).href() != null) {
                spans.add(new Span.Link(group.get(0).href(), content));
            } else {
                spans.addAll(content);
            }
        }
        return join(spans);
    }

    private static List<Span> formattedSpans(List<Run> runs) {
        List<Span> spans = new ArrayList<>();
        for (Run run : runs) {
            if (run.isNote()) {
                spans.add(new Span.NoteRef(run.note()));
                continue;
            }
            List<Span> words = new ArrayList<>();
            String[] lines = run.text().split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    words.add(new Span.LineBreak());
                }
                if (!lines[l].isEmpty()) {
                    words.add(new Span.Text(lines[l]));
                }
            }
            if (run.text().isBlank() || !run.bold() && !run.italic()) {
                spans.addAll(words);
                continue;
            }
            String text = run.text();
            String core = text.strip();
            int lead = text.indexOf(core);
            if (lead > 0) {
                spans.add(new Span.Text(text.substring(0, lead)));
            }
            List<Span> inner = formattedSpans(List.of(new Run(core, false, false, null)));
            // ***words*** reads as emphasis around strong
            Span made = run.bold() ? new Span.Strong(inner) : null;
            if (run.italic()) {
                made = new Span.Emphasis(made == null ? inner : List.of(made));
            }
            spans.add(made);
            if (lead + core.length() < text.length()) {
                spans.add(new Span.Text(text.substring(lead + core.length())));
            }
        }
        return spans;
    }

    private static List<Span> join(List<Span> spans) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            if (span instanceof Span.Text text && !joined.isEmpty()
                    && joined.get(joined.size() - 1) instanceof Span.Text previous) {
                joined.set(joined.size() - 1, new Span.Text(previous.text() + text.text()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }
}
