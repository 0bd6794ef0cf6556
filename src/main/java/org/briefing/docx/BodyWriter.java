package org.briefing.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Writes the body's {@link ParagraphPlan}: each paragraph in its style, every list numbered on
 * its own. Not thread-safe: one per document.
 */
final class BodyWriter {
    private final CTBody body;
    private final ListNumbering numbering;
    private final RunWriter runs;
    private final Revisions revisions;

    BodyWriter(CTBody body, ListNumbering numbering, RunWriter runs, Revisions revisions) {
        this.body = body;
        this.numbering = numbering;
        this.runs = runs;
        this.revisions = revisions;
    }

    void write(List<Block> blocks) {
        Map<Integer, Integer> numIds = new HashMap<>();
        for (ParagraphPlan.Planned planned : ParagraphPlan.of(blocks)) {
            CTP paragraph = runs.paragraph(body.addNewP(), planned.style(), planned.inlines(), planned.section());
            if (planned.item()) {
                int numId = numIds.computeIfAbsent(planned.list(), list -> numbering.newList(planned.ordered()));
                CTNumPr numPr = paragraph.getPPr().addNewNumPr();
                numPr.addNewIlvl().setVal(BigInteger.ZERO);
                numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
            }
        }
        revisions.finish();
    }
}
