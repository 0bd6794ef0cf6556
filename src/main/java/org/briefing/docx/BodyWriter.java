package org.briefing.docx;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Writes the body blocks as paragraphs, each in the style {@link StyleMap} names for its kind,
 * with every list numbered on its own. Not thread-safe: one per document.
 */
final class BodyWriter {
    private final CTBody body;
    private final ListNumbering numbering;
    private final RunWriter runs;

    BodyWriter(CTBody body, ListNumbering numbering, RunWriter runs) {
        this.body = body;
        this.numbering = numbering;
        this.runs = runs;
    }

    void write(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Title title) {
                paragraph(StyleMap.title(), title.inlines());
            } else if (block instanceof Block.Heading heading) {
                paragraph(StyleMap.heading(heading.level()), heading.inlines());
            } else if (block instanceof Block.Paragraph paragraph) {
                paragraph(StyleMap.paragraph(paragraph.kind()), paragraph.inlines());
            } else if (block instanceof Block.ListBlock list) {
                list(list);
            } else if (block instanceof Block.Quote quote) {
                quote.paragraphs().forEach(inlines -> paragraph(StyleMap.quote(), inlines));
                quote.attributions().forEach(inlines -> paragraph(StyleMap.quoteAttribution(), inlines));
            }
        }
    }

    private void list(Block.ListBlock list) {
        int numId = numbering.newList(list.ordered());
        for (Block.ListItem item : list.items()) {
            boolean first = true;
            for (List<Inline> inlines : item.paragraphs()) {
                CTP paragraph = paragraph(first ? StyleMap.listItem(list.ordered())
                        : StyleMap.listContinuation(), inlines);
                if (paragraph != null && first) {
                    CTNumPr numPr = paragraph.getPPr().addNewNumPr();
                    numPr.addNewIlvl().setVal(BigInteger.ZERO);
                    numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
                }
                first = first && paragraph == null;
            }
        }
    }

    /** A paragraph in {@code style}; none at all for empty content, which would only make space. */
    private CTP paragraph(WordStyle style, List<Inline> inlines) {
        return inlines.isEmpty() ? null : runs.paragraph(body.addNewP(), style, inlines);
    }
}
