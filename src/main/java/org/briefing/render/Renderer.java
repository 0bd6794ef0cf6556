package org.briefing.render;

import java.util.ArrayList;
import java.util.List;
import org.briefing.docx.DocxLayout;
import org.briefing.docx.DocxOptions;
import org.briefing.docx.DocxWriter;
import org.briefing.html.EditionView;
import org.briefing.html.HtmlWriter;
import org.briefing.html.Messages;
import org.briefing.html.TemplateSet;
import org.briefing.html.XhtmlRenderer;
import org.briefing.load.LoadOptions;
import org.briefing.model.Briefing;
import org.briefing.pdf.FontSet;
import org.briefing.pdf.PdfLayout;
import org.briefing.pdf.PdfWriter;
import org.w3c.dom.Document;

/**
 * The pipeline after loading: briefing and language to XHTML (one template), then to each
 * format. Set up once (templates parsed, fonts read) and reused for every document; thread-safe.
 */
public final class Renderer {
    private final XhtmlRenderer xhtml;
    private final FontSet fonts;
    private final PdfWriter pdf;
    private final HtmlWriter html;
    private final DocxWriter docx;
    private final String version;

    public Renderer(TemplateSet templates, FontSet fonts, String version) {
        this(templates, fonts, version, DocxOptions.defaults());
    }

    /** With DOCX options (a reference document is read and checked here, once). */
    public Renderer(TemplateSet templates, FontSet fonts, String version, DocxOptions docxOptions) {
        this.xhtml = XhtmlRenderer.of(templates);
        this.fonts = fonts;
        this.version = version;
        this.pdf = new PdfWriter(templates, fonts, "briefing " + version);
        this.html = new HtmlWriter(templates, fonts.localNames());
        this.docx = new DocxWriter(templates, fonts.officeFamily(FontSet.SERIF), fonts.officeFamily(FontSet.SANS),
                docxOptions);
    }

    /**
     * This renderer's templates and fonts with a house-style document for the DOCX; the document
     * is read and checked here, once.
     */
    public Renderer withReferenceDocx(java.nio.file.Path file) {
        return new Renderer(xhtml.templates(), fonts, version, DocxOptions.defaults().withReferenceDocx(file));
    }

    /** The bundled templates and fonts. */
    public static Renderer bundled(String version) {
        return new Renderer(TemplateSet.bundled(), FontSet.bundled(), version);
    }

    /** Options for loading models that this renderer can draw. */
    public LoadOptions loadOptions() {
        return loadOptions(fonts);
    }

    /** Options for loading models that {@code fonts} can draw, without setting up a renderer. */
    public static LoadOptions loadOptions(FontSet fonts) {
        return LoadOptions.defaults().withDrawable(fonts::canDraw);
    }

    public FontSet fonts() {
        return fonts;
    }

    public String version() {
        return version;
    }

    /** The SHA-256 of the {@code --reference-docx} document as read, or null when there is none. */
    public String referenceDocxSha256() {
        return docx.referenceDocxSha256();
    }

    /** Warnings about an edition that renders but not as well as it could (labels in English). */
    public List<String> warnings(Briefing briefing, String language) {
        List<String> warnings = new ArrayList<>();
        if (!xhtml.messages().has(language)) {
            warnings.add("no labels for '" + language + "' in the templates; using English labels");
        }
        return warnings;
    }

    /**
     * {@code briefing} in {@code language}, made once, to be written in as many formats as wanted.
     * Waits until the {@link MemoryBudget} has room for it; close it when done.
     */
    public Edition edition(Briefing briefing, String language, Paper paper) {
        MemoryBudget.Reservation memory = MemoryBudget.shared().reserve(MemoryBudget.forEdition(briefing, language));
        try {
            EditionView view = EditionView.of(briefing, language, xhtml.messages(), paper.cssSize());
            return new Edition(language, xhtml.render(view), writers, memory);
        } catch (RuntimeException | Error e) {
            memory.close();
            throw e;
        }
    }

    /**
     * The bilingual review edition: {@code briefing} in {@code first} and {@code second} side by
     * side, item facing item (the template set's {@code parallel.html}). Its documents are named
     * by {@link #parallelName}. Close it when done.
     */
    public Edition parallelEdition(Briefing briefing, String first, String second, Paper paper) {
        if (first.equalsIgnoreCase(second)) {
            throw new IllegalArgumentException("a bilingual edition needs two different languages, not " + first
                    + " twice");
        }
        MemoryBudget.Reservation memory = MemoryBudget.shared().reserve(
                MemoryBudget.forEdition(briefing, first) + MemoryBudget.forEdition(briefing, second));
        try {
            EditionView a = EditionView.of(briefing, first, xhtml.messages(), paper.cssSize());
            EditionView b = EditionView.of(briefing, second, xhtml.messages(), paper.cssSize());
            return new Edition(parallelName(first, second), xhtml.renderParallel(a, b), writers, memory);
        } catch (RuntimeException | Error e) {
            memory.close();
            throw e;
        }
    }

    /** What a bilingual edition is called where an edition's language goes: {@code en+ru}. */
    public static String parallelName(String first, String second) {
        return first + "+" + second;
    }

    /**
     * The paragraphs the DOCX of {@code briefing} in {@code language} has, with its template text
     * and model fields: what an edited copy of that DOCX is read against.
     */
    public DocxLayout docxLayout(Briefing briefing, String language) {
        EditionView view = EditionView.of(briefing, language, xhtml.messages(), Paper.A4.cssSize());
        return DocxLayout.of(xhtml.render(view), xhtml.templates());
    }

    /** The edition's XHTML, the one document every format is written from. */
    public Document xhtml(Briefing briefing, String language, Paper paper) {
        return xhtml.render(EditionView.of(briefing, language, xhtml.messages(), paper.cssSize()));
    }

    /** An XHTML in the template vocabulary (an edition's, or one made from editions) as {@code format}. */
    public byte[] write(Document document, Format format) {
        try (Edition edition = new Edition(null, document, writers, null)) {
            return edition.as(format);
        }
    }

    /** The labels of the renderer's templates. */
    public Messages messages() {
        return xhtml.messages();
    }

    /** One document: {@code briefing} in {@code language} as {@code format}. */
    public byte[] render(Briefing briefing, String language, Format format, Paper paper) {
        try (Edition edition = edition(briefing, language, paper)) {
            return edition.as(format);
        }
    }

    /** The writers of every format, the PDF's layout shared by the PDF and the DOCX. */
    private final Edition.Writers writers = new Edition.Writers() {
        @Override
        public PdfLayout layout(Document document) {
            return pdf.layout(document);
        }

        @Override
        public byte[] docx(Document laidOut) {
            return docx.write(laidOut);
        }

        @Override
        public byte[] html(Document document) {
            return html.write(document);
        }
    };
}
