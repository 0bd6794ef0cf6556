package org.briefing.markup;

import java.util.List;

/** A piece of a paragraph of model text, as its inline syntax makes it. */
public sealed interface Span {
    /** Words as they print. */
    record Text(String text) implements Span {
    }

    /** {@code *words*}: emphasis, set in italics. */
    record Emphasis(List<Span> content) implements Span {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    /** {@code **words**}: strong importance, set in bold. */
    record Strong(List<Span> content) implements Span {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** {@code [words](address)}: a link to an http, https or mailto address. */
    record Link(String href, List<Span> content) implements Span {
        public Link {
            content = List.copyOf(content);
        }
    }

    /** {@code [^id]}: cites the note of that id, which the edition numbers. */
    record NoteRef(String id) implements Span {
    }

    /** A backslash at the end of a line: the line breaks there. */
    record LineBreak() implements Span {
    }
}
