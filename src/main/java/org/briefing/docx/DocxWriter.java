package org.briefing.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.html.TemplateSet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.w3c.dom.Document;

/**
 * Writes an edition's XHTML as a DOCX: reads it into the {@link Block} model, then writes styled
 * paragraphs, real list numbering, hyperlinks, header and footer with the classification banner
 * and live page fields, page setup, core properties, and every run tagged with the edition's
 * language. The same XHTML (and reference document) always gives the same bytes. Thread-safe: one
 * instance serves any number of documents, one POI document each.
 */
public final class DocxWriter {
    /** Distance of header and footer text from the page edge, in twips (10 mm). */
    private static final int HEADER_FOOTER_DISTANCE = PageSetup.mm(10);

    private final XhtmlReader reader;
    private final StyleDefinitions definitions;
    private final ReferenceDocx reference;

    /**
     * @param templates where the template's linked stylesheet is read from (for {@code @page})
     * @param serifFont body font, @param sansFont heading font: families staff machines have
     * @param options   a reference document, if any; it is read and checked here, once
     * @throws DocxException when the reference document is not a usable DOCX
     */
    public DocxWriter(TemplateSet templates, String serifFont, String sansFont, DocxOptions options) {
        this.reader = new XhtmlReader(templates::read);
        this.definitions = new StyleDefinitions(serifFont, sansFont);
        this.reference = options.referenceDocx() == null ? null : ReferenceDocx.read(options.referenceDocx());
    }

    /** The DOCX of {@code xhtml}. */
    public byte[] write(Document xhtml) {
        BriefingDocument briefing = reader.read(xhtml);
        String language = WordLanguage.of(briefing.language());
        XWPFDocument document = new XWPFDocument();
        try {
            CTStyles styles = Optional.ofNullable(reference).map(ReferenceDocx::styles)
                    .orElseGet(CTStyles.Factory::newInstance);
            // the list styles name their numbering, so both need the style ids first
            StyleMap styleMap = definitions.resolve(styles);
            ListNumbering numbering = new ListNumbering(
                    reference == null ? null : reference.listLook(false),
                    reference == null ? null : reference.listLook(true),
                    styleMap.id(WordStyle.LIST_BULLET), styleMap.id(WordStyle.LIST_NUMBER));
            definitions.install(styles, styleMap, language, numbering);
            document.createStyles().setStyles(styles);

            RunWriter runs = new RunWriter(language, styleMap);
            new BodyWriter(document, styleMap, numbering, runs).write(briefing.body());
            document.createNumbering().setNumbering(numbering.numbering());
            headerAndFooter(document, briefing, styleMap, runs);
            page(document, briefing.page());
            properties(document, briefing.info(), language);

            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.write(out);
            return ReproducibleZip.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // discard, not close: closing an in-memory package saves it all over again
            document.getPackage().revert();
        }
    }

    private static void headerAndFooter(XWPFDocument document, BriefingDocument briefing, StyleMap styles,
                                        RunWriter runs) {
        if (!briefing.bannerTop().isEmpty()) {
            XWPFHeaderFooter header = emptied(document.createHeader(HeaderFooterType.DEFAULT));
            paragraph(header, styles.id(StyleMap.banner()), briefing.bannerTop(), runs);
        }
        if (!briefing.bannerBottom().isEmpty() || !briefing.pageFooter().isEmpty()) {
            XWPFHeaderFooter footer = emptied(document.createFooter(HeaderFooterType.DEFAULT));
            paragraph(footer, styles.id(StyleMap.banner()), briefing.bannerBottom(), runs);
            paragraph(footer, styles.id(StyleMap.pageFooter()), briefing.pageFooter(), runs);
        }
    }

    /** POI starts a header or footer with an empty paragraph; ours has only the lines we write. */
    private static XWPFHeaderFooter emptied(XWPFHeaderFooter part) {
        for (XWPFParagraph paragraph : List.copyOf(part.getParagraphs())) {
            part.removeParagraph(paragraph);
        }
        return part;
    }

    private static void paragraph(XWPFHeaderFooter part, String style, List<Inline> inlines, RunWriter runs) {
        if (inlines.isEmpty()) {
            return;
        }
        XWPFParagraph paragraph = part.createParagraph();
        paragraph.setStyle(style);
        runs.write(paragraph, inlines);
    }

    private void page(XWPFDocument document, PageSetup page) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(page.width()));
        size.setH(BigInteger.valueOf(page.height()));
        if (page.width() > page.height()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(page.top()));
        margins.setRight(BigInteger.valueOf(page.right()));
        margins.setBottom(BigInteger.valueOf(page.bottom()));
        margins.setLeft(BigInteger.valueOf(page.left()));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        if (reference != null) {
            reference.applyPage(section);
        }
    }

    private static void properties(XWPFDocument document, BriefingDocument.DocumentInfo info, String language) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setSubjectProperty(info.subject());
        core.setKeywords(info.keywords());
        core.setCreator(info.author());
        var underlying = core.getUnderlyingProperties();
        underlying.setLanguageProperty(language);
        // the briefing's date, not the time of writing: the same input gives the same file
        Optional<Date> date = Optional.ofNullable(info.date())
                .map(iso -> Date.from(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant()));
        underlying.setCreatedProperty(date);
        underlying.setModifiedProperty(date);
        underlying.setLastModifiedByProperty(Optional.empty());
    }
}
