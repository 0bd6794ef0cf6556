package org.briefing.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The field marks of a document's body: one range per field, and the text of each as written.
 * A field whose text is several sibling elements (the summary's paragraphs, a background item's)
 * is marked on each; Word needs one bookmark per name, from the first start to the last end.
 */
final class FieldMarks {
    private FieldMarks() {
    }

    /** {@code blocks} with each field's marks reduced to its first start and its last end. */
    static List<Block> oneRangePerField(List<Block> blocks) {
        Map<String, Integer> ends = new HashMap<>();
        map(blocks, inlines -> {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Mark mark) {
                    if (!mark.start()) {
                        ends.merge(mark.field(), 1, Integer::sum);
                    }
                }
            }
            return inlines;
        });
        Map<String, Integer> startsSeen = new HashMap<>();
        Map<String, Integer> endsSeen = new HashMap<>();
        return map(blocks, inlines -> {
            List<Inline> kept = new ArrayList<>(inlines.size());
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Mark mark) {
                    int count = (mark.start() ? startsSeen : endsSeen).merge(mark.field(), 1, Integer::sum);
                    boolean keep = mark.start() ? count == 1 : count == ends.get(mark.field());
                    if (!keep) {
                        continue;
                    }
                }
                kept.add(inline);
            }
            return kept;
        });
    }

    /** {@code blocks} without field marks: a bilingual edition names every field twice and is not imported. */
    static List<Block> withoutMarks(List<Block> blocks) {
        return map(blocks, inlines -> inlines.stream().filter(inline -> !(inline instanceof Inline.Mark)).toList());
    }

    /**
     * Each field's text as the DOCX holds it: its runs' text, a line break as {@code \n},
     * paragraphs joined by a blank line ({@code \n\n}). This is what the field's bookmark hash is
     * made of, and what reading the DOCX back gives for a field nobody edited.
     */
    static Map<String, Field> fields(List<Block> blocks) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, Boolean> block = new HashMap<>();
        List<String> open = new ArrayList<>();
        map(blocks, inlines -> {
            for (String field : open) {
                texts.get(field).append("\n\n");
            }
            collect(inlines, open, texts, block);
            return inlines;
        });
        Map<String, Field> result = new LinkedHashMap<>();
        texts.forEach((field, text) -> result.put(field, new Field(text.toString(), block.get(field))));
        return result;
    }

    /** A field's text as written, and whether it is whole paragraphs. */
    record Field(String text, boolean block) {
    }

    private static void collect(List<Inline> inlines, List<String> open, Map<String, StringBuilder> texts,
                                Map<String, Boolean> block) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Mark mark) {
                if (mark.start()) {
                    open.add(mark.field());
                    texts.put(mark.field(), new StringBuilder());
                    block.put(mark.field(), mark.block());
                } else {
                    open.remove(mark.field());
                }
            } else if (inline instanceof Inline.Text text) {
                open.forEach(field -> texts.get(field).append(text.text()));
            } else if (inline instanceof Inline.LineBreak) {
                open.forEach(field -> texts.get(field).append('\n'));
            } else if (inline instanceof Inline.Link link) {
                collect(link.inlines(), open, texts, block);
            }
        }
    }

    /** The blocks with every paragraph's inlines mapped, in document order. */
    private static List<Block> map(List<Block> blocks, UnaryOperator<List<Inline>> paragraph) {
        List<Block> mapped = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Block.Title title) {
                mapped.add(new Block.Title(paragraph.apply(title.inlines())));
            } else if (block instanceof Block.Heading heading) {
                mapped.add(new Block.Heading(heading.level(), paragraph.apply(heading.inlines()), heading.section()));
            } else if (block instanceof Block.Paragraph p) {
                mapped.add(new Block.Paragraph(p.kind(), paragraph.apply(p.inlines())));
            } else if (block instanceof Block.ListBlock list) {
                mapped.add(new Block.ListBlock(list.ordered(), list.items().stream()
                        .map(item -> new Block.ListItem(item.paragraphs().stream().map(paragraph).toList()))
                        .toList()));
            } else if (block instanceof Block.Quote quote) {
                mapped.add(new Block.Quote(quote.paragraphs().stream().map(paragraph).toList(),
                        quote.attributions().stream().map(paragraph).toList()));
            } else if (block instanceof Block.Table table) {
                List<Inline> caption = paragraph.apply(table.caption());
                List<Block.Row> rows = table.rows().stream().map(row -> new Block.Row(row.cells().stream()
                        .map(cell -> new Block.Cell(map(cell.blocks(), paragraph), cell.heading())).toList(),
                        row.header())).toList();
                mapped.add(new Block.Table(table.kind(), caption, rows, table.columns(), table.whole()));
            } else {
                mapped.add(block); // the table of contents holds no field
            }
        }
        return mapped;
    }
}
