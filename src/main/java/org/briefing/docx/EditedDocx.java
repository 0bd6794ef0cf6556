package org.briefing.docx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DOCX as someone left it after editing, read back by {@link EditedDocxReader}: its custom
 * properties and its body's paragraphs in order, each with its style's name (not its id, which
 * LibreOffice renames), whether it is a numbered or bulleted list paragraph, and its content as
 * text, bookmarks and the things a model cannot hold. Tracked changes are read as if accepted.
 *
 * @param properties     the custom document properties ({@link DocumentProperties#MODEL_ID}, ...)
 * @param trackedChanges whether the document held tracked changes (read as accepted)
 */
public record EditedDocx(Path file, Map<String, String> properties, List<Paragraph> paragraphs,
                         boolean trackedChanges, List<ChartData> charts) {

    public EditedDocx {
        properties = Map.copyOf(properties);
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
    }

    /**
     * A chart as the DOCX holds it, in document order: what it draws ({@code barChart},
     * {@code lineChart}, {@code pieChart}, with {@code stacked} for stacked bars) and the values
     * of each series, as Word or LibreOffice last saved them.
     */
    public record ChartData(String kind, List<List<Double>> series) {
        public ChartData {
            series = series.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Where a paragraph is: the table (numbered from 1 in document order) and the cell (numbered
     * from 1 through all tables), or 0 and 0 outside tables.
     */
    public record Place(int table, int cell) {
        public static final Place BODY = new Place(0, 0);
    }

    /**
     * One paragraph of the body.
     *
     * @param number    its place among the body's paragraphs, from 1 (for messages)
     * @param style     its paragraph style's name ({@code List Bullet}), as Word and LibreOffice
     *                  keep it whatever the style's id
     * @param numbered  whether it carries a bullet or number
     * @param place     the table and cell it is in, or {@link Place#BODY}
     */
    public record Paragraph(int number, String style, boolean numbered, Place place, List<Piece> pieces) {
        public Paragraph {
            pieces = List.copyOf(pieces);
        }

        public boolean inTable() {
            return place.table() > 0;
        }

        /** Its text: the text pieces, a line break as {@code \n}. */
        public String text() {
            StringBuilder text = new StringBuilder();
            for (Piece piece : pieces) {
                if (piece instanceof Piece.Text t) {
                    text.append(t.text());
                } else if (piece instanceof Piece.Break) {
                    text.append('\n');
                }
            }
            return text.toString();
        }
    }

    /** What a paragraph holds, in order. */
    public sealed interface Piece {
        /**
         * Text of one run.
         *
         * @param formatting direct formatting beyond bold and italic ({@code underline},
         *                   {@code highlight}, ...), which no model text can hold
         * @param link       the address of the hyperlink it is in, or null
         */
        record Text(String text, boolean bold, boolean italic, Set<String> formatting, String link) implements Piece {
            public Text {
                formatting = Set.copyOf(formatting);
            }
        }

        /** A line break inside the paragraph (Shift+Enter). */
        record Break() implements Piece {
        }

        /** Where a bookmark starts. */
        record Start(String name) implements Piece {
        }

        /** Where a bookmark ends. */
        record End(String name) implements Piece {
        }

        /**
         * A citation of one of the edition's notes: a footnote reference, or a reference to a
         * footnote's number (Word's cross-reference, as the DOCX writer cites a note again).
         *
         * @param field the field of the note cited ({@code notes[1].text}), from the footnote's bookmark
         */
        record Citation(String field) implements Piece {
        }

        /** Something a model text cannot hold: a picture, a footnote, a comment, a text box, an equation. */
        record Foreign(String what) implements Piece {
        }
    }
}
