package org.briefing.docx;

import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes inlines as runs of one paragraph (body, header or footer). Every run is tagged with the
 * edition's language, so Word and LibreOffice spell-check it in that language whatever the
 * machine's default. Links become real hyperlinks (a relationship of the part, opened outside
 * Word) in the Hyperlink character style; page numbers become live fields.
 */
final class RunWriter {
    private final String wordLanguage;
    private final StyleMap styles;

    RunWriter(String wordLanguage, StyleMap styles) {
        this.wordLanguage = wordLanguage;
        this.styles = styles;
    }

    void write(XWPFParagraph paragraph, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Link link) {
                link(paragraph, link);
            } else {
                write(paragraph, paragraph.getCTP()::addNewR, inline, null);
            }
        }
    }

    private void link(XWPFParagraph paragraph, Inline.Link link) {
        String relationship = paragraph.getPart().getPackagePart()
                .addExternalRelationship(link.href(), XWPFRelation.HYPERLINK.getRelation()).getId();
        CTHyperlink hyperlink = paragraph.getCTP().addNewHyperlink();
        hyperlink.setId(relationship);
        if (link.title() != null) {
            hyperlink.setTooltip(link.title());
        }
        for (Inline inline : link.inlines()) {
            if (inline instanceof Inline.Link) {
                throw new IllegalStateException("a link inside a link"); // the reader refuses these
            }
            write(paragraph, hyperlink::addNewR, inline, styles.id(StyleMap.link()));
        }
    }

    /** One inline as runs made by {@code newRun} (in the paragraph or in a hyperlink). */
    private void write(XWPFParagraph paragraph, Supplier<CTR> newRun, Inline inline, String characterStyle) {
        if (inline instanceof Inline.PageNumber) {
            field(paragraph, newRun, "PAGE");
            return;
        }
        if (inline instanceof Inline.PageCount) {
            field(paragraph, newRun, "NUMPAGES");
            return;
        }
        CTR ctr = newRun.get();
        // run properties in the schema's order: Word refuses a document where they are not
        CTRPr properties = ctr.addNewRPr();
        if (characterStyle != null) {
            properties.addNewRStyle().setVal(characterStyle);
        }
        if (inline instanceof Inline.Text text) {
            if (text.bold()) {
                properties.addNewB();
            }
            if (text.italic()) {
                properties.addNewI();
            }
            XWPFRun run = run(paragraph, ctr);
            run.setText(text.text());
        } else if (inline instanceof Inline.LineBreak) {
            run(paragraph, ctr).addBreak();
        }
    }

    /** A complex field: begin, instruction, separator, a placeholder result, end; one run each. */
    private void field(XWPFParagraph paragraph, Supplier<CTR> newRun, String instruction) {
        run(paragraph, newRun.get()).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(paragraph, newRun.get()).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        run(paragraph, newRun.get()).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, newRun.get()).setText("1");
        run(paragraph, newRun.get()).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A run of {@code ctr}, tagged with the edition's language (the last of its properties). */
    private XWPFRun run(XWPFParagraph paragraph, CTR ctr) {
        (ctr.isSetRPr() ? ctr.getRPr() : ctr.addNewRPr()).addNewLang().setVal(wordLanguage);
        return new XWPFRun(ctr, paragraph);
    }
}
