package org.briefing.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The body's blocks as the paragraphs the DOCX gets, in order, each with its style: the one
 * place that flattens titles, lists and quotes into Word paragraphs. {@link BodyWriter} writes
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
     */
    record Planned(WordStyle style, List<Inline> inlines, int list, boolean ordered, boolean item, String section) {
        Planned(WordStyle style, List<Inline> inlines) {
            this(style, inlines, -1, false, false, null);
        }
    }

    private ParagraphPlan() {
    }

    /** The paragraphs of {@code blocks}; a paragraph without content is none (it would only make space). */
    static List<Planned> of(List<Block> blocks) {
        List<Planned> plan = new ArrayList<>();
        int lists = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Title title) {
                add(plan, new Planned(StyleMap.title(), title.inlines()));
            } else if (block instanceof Block.Heading heading) {
                add(plan, new Planned(StyleMap.heading(heading.level()), heading.inlines(), -1, false, false,
                        heading.section()));
            } else if (block instanceof Block.Paragraph paragraph) {
                add(plan, new Planned(StyleMap.paragraph(paragraph.kind()), paragraph.inlines()));
            } else if (block instanceof Block.ListBlock list) {
                int id = lists++;
                for (Block.ListItem item : list.items()) {
                    boolean first = true;
                    for (List<Inline> inlines : item.paragraphs()) {
                        boolean added = add(plan, new Planned(first ? StyleMap.listItem(list.ordered())
                                : StyleMap.listContinuation(), inlines, id, list.ordered(), first, null));
                        first = first && !added;
                    }
                }
            } else if (block instanceof Block.Quote quote) {
                quote.paragraphs().forEach(inlines -> add(plan, new Planned(StyleMap.quote(), inlines)));
                quote.attributions().forEach(inlines -> add(plan, new Planned(StyleMap.quoteAttribution(), inlines)));
            }
        }
        return plan;
    }

    private static boolean add(List<Planned> plan, Planned paragraph) {
        if (paragraph.inlines().isEmpty()) {
            return false;
        }
        plan.add(paragraph);
        return true;
    }
}
