package org.briefing.docx;

import java.math.BigInteger;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * The footnotes part: the separator lines Word draws above a page's footnotes, then each note the
 * body cites ({@link Inline.NoteReference}), its paragraphs in the style <em>footnote text</em>,
 * the first led by the number Word computes. A note's field mark is kept, so that an edited note
 * can be imported.
 */
final class FootnotesWriter {
    private FootnotesWriter() {
    }

    /** The part for {@code footnotes}, written with {@code runs} (a writer of the footnotes part). */
    static CTFootnotes write(List<BriefingDocument.Footnote> footnotes, RunWriter runs) {
        CTFootnotes part = CTFootnotes.Factory.newInstance();
        separator(part.addNewFootnote(), -1, STFtnEdn.SEPARATOR);
        separator(part.addNewFootnote(), 0, STFtnEdn.CONTINUATION_SEPARATOR);
        for (BriefingDocument.Footnote footnote : footnotes) {
            CTFtnEdn note = part.addNewFootnote();
            note.setId(BigInteger.valueOf(footnote.number()));
            for (int i = 0; i < footnote.paragraphs().size(); i++) {
                CTP paragraph = note.addNewP();
                paragraph.addNewPPr().addNewPStyle().setVal(runs.styleId(WordStyle.FOOTNOTE_TEXT));
                if (i == 0) {
                    runs.footnoteNumber(paragraph);
                }
                runs.inlines(paragraph, footnote.paragraphs().get(i));
            }
        }
        return part;
    }

    /** Word's separator (the short rule) and continuation separator (the full-width rule). */
    private static void separator(CTFtnEdn note, int id, STFtnEdn.Enum type) {
        note.setId(BigInteger.valueOf(id));
        note.setType(type);
        CTP paragraph = note.addNewP();
        var spacing = paragraph.addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        var run = paragraph.addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            run.addNewSeparator();
        } else {
            run.addNewContinuationSeparator();
        }
    }
}
