package org.briefing.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;

/**
 * Writes the body's {@link ParagraphPlan}: each paragraph in its style, every list numbered on
 * its own, a table's paragraphs in its cells, the table of contents as Word's own (a TOC field in
 * its building block, showing the PDF's pages until Word updates it), and "keep with next" on
 * the paragraphs the PDF kept together at the end. Not thread-safe: one per document.
 */
final class BodyWriter {
    /** Word's table of contents of the sections' headings (Heading 1), as links. */
    private static final String CONTENTS_FIELD = "TOC \\o \"1-1\" \\h \\z \\u";

    private final CTBody body;
    private final ListNumbering numbering;
    private final RunWriter runs;
    private final Revisions revisions;
    private final String tableStyle;
    private final int textWidth;
    private final double spacing;

    /**
     * @param tableStyle the style id of tables
     * @param textWidth  the width between the page margins, in twips
     * @param spacing    how much of the stylesheet's space between blocks the edition keeps
     */
    BodyWriter(CTBody body, ListNumbering numbering, RunWriter runs, Revisions revisions, String tableStyle,
            int textWidth, double spacing) {
        this.body = body;
        this.numbering = numbering;
        this.runs = runs;
        this.revisions = revisions;
        this.tableStyle = tableStyle;
        this.textWidth = textWidth;
        this.spacing = spacing;
    }

    void write(List<Block> blocks) {
        Map<Integer, Integer> numIds = new HashMap<>();
        TableWriter table = null;
        int tableIndex = -1;
        CTSdtContentBlock contents = null;
        boolean keepingToEnd = false;
        boolean afterTable = false;
        List<ParagraphPlan.Planned> plan = ParagraphPlan.of(blocks);
        for (int i = 0; i < plan.size(); i++) {
            ParagraphPlan.Planned planned = plan.get(i);
            ParagraphPlan.InCell cell = planned.cell();
            if (table != null && (cell == null || cell.index() != tableIndex)) {
                table.finish();
                table = null;
                afterTable = true;
            }
            if (cell != null && table == null) {
                table = new TableWriter(body, cell.table(), tableStyle, textWidth);
                tableIndex = cell.index();
            }
            CTP paragraph;
            if (planned.inContents()) {
                contents = contents != null ? contents : contents();
                boolean first = planned.entry() != null && (i == 0 || plan.get(i - 1).entry() == null);
                boolean last = i + 1 == plan.size() || !plan.get(i + 1).inContents();
                paragraph = planned.entry() == null
                        ? runs.paragraph(contents.addNewP(), planned.style(), planned.inlines())
                        : runs.contentsEntry(contents.addNewP(), planned.style(), planned.entry(),
                                first ? CONTENTS_FIELD : null, last);
            } else {
                contents = null;
                paragraph = runs.paragraph(cell == null ? body.addNewP() : table.paragraph(cell.row(), cell.column()),
                        planned.style(), planned.inlines(), planned.section());
            }
            if (afterTable && cell == null) {
                spaceUnderTable(paragraph, planned.style());
            }
            afterTable = false;
            keepingToEnd |= planned.keepsToEnd();
            if (keepingToEnd && i + 1 < plan.size()) {
                paragraph.getPPr().addNewKeepNext();
            }
            if (planned.item()) {
                int numId = numIds.computeIfAbsent(planned.list(), list -> numbering.newList(planned.ordered()));
                CTNumPr numPr = paragraph.getPPr().addNewNumPr();
                numPr.addNewIlvl().setVal(BigInteger.ZERO);
                numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
            }
        }
        if (table != null) {
            table.finish();
        }
        revisions.finish();
    }

    /**
     * The stylesheet's space under a table, which Word tables lack, as space above the paragraph
     * after it where its style has less (margins meet as the larger of the two).
     */
    private void spaceUnderTable(CTP paragraph, WordStyle style) {
        if (StyleLooks.TABLE_SPACE_BELOW > StyleLooks.spaceAbove(style)) {
            paragraph.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(Math.round(
                    StyleLooks.TABLE_SPACE_BELOW * spacing * 20)));
        }
    }

    /** The building block Word keeps a table of contents in, and updates as one. */
    private CTSdtContentBlock contents() {
        CTSdtBlock sdt = body.addNewSdt();
        var part = sdt.addNewSdtPr().addNewDocPartObj();
        part.addNewDocPartGallery().setVal("Table of Contents");
        part.addNewDocPartUnique();
        return sdt.addNewSdtContent();
    }
}
