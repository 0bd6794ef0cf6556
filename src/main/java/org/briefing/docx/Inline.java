package org.briefing.docx;

import java.util.List;
import org.briefing.chart.ChartSpec;
import org.briefing.chart.Palette;

/** Content inside a paragraph, as read from the XHTML. Closed: the writer handles every kind. */
public sealed interface Inline {
    /** The characters a reader sees in {@code inlines}: text, link text, a line break as a newline. */
    static int visibleLength(List<Inline> inlines) {
        int length = 0;
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                length += text.text().length();
            } else if (inline instanceof Link link) {
                length += visibleLength(link.inlines());
            } else if (inline instanceof LineBreak) {
                length++;
            }
        }
        return length;
    }

    /**
     * Text with the emphasis of its enclosing {@code strong} and {@code em}.
     *
     * @param revision the tracked change it is part of ({@code ins}, {@code del}), or null
     * @param language the language of its nearest element with a {@code lang} of its own (English
     *                 labels in an edition of a language without labels), or null: the document's
     * @param role     what its enclosing {@code span} marks it as
     */
    record Text(String text, boolean bold, boolean italic, Revision revision, String language, Role role)
            implements Inline {
        Text(String text, boolean bold, boolean italic) {
            this(text, bold, italic, null, null, Role.TEXT);
        }

        /** The same text with other characters. */
        Text with(String other) {
            return new Text(other, bold, italic, revision, language, role);
        }
    }

    /** What a span's text is, beyond its emphasis: each has a character style of its own. */
    enum Role {
        TEXT,
        /** {@code span.meta-label}: "Date", "Source" in the title block. */
        META_LABEL,
        /** {@code span.url}: an address printed under a link. */
        URL,
        /** The classification banner's words ({@code div.banner}). */
        BANNER
    }

    /**
     * A tracked change: text inserted ({@code ins}) or deleted ({@code del}) at {@code date}
     * (ISO 8601, from the element's {@code datetime}; may be empty).
     */
    record Revision(boolean inserted, String date) {
    }

    /** An {@code a[href]}; {@code title} (may be null) describes it for screen readers. */
    record Link(String href, String title, List<Inline> inlines) implements Inline {
        public Link {
            inlines = List.copyOf(inlines);
        }
    }

    /**
     * An {@code a.note-ref}: the footnote numbered {@code number}, the model's note {@code note},
     * is cited here, for the first time (a Word footnote) or again (a reference to the first
     * citation's number).
     */
    record NoteReference(int number, boolean first, String note) implements Inline {
    }

    /** A {@code br}. */
    record LineBreak() implements Inline {
    }

    /**
     * An {@code img}: the picture ({@code image/png} or {@code image/jpeg}), its width in points
     * (the template's, before it is fitted to the text width), its shape, and its alternative text.
     */
    record Picture(String mediaType, byte[] bytes, double widthPoints, double heightPerWidth, String alt)
            implements Inline {
    }

    /**
     * Where the text the PDF's layout kept together to the end of the briefing starts (its
     * {@code data-keep-to-end}): the DOCX keeps each paragraph from here on with the next.
     */
    record KeepToEnd() implements Inline {
    }

    /** A tab: what sets the parts of a header or footer line apart (the writer's, not the XHTML's). */
    record Tab() implements Inline {
    }

    /**
     * A chart's {@code object}: what it draws, in the colours of its palette
     * ({@code data-palette}), and its alternative text.
     */
    record Chart(ChartSpec spec, Palette palette, String alt)
            implements Inline {
    }

    /** {@code span.page-number}: the current page, a live field. */
    record PageNumber() implements Inline {
    }

    /** {@code span.page-count}: the number of pages, a live field. */
    record PageCount() implements Inline {
    }

    /**
     * Where the text of a model field ({@code data-field}) starts or ends: a hidden bookmark in
     * the DOCX, so that an edited document can be read back into the model.
     *
     * @param block  whether the field is whole paragraphs ({@code p}, {@code h1}, {@code li}) rather
     *               than part of one ({@code span}, {@code strong}, {@code em}, {@code a})
     * @param bold   whether the template sets the whole field bold ({@code strong}), @param italic
     *               or italic ({@code em}, {@code cite}), @param linked or a link ({@code a}):
     *               formatting within it beyond that is the text's own inline syntax
     */
    record Mark(String field, boolean start, boolean block, boolean bold, boolean italic, boolean linked)
            implements Inline {
        Mark(String field, boolean start, boolean block) {
            this(field, start, block, false, false, false);
        }
    }
}
