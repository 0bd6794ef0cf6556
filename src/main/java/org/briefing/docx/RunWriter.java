package org.briefing.docx;

import java.util.List;
import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes styled paragraphs of inlines, as runs, into one part (body, header or footer). Every
 * run is tagged with the edition's language, so Word and LibreOffice spell-check it in that
 * language whatever the machine's default. Links become real hyperlinks (a relationship of the
 * part, opened outside Word) in the Hyperlink character style; page numbers become live fields.
 * Not thread-safe: one per part of one document.
 */
final class RunWriter {
    private final String wordLanguage;
    private final StyleMap styles;
    private final Relationships relationships;

    /** @param relationships the relationships of the part written into, for hyperlinks */
    RunWriter(String wordLanguage, StyleMap styles, Relationships relationships) {
        this.wordLanguage = wordLanguage;
        this.styles = styles;
        this.relationships = relationships;
    }

    /**
     * Fills {@code paragraph}, a new one, as a paragraph of {@code style} holding {@code inlines};
     * all its look comes from the style, never from direct formatting, so staff can restyle it.
     */
    CTP paragraph(CTP paragraph, WordStyle style, List<Inline> inlines) {
        paragraph.addNewPPr().addNewPStyle().setVal(styles.id(style));
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Link link) {
                link(paragraph, link);
            } else {
                write(paragraph::addNewR, inline, null);
            }
        }
        return paragraph;
    }

    private void link(CTP paragraph, Inline.Link link) {
        CTHyperlink hyperlink = paragraph.addNewHyperlink();
        hyperlink.setId(relationships.addExternal(Relationships.HYPERLINK, link.href()));
        if (link.title() != null) {
            hyperlink.setTooltip(link.title());
        }
        for (Inline inline : link.inlines()) {
            if (inline instanceof Inline.Link) {
                throw new IllegalStateException("a link inside a link"); // the reader refuses these
            }
            write(hyperlink::addNewR, inline, styles.id(StyleMap.link()));
        }
    }

    /** One inline as runs made by {@code newRun} (in the paragraph or in a hyperlink). */
    private void write(Supplier<CTR> newRun, Inline inline, String characterStyle) {
        if (inline instanceof Inline.PageNumber) {
            field(newRun, "PAGE");
            return;
        }
        if (inline instanceof Inline.PageCount) {
            field(newRun, "NUMPAGES");
            return;
        }
        CTR run = newRun.get();
        // run properties in the schema's order: Word refuses a document where they are not
        CTRPr properties = run.addNewRPr();
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
            text(tagged(run), text.text());
        } else if (inline instanceof Inline.LineBreak) {
            tagged(run).addNewBr();
        }
    }

    /** A complex field: begin, instruction, separator, a placeholder result, end; one run each. */
    private void field(Supplier<CTR> newRun, String instruction) {
        tagged(newRun.get()).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        tagged(newRun.get()).addNewInstrText().setStringValue(" " + instruction + " ");
        tagged(newRun.get()).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(tagged(newRun.get()), "1");
        tagged(newRun.get()).addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** {@code run} tagged with the edition's language (the last of its properties). */
    private CTR tagged(CTR run) {
        (run.isSetRPr() ? run.getRPr() : run.addNewRPr()).addNewLang().setVal(wordLanguage);
        return run;
    }

    /** Text whose spaces at either end Word would otherwise drop is marked to keep them. */
    private static void text(CTR run, String value) {
        CTText text = run.addNewT();
        text.setStringValue(value);
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            text.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }
}
