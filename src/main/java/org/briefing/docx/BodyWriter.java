package org.briefing.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Writes the body blocks as styled paragraphs; each paragraph's style comes from
 * {@link StyleMap}, never from direct formatting, so staff can restyle the whole document.
 * Not thread-safe: one per document.
 */
final class BodyWriter {
    private final XWPFDocument document;
    private final StyleMap styles;
    private final ListNumbering numbering;
    private final RunWriter runs;

    BodyWriter(XWPFDocument document, StyleMap styles, ListNumbering numbering, RunWriter runs) {
        this.document = document;
        this.styles = styles;
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
                XWPFParagraph paragraph = paragraph(first ? StyleMap.listItem(list.ordered())
                        : StyleMap.listContinuation(), inlines);
                if (paragraph != null && first) {
                    CTNumPr numPr = paragraph.getCTP().getPPr().addNewNumPr();
                    numPr.addNewIlvl().setVal(BigInteger.ZERO);
                    numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
                }
                first = first && paragraph == null;
            }
        }
    }

    /** A paragraph in {@code style}; none at all for empty content, which would only make space. */
    private XWPFParagraph paragraph(WordStyle style, List<Inline> inlines) {
        if (inlines.isEmpty()) {
            return null;
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styles.id(style));
        runs.write(paragraph, inlines);
        return paragraph;
    }
}
