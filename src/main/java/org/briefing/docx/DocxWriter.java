package org.briefing.docx;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.html.TemplateSet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
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
 * language. Each part is one of POI's OOXML beans; {@link DocxPackage} zips them. The same XHTML
 * (and reference document) always gives the same bytes. Thread-safe: one instance serves any
 * number of documents.
 */
public final class DocxWriter {
    /** Distance of header and footer text from the page edge, in twips (10 mm). */
    private static final int HEADER_FOOTER_DISTANCE = PageSetup.mm(10);

    private final XhtmlReader reader;
    private final StyleDefinitions definitions;
    private final ReferenceDocx reference;
    /** Our style ids, or a reference document's where it has a style of the same name. */
    private final StyleMap styleMap;
    /**
     * The styles part for each language, page width and spacing: it differs between editions only
     * in those, and making it was a fifth of a document's time.
     */
    private final Map<StylesKey, byte[]> stylesByKey = new ConcurrentHashMap<>();

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
        // without a reference document, nothing here touches POI's type system: a run that writes
        // no DOCX never loads it
        this.styleMap = definitions.resolve(reference == null ? null : reference.styles());
    }

    /** The SHA-256 of the reference document as read, or null when there is none. */
    public String referenceDocxSha256() {
        return reference == null ? null : reference.sha256();
    }

    /**
     * Loads POI's OOXML type system and XML saving, a quarter of a second when the JVM is cold,
     * so that it can be done on a spare core before the first document needs it.
     */
    public static void prepare() {
        CTDocument1 document = CTDocument1.Factory.newInstance();
        document.addNewBody().addNewP().addNewR().addNewT().setStringValue("prepare");
        DocxPackage.save(document, DocxPart.DOCUMENT);
    }

    /** The DOCX of {@code xhtml}. */
    public byte[] write(Document xhtml) {
        BriefingDocument briefing = reader.read(xhtml);
        String language = WordLanguage.of(briefing.language());
        int textWidth = textWidth(briefing.page());
        DocxPackage docx = new DocxPackage();
        docx.addToDocument(DocxPart.STYLES, stylesFor(new StylesKey(language, textWidth, briefing.info().spacing())));
        docx.addToDocument(DocxPart.SETTINGS, DocumentSettings.of(language, !briefing.footnotes().isEmpty()));

        CTDocument1 document = CTDocument1.Factory.newInstance();
        CTBody body = document.addNewBody();
        ListNumbering numbering = numbering();
        Revisions revisions = new Revisions(briefing.info().revisionAuthor());
        Bookmarks bookmarks = new Bookmarks(briefing.body(), briefing.footnotes());
        RunWriter runs = new RunWriter(language, styleMap, docx.relationships(DocxPart.DOCUMENT),
                bookmarks, revisions).withPictures(new PictureWriter(docx, textWidth))
                .withFootnotes(briefing.footnotes().stream().map(BriefingDocument.Footnote::number)
                        .collect(java.util.stream.Collectors.toSet()));
        new BodyWriter(body, numbering, runs, revisions, styleMap.id(StyleMap.table()), textWidth,
                briefing.info().spacing()).write(briefing.body());
        if (!briefing.footnotes().isEmpty()) {
            RunWriter noteRuns = new RunWriter(language, styleMap, docx.relationships(DocxPart.FOOTNOTES), bookmarks,
                    revisions);
            docx.addToDocument(DocxPart.FOOTNOTES, FootnotesWriter.write(briefing.footnotes(), noteRuns));
        }
        docx.addToDocument(DocxPart.NUMBERING, numbering.numbering());

        CTSectPr section = body.addNewSectPr();
        new PageFurniture(docx, styleMap, language, briefing.info().pages()).write(briefing.furniture(), section);
        page(section, briefing.page());
        docx.add(DocxPart.DOCUMENT, document);

        docx.add(DocxPart.CORE_PROPERTIES, DocumentProperties.core(briefing.info(), language));
        docx.add(DocxPart.EXTENDED_PROPERTIES, DocumentProperties.extended());
        if (briefing.info().id() != null) {
            docx.add(DocxPart.CUSTOM_PROPERTIES, DocumentProperties.custom(briefing.info(), briefing.language()));
        }
        return docx.zip();
    }

    /**
     * What the styles part depends on: the default language, the text width (where right-aligned
     * tabs go) and how much of the space between paragraphs the edition keeps.
     */
    private record StylesKey(String language, int textWidth, double spacing) {
    }

    private byte[] stylesFor(StylesKey key) {
        return stylesByKey.computeIfAbsent(key, this::styles);
    }

    /** The styles part for {@code key}: a reference document's styles with ours added, or ours. */
    private byte[] styles(StylesKey key) {
        CTStyles styles = referenceStyles();
        definitions.install(styles, styleMap, key.language(), numbering(), definitions.looks(key.textWidth(),
                key.spacing()));
        return DocxPackage.save(styles, DocxPart.STYLES);
    }

    private CTStyles referenceStyles() {
        return Optional.ofNullable(reference).map(ReferenceDocx::styles).orElseGet(CTStyles.Factory::newInstance);
    }

    /** The list numbering, in a reference document's list look where it has one. */
    private ListNumbering numbering() {
        return new ListNumbering(
                reference == null ? null : reference.listLook(false),
                reference == null ? null : reference.listLook(true),
                styleMap.id(WordStyle.LIST_BULLET), styleMap.id(WordStyle.LIST_NUMBER));
    }

    private static int textWidth(PageSetup page) {
        return page.width() - page.left() - page.right();
    }

    private void page(CTSectPr section, PageSetup page) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(page.width()));
        size.setH(BigInteger.valueOf(page.height()));
        if (page.width() > page.height()) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
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
}
