package org.briefing.docx;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The grid of one {@link Block.Table} as a Word table in the table style: as wide as the text,
 * its columns shared out by how much text each holds, header rows repeated on every page, and
 * no row split across pages. The cells' paragraphs are the body writer's to fill.
 */
final class TableWriter {
    /** Bounds on a column's share: a column of short labels stays readable, a long one leaves room. */
    private static final int MIN_WEIGHT = 8;
    private static final int MAX_WEIGHT = 60;

    private final CTTbl table;
    private final CTTc[][] cells;
    /** Whether its rows keep together on one page. */
    private final boolean whole;

    /**
     * Adds the table to {@code body}.
     *
     * @param textWidth the width between the page margins, in twips
     */
    TableWriter(CTBody body, Block.Table model, String styleId, int textWidth) {
        table = body.addNewTbl();
        whole = model.whole();
        CTTblPr properties = table.addNewTblPr();
        properties.addNewTblStyle().setVal(styleId);
        properties.addNewTblW().setType(STTblWidth.PCT);
        properties.getTblW().setW(BigInteger.valueOf(5000));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        // first row as header, no banding: the look a staff member sees when restyling
        properties.addNewTblLook().setVal(new byte[] {0x04, 0x20});
        int[] widths = columnWidths(model, textWidth);
        CTTblGrid grid = table.addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        cells = new CTTc[model.rows().size()][];
        for (int r = 0; r < model.rows().size(); r++) {
            Block.Row row = model.rows().get(r);
            CTRow tr = table.addNewTr();
            var rowProperties = tr.addNewTrPr();
            rowProperties.addNewCantSplit();
            if (row.header() && headerOnTop(model, r)) {
                rowProperties.addNewTblHeader();
            }
            cells[r] = new CTTc[row.cells().size()];
            for (int c = 0; c < row.cells().size(); c++) {
                CTTc cell = tr.addNewTc();
                int span = c == row.cells().size() - 1 ? widths.length - c : 1;
                var cellProperties = cell.addNewTcPr();
                cellProperties.addNewTcW().setType(STTblWidth.DXA);
                cellProperties.getTcW().setW(BigInteger.valueOf(sum(widths, c, span)));
                if (span > 1) {
                    cellProperties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                cells[r][c] = cell;
            }
        }
    }

    /** A new paragraph at the end of a cell. */
    CTP paragraph(int row, int column) {
        return cells[row][column].addNewP();
    }

    /**
     * Gives every cell left without a paragraph the one Word requires; keeps a whole table's rows
     * on one page (each keeps with the next), as the PDF keeps a figure.
     */
    void finish() {
        for (int r = 0; r < cells.length; r++) {
            for (CTTc cell : cells[r]) {
                if (cell.sizeOfPArray() == 0) {
                    cell.addNewP();
                }
                if (whole && r < cells.length - 1) {
                    for (CTP p : cell.getPList()) {
                        (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewKeepNext();
                    }
                }
            }
        }
    }

    /** Word repeats only header rows that start the table. */
    private static boolean headerOnTop(Block.Table model, int row) {
        for (int r = 0; r < row; r++) {
            if (!model.rows().get(r).header()) {
                return false;
            }
        }
        return true;
    }

    /** Column widths in twips summing to the text width, each weighted by its longest cell text. */
    static int[] columnWidths(Block.Table model, int textWidth) {
        int[] weights = new int[model.columns()];
        for (Block.Row row : model.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                weights[c] = Math.max(weights[c], length(row.cells().get(c).blocks()));
            }
        }
        int total = 0;
        for (int c = 0; c < weights.length; c++) {
            weights[c] = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, weights[c]));
            total += weights[c];
        }
        int[] widths = new int[weights.length];
        int given = 0;
        for (int c = 0; c < weights.length; c++) {
            widths[c] = c == weights.length - 1 ? textWidth - given : textWidth * weights[c] / total;
            given += widths[c];
        }
        return widths;
    }

    private static int length(List<Block> blocks) {
        int length = 0;
        for (ParagraphPlan.Planned paragraph : ParagraphPlan.of(blocks)) {
            length += Inline.visibleLength(paragraph.inlines());
        }
        return length;
    }

    private static int sum(int[] widths, int from, int count) {
        int sum = 0;
        for (int c = from; c < from + count; c++) {
            sum += widths[c];
        }
        return sum;
    }
}
