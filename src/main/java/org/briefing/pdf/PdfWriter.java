package org.briefing.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.briefing.html.TemplateSet;
import org.w3c.dom.Document;

/**
 * Lays out an edition's XHTML as a tagged, archival PDF. Every resource the document names is
 * looked up in the template set and nowhere else; fonts come from the {@link FontSet}.
 * Thread-safe: one instance serves any number of documents, one builder per document.
 */
public final class PdfWriter {
    /** The URI scheme under which the template set's files are visible to the layout engine. */
    static final String SCHEME = "briefing-template";
    private static final String BASE_URI = SCHEME + ":/" + TemplateSet.MAIN + ".html";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every document's progress through java.util.logging; problems that
        // matter reach us as exceptions or as checks before rendering
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final TemplateSet templates;
    private final FontSet fonts;
    private final String producer;

    public PdfWriter(TemplateSet templates, FontSet fonts, String producer) {
        this.templates = templates;
        this.fonts = fonts;
        this.producer = producer;
    }

    /** The PDF of {@code xhtml}. */
    public byte[] write(Document xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .useUnicodeLineBreaker(new ApostropheAwareLineBreaker())
                .withW3cDocument(xhtml, BASE_URI)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_2_A)
                .useColorProfile(SRGB)
                .withProducer(producer)
                .useProtocolsStreamImplementation(new TemplateStreams(), SCHEME)
                .useHttpStreamImplementation(url -> TemplateStreams.MISSING)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(SCHEME + ":"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        fonts.registerOn(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
            String name = uri.substring(uri.indexOf(':') + 1).replaceFirst("^/+", "");
            Optional<byte[]> bytes = templates.read(name);
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
