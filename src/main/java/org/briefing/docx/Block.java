package org.briefing.docx;

import java.util.List;

/** A block of the document body, as read from the XHTML. Closed: the writer handles every kind. */
public sealed interface Block {
    /** The briefing's title ({@code h1}). */
    record Title(List<Inline> inlines) implements Block {
        public Title {
            inlines = List.copyOf(inlines);
        }
    }

    /**
     * A section heading: level 1 for {@code h2}, level 2 for {@code h3}.
     *
     * @param section the id of the {@code section} it heads, or null
     */
    record Heading(int level, List<Inline> inlines, String section) implements Block {
        public Heading {
            inlines = List.copyOf(inlines);
        }
    }

    /** A paragraph of one of the kinds the template marks with a class. */
    record Paragraph(Kind kind, List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    /** What a paragraph is for; each kind has its own Word style (see {@link StyleMap}). */
    enum Kind {
        /** {@code p}: running text. */
        BODY,
        /** {@code p.lead}: the summary under the title. */
        LEAD,
        /** {@code p.kicker}: the line above the country, what the document is ("Country briefing"). */
        KICKER,
        /** {@code p.country}: the country, above the title. */
        SUBTITLE,
        /** {@code p.meta}: date and source lines of the title block. */
        META,
        /** Text directly in a table's data cell. */
        TABLE_TEXT,
        /** Text directly in a table's header cell ({@code th}). */
        TABLE_HEADING,
        /** A table's {@code caption}, above it. */
        CAPTION,
        /** A {@code figure}'s picture, a paragraph of its own. */
        PICTURE,
        /** A picture's {@code figcaption}, under it. */
        PICTURE_CAPTION
    }

    /**
     * The table of contents the PDF's layout put into a long briefing ({@code div.toc}): its title
     * and a line for each section, with the page the PDF has it on.
     */
    record Contents(List<Inline> title, List<Entry> entries) implements Block {
        public Contents {
            title = List.copyOf(title);
            entries = List.copyOf(entries);
        }

        /**
         * One line: the section's name, its id ({@code achievements}) and the page it starts on
         * in the PDF (0 when the layout did not say).
         */
        public record Entry(List<Inline> text, String section, int page) {
            public Entry {
                text = List.copyOf(text);
            }
        }
    }

    /** A bulleted ({@code ul}) or numbered ({@code ol}) list; numbered lists each count from 1. */
    record ListBlock(boolean ordered, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** One {@code li}: one or more paragraphs, the first of which carries the bullet or number. */
    record ListItem(List<List<Inline>> paragraphs) {
        public ListItem {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
        }
    }

    /** A {@code blockquote}: the quoted paragraphs and the attribution lines that follow them. */
    record Quote(List<List<Inline>> paragraphs, List<List<Inline>> attributions) implements Block {
        public Quote {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
            attributions = attributions.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A {@code table}: a real Word table in the style its class names.
     *
     * @param kind    its class ({@code facts}, {@code parallel}), or "" for a plain table
     * @param caption its {@code caption}, or empty
     * @param columns how many columns its widest row has
     * @param whole   whether it is kept on one page (a chart's data, part of its figure), as the PDF keeps it
     */
    record Table(String kind, List<Inline> caption, List<Row> rows, int columns, boolean whole) implements Block {
        public Table {
            caption = List.copyOf(caption);
            rows = List.copyOf(rows);
        }

        /** A table that may break between its rows. */
        public Table(String kind, List<Inline> caption, List<Row> rows, int columns) {
            this(kind, caption, rows, columns, false);
        }

        /** This table, kept on one page. */
        public Table keptWhole() {
            return new Table(kind, caption, rows, columns, true);
        }
    }

    /** A {@code tr}; a header row ({@code thead}) repeats on every page the table crosses. */
    record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A {@code th} or {@code td}: its blocks (text directly in the cell is one paragraph).
     *
     * @param heading whether it is a header cell ({@code th})
     */
    record Cell(List<Block> blocks, boolean heading) {
        public Cell {
            blocks = List.copyOf(blocks);
        }
    }
}
