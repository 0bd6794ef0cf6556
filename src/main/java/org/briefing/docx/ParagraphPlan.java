package org.briefing.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The body's blocks as the paragraphs the DOCX gets, in order, each with its style: the one
 * place that flattens titles, lists, quotes and table cells into Word paragraphs. {@link BodyWriter} writes
 * them; an import reads an edited document against them, so the two cannot disagree.
 */
final class ParagraphPlan {
    /**
     * One paragraph to write.
     *
     * @param list    the list it belongs to (0, 1, ... in document order), or -1
     * @param ordered whether that list is numbered
     * @param item    whether it is the first paragraph of a list item, which carries the bullet
     * @param section the id of the section it is the heading of, or null
     * @param cell    the table cell it is in, or null
     * @param entry   the line of the table of contents it is, or null
     */
    record Planned(WordStyle style, List<Inline> inlines, int list, boolean ordered, boolean item, String section,
            InCell cell, Block.Contents.Entry entry) {
        Planned(WordStyle style, List<Inline> inlines) {
            this(style, inlines, -1, false, false, null, null, null);
        }

        Planned in(InCell where) {
            return new Planned(style, inlines, list, ordered, item, section, where, entry);
        }

        /** Whether it is part of the table of contents, which Word computes as one field. */
        boolean inContents() {
            return style == StyleMap.tocTitle() || style == StyleMap.tocEntry();
        }

        /** Whether the text the PDF kept together to the end starts here. */
        boolean keepsToEnd() {
            return inlines.stream().anyMatch(Inline.KeepToEnd.class::isInstance);
        }
    }

    /**
     * Where in a table a paragraph is.
     *
     * @param index which table it is (0, 1, ... in document order)
     */
    record InCell(Block.Table table, int index, int row, int column) {
    }

    private ParagraphPlan() {
    }

    /** The paragraphs of {@code blocks}; a paragraph without content is none (it would only make space). */
    static List<Planned> of(List<Block> blocks) {
        Planner planner = new Planner();
        planner.blocks(blocks, null);
        return planner.plan;
    }

    private static final class Planner {
        private final List<Planned> plan = new ArrayList<>();
        private int lists;
        private int tables;

        void blocks(List<Block> blocks, InCell cell) {
            for (Block block : blocks) {
                if (block instanceof Block.Title title) {
                    add(new Planned(StyleMap.title(), title.inlines()), cell);
                } else if (block instanceof Block.Heading heading) {
                    add(new Planned(StyleMap.heading(heading.level()), heading.inlines(), -1, false, false,
                            heading.section(), null, null), cell);
                } else if (block instanceof Block.Paragraph paragraph) {
                    add(new Planned(StyleMap.paragraph(paragraph.kind()), paragraph.inlines()), cell);
                } else if (block instanceof Block.ListBlock list) {
                    list(list, cell);
                } else if (block instanceof Block.Quote quote) {
                    quote.paragraphs().forEach(inlines -> add(new Planned(StyleMap.quote(), inlines), cell));
                    quote.attributions().forEach(inlines ->
                            add(new Planned(StyleMap.quoteAttribution(), inlines), cell));
                } else if (block instanceof Block.Table table) {
                    table(table);
                } else if (block instanceof Block.Contents contents) {
                    add(new Planned(StyleMap.tocTitle(), contents.title()), cell);
                    contents.entries().forEach(entry -> add(new Planned(StyleMap.tocEntry(), entry.text(), -1, false,
                            false, null, null, entry), cell));
                }
            }
        }

        private void list(Block.ListBlock list, InCell cell) {
            int id = lists++;
            for (Block.ListItem item : list.items()) {
                boolean first = true;
                for (List<Inline> inlines : item.paragraphs()) {
                    boolean added = add(new Planned(first ? StyleMap.listItem(list.ordered())
                            : StyleMap.listContinuation(), inlines, id, list.ordered(), first, null, null, null), cell);
                    first = first && !added;
                }
            }
        }

        /** A table's caption, then its cells' paragraphs row by row (the reader allows no table in a cell). */
        private void table(Block.Table table) {
            add(new Planned(StyleMap.paragraph(Block.Kind.CAPTION), table.caption()), null);
            int index = tables++;
            for (int row = 0; row < table.rows().size(); row++) {
                List<Block.Cell> cells = table.rows().get(row).cells();
                for (int column = 0; column < cells.size(); column++) {
                    blocks(cells.get(column).blocks(), new InCell(table, index, row, column));
                }
            }
        }

        private boolean add(Planned paragraph, InCell cell) {
            if (paragraph.inlines().isEmpty()) {
                return false;
            }
            plan.add(cell == null ? paragraph : paragraph.in(cell));
            return true;
        }
    }
}
