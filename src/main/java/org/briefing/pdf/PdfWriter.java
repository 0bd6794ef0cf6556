package org.briefing.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.html.Messages;
import org.briefing.html.TemplateSet;
import org.w3c.dom.Document;

/**
 * Lays out an edition's XHTML as a tagged, archival PDF: PDF/UA-1 and PDF/A-2a, checked by
 * veraPDF in the tests. PDF/A-2a because its "a" level is the one that requires the tagging
 * PDF/UA needs anyway, and both rest on the same PDF 1.7 (ISO 32000-1); PDF/A-3a would add only
 * the right to embed arbitrary files, which a briefing never does.
 *
 * <p>The same XHTML, fonts and tool version give the same bytes: dates come from the
 * document ({@link DocumentDate}), the file identifier from its content ({@link DocumentId}), the
 * colour profile is bundled ({@link OutputIntent}), and PDFBox names font subsets after the glyphs
 * they hold. Every resource the document names is looked up in the template set and nowhere else;
 * fonts come from the {@link FontSet}.
 * Thread-safe: one instance serves any number of documents, one builder per document.
 */
public final class PdfWriter {
    /** The URI scheme under which the template set's files are visible to the layout engine. */
    static final String SCHEME = "briefing-template";
    private static final String BASE_URI = SCHEME + ":/" + TemplateSet.MAIN + ".html";
    /**
     * Object streams, as PDFBox saves by default: without them a tagged briefing's file is twice
     * the size, for a tenth less time.
     */
    private static final CompressParameters COMPRESSION = CompressParameters.DEFAULT_COMPRESSION;

    /**
     * PDFBox deflates every stream (pages, fonts, object streams) at the level this property
     * names, zlib's 6 unless set. Level 1 makes a briefing's PDF about an eighth faster to make, for
     * 8% more bytes (README, "Performance"); a level the JVM was given is kept.
     */
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        // openhtmltopdf logs every document's progress through java.util.logging; problems that
        // matter reach us as exceptions or as checks before rendering
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, "1");
        }
    }

    private final TemplateSet templates;
    private final ParsedStylesheets stylesheets;
    private final FontSet fonts;
    private final String producer;
    private final DocumentDate dates;
    private final Messages messages;

    /** {@code producer} names the tool and its version; {@code SOURCE_DATE_EPOCH} is honoured. */
    public PdfWriter(TemplateSet templates, FontSet fonts, String producer) {
        this(templates, fonts, producer, DocumentDate.fromEnvironment());
    }

    PdfWriter(TemplateSet templates, FontSet fonts, String producer, DocumentDate dates) {
        this.templates = templates;
        this.stylesheets = new ParsedStylesheets(templates, BASE_URI);
        this.fonts = fonts;
        this.producer = producer;
        this.dates = dates;
        this.messages = new Messages(templates);
    }

    /** The PDF of {@code xhtml}; a long one with a table of contents. */
    public byte[] write(Document xhtml) {
        try (PdfLayout layout = layout(xhtml)) {
            return layout.pdf();
        }
    }

    /**
     * {@code edition} laid out on pages as its PDF will be ({@link Pagination}), ready to be
     * written as a PDF, and telling the DOCX how it broke its pages. Close it when done.
     */
    public PdfLayout layout(Document edition) {
        Document xhtml = HeadingTargets.apply(edition);
        String language = XhtmlFacts.of(xhtml).language();
        // one PDF document for every layout tried: a layout only measures with the fonts, loaded
        // into the document once, and the last layout is the one written
        PDDocument pdf = new PDDocument();
        FontSet.DocumentFonts documentFonts = fonts.forDocument(pdf, language);
        Pagination pagination = new Pagination(document -> laidOut(document, pdf, documentFonts), xhtml);
        PdfBoxRenderer renderer = pagination.run(document -> TableOfContents.addTo(document,
                messages.get(language, "toc.title"), messages.labelLanguage(language)));
        return new PdfLayout(this, renderer, pagination.document(), pagination.lines(), pagination.layouts());
    }

    /** Writes the PDF of a laid-out document. */
    byte[] pdf(PdfBoxRenderer renderer, Document laidOut) {
        XhtmlFacts facts = XhtmlFacts.of(laidOut);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = renderer.createPDFKeepOpen()) {
            complete(pdf, facts);
            pdf.save(out, COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DocumentId.stamp(CrossReferenceStream.withOwnEntry(out.toByteArray()));
    }

    /** What openhtmltopdf leaves undone, applied to the finished document before it is saved. */
    private void complete(PDDocument pdf, XhtmlFacts facts) throws IOException {
        LinkAlternateText.apply(pdf, facts);
        ImageInterpolation.clear(pdf);
        OutputIntent.apply(pdf);
        DocumentMetadata.apply(pdf, dates.forDocumentDated(facts.isoDate()), facts.language(), producer);
        DocumentId.reserve(pdf);
    }

    /** The pictures the renderer made of checked files (html.PictureSources): nothing else is read. */
    private static final java.util.regex.Pattern PICTURE =
            java.util.regex.Pattern.compile("data:image/(png|jpeg);base64,");

    private PdfBoxRenderer laidOut(Document xhtml, PDDocument pdf, FontSet.DocumentFonts documentFonts) {
        PdfBoxRenderer renderer = rendererFor(xhtml, pdf, documentFonts);
        try {
            renderer.layout();
            return renderer;
        } catch (RuntimeException | Error e) {
            renderer.close();
            throw e;
        }
    }

    /** A renderer of {@code xhtml} into {@code pdf}, set in the edition's fonts. */
    private PdfBoxRenderer rendererFor(Document xhtml, PDDocument pdf, FontSet.DocumentFonts documentFonts) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .useUnicodeLineBreaker(new BriefingLineBreaker())
                .withW3cDocument(xhtml, BASE_URI)
                .useNamespaceHandler(stylesheets.namespaceHandler())
                .usePdfUaAccessibility(true)
                .useObjectDrawerFactory(ChartDrawer.FACTORY)
                // PDF/A-2a, but not through usePdfAConformance, which would add the PDF/A schemas to
                // the XMP packet the engine builds with xmpbox (three times the work of the packet
                // PDF/UA alone asks of it) only for DocumentMetadata to replace it. What else it does
                // for PDF/A is done here: the version, fonts always embedded (as PDF/UA has them),
                // pictures not interpolated (ImageInterpolation).
                .usePdfVersion(PdfAConformance.PDFA_2_A.getPdfVersion())
                .withProducer(producer)
                .useProtocolsStreamImplementation(new TemplateStreams(), SCHEME)
                .useHttpStreamImplementation(url -> TemplateStreams.MISSING)
                .useExternalResourceAccessControl((uri, type) -> uri != null && (uri.startsWith(SCHEME + ":")
                        || PICTURE.matcher(uri).lookingAt()), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.usePDDocument(pdf);
        documentFonts.registerOn(builder);
        return builder.buildPdfRenderer();
    }

    /** The file of the template set that {@code briefing-template:/NAME} names. */
    static String templateName(String uri) {
        return uri.substring(uri.indexOf(':') + 1).replaceFirst("^/+", "");
    }

    /** Serves {@code briefing-template:/NAME} from the template set. */
    private final class TemplateStreams implements FSStreamFactory {
        /** What the layout engine gets for anything else: no content (it expects a stream object). */
        static final FSStream MISSING = new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };

        @Override
        public FSStream getUrl(String uri) {
            Optional<byte[]> bytes = templates.read(templateName(uri));
            if (bytes.isEmpty()) {
                return MISSING;
            }
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return new ByteArrayInputStream(bytes.get());
                }

                @Override
                public Reader getReader() {
                    return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
