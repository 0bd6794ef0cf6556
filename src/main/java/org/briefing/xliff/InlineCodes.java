package org.briefing.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.markup.InlineMarkup;
import org.briefing.markup.NoteMarkers;
import org.briefing.markup.Span;

/**
 * A text as a CAT tool sees it: words, with its paragraph breaks, line breaks, emphasis, strong
 * words and links as XLIFF inline codes, which the tools protect and translators move with the
 * words they belong to. A code's native data is the model's own inline syntax ({@code *},
 * {@code **}, {@code [} and {@code ](address)}), so a link's address travels with its code.
 *
 * <p>A source's codes are numbered in order; a target's codes take the id of the source's code
 * of the same kind and place (its second link, the second link's), as CAT tools pair them.
 */
final class InlineCodes {
    /** What a code stands for, with its names in XLIFF 1.2 ({@code ctype}) and 2.0 ({@code type}, {@code subType}). */
    enum Kind {
        PARAGRAPH(XliffWriter.PARAGRAPH, "fmt", null),
        LINE_BREAK("lb", "fmt", "xlf:lb"),
        ITALIC("italic", "fmt", "xlf:i"),
        BOLD("bold", "fmt", "xlf:b"),
        LINK("link", "link", null),
        /** A note marker, {@code [^id]}: its native data names the note. */
        NOTE("x-note", "other", null);

        final String ctype;
        final String type;
        final String subType;

        Kind(String ctype, String type, String subType) {
            this.ctype = ctype;
            this.type = type;
            this.subType = subType;
        }

        /** The kind a 1.2 {@code ctype} names, or null. */
        static Kind ofCtype(String ctype) {
            for (Kind kind : values()) {
                if (kind.ctype.equals(ctype)) {
                    return kind;
                }
            }
            return null;
        }

        /** The kind 2.0's {@code type} and {@code subType} name, or null. */
        static Kind ofType(String type, String subType) {
            for (Kind kind : values()) {
                if (kind != PARAGRAPH && kind.type.equals(type)
                        && (kind.subType == null || kind.subType.equals(subType))) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A piece of a text: words, or a code. */
    sealed interface Token {
        record Words(String text) implements Token {
        }

        /** A code around words: its native data before and after them. */
        record Open(String id, Kind kind, String start, String end) implements Token {
        }

        record Close(String id) implements Token {
        }

        /** A code in place of something: a paragraph break, a line break. */
        record Placeholder(String id, Kind kind, String data) implements Token {
        }
    }

    /** Numbers codes: in order for a source, after the source's code of the same kind and place for a target. */
    static final class Ids {
        private final Map<Kind, List<String>> sourceIds = new HashMap<>();
        private final Map<Kind, Integer> used = new HashMap<>();
        private final Ids source;
        private int next = 1;

        private Ids(Ids source) {
            this.source = source;
        }

        static Ids forSource() {
            return new Ids(null);
        }

        /** Ids for the target of the source these ids numbered. */
        Ids forTarget() {
            Ids target = new Ids(this);
            target.next = next;
            return target;
        }

        String next(Kind kind) {
            if (kind == Kind.PARAGRAPH) {
                int n = used.merge(kind, 1, Integer::sum);
                return "pb" + n;
            }
            if (source == null) {
                String id = String.valueOf(next++);
                sourceIds.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
                return id;
            }
            int place = used.merge(kind, 1, Integer::sum) - 1;
            List<String> ids = source.sourceIds.getOrDefault(kind, List.of());
            return place < ids.size() ? ids.get(place) : String.valueOf(next++);
        }
    }

    private InlineCodes() {
    }

    /** {@code text} (paragraphs separated by a blank line, each in the inline syntax) as tokens. */
    static List<Token> tokens(String text, Ids ids) {
        List<Token> tokens = new ArrayList<>();
        String[] paragraphs = text.split("\n\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                tokens.add(new Token.Placeholder(ids.next(Kind.PARAGRAPH), Kind.PARAGRAPH, "\n\n"));
            }
            spans(InlineMarkup.parse(paragraphs[i]), ids, tokens);
        }
        return tokens;
    }

    private static void spans(List<Span> spans, Ids ids, List<Token> out) {
        for (Span span : spans) {
            if (span instanceof Span.Text text) {
                out.add(new Token.Words(text.text()));
            } else if (span instanceof Span.LineBreak) {
                out.add(new Token.Placeholder(ids.next(Kind.LINE_BREAK), Kind.LINE_BREAK, "\\\n"));
            } else if (span instanceof Span.NoteRef note) {
                out.add(new Token.Placeholder(ids.next(Kind.NOTE), Kind.NOTE, noteData(note.id())));
            } else {
                Kind kind = span instanceof Span.Emphasis ? Kind.ITALIC : span instanceof Span.Strong ? Kind.BOLD
                        : Kind.LINK;
                String id = ids.next(kind);
                List<Span> content = span instanceof Span.Emphasis e ? e.content()
                        : span instanceof Span.Strong s ? s.content() : ((Span.Link) span).content();
                String start = kind == Kind.LINK ? "[" : kind == Kind.BOLD ? "**" : "*";
                String end = kind == Kind.LINK ? "](" + ((Span.Link) span).href() + ")" : start;
                out.add(new Token.Open(id, kind, start, end));
                spans(content, ids, out);
                out.add(new Token.Close(id));
            }
        }
    }

    /** A note marker's native data. */
    static String noteData(String id) {
        return "[^" + id + "]";
    }

    /** The note a marker's native data ({@code [^id]}) names, or null. */
    static String noteOf(String data) {
        if (data == null || !data.startsWith("[^") || !data.endsWith("]")) {
            return null;
        }
        String id = data.substring(2, data.length() - 1);
        return NoteMarkers.ID.matcher(id).matches() ? id : null;
    }

    /** The address in a link's closing native data ({@code ](address)}), or null. */
    static String address(String end) {
        if (end == null || !end.startsWith("](") || !end.endsWith(")")) {
            return null;
        }
        String address = end.substring(2, end.length() - 1).strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        return address.isEmpty() ? null : address;
    }
}
