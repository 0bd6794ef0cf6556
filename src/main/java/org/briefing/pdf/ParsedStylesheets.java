package org.briefing.pdf;

import com.openhtmltopdf.context.StylesheetFactoryImpl;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import com.openhtmltopdf.swing.NaiveUserAgent;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.html.TemplateSet;
import org.w3c.dom.Document;

/**
 * The template set's stylesheets, parsed once and handed to every layout, rather than parsed
 * for each one (a tenth of a layout's time). The layout engine does the same with its own default
 * stylesheet, which all its renderers share. A parsed sheet is shared only by documents that have
 * the same sheets before it: the engine numbers a sheet's rules counting on from the ones before,
 * so it writes the same numbers whichever document uses the sheet. Kept for every template set
 * and parsed again when its file changed (the preview makes a new writer for every save); a sheet
 * not in the template set, and any after it, is left to the engine. Thread-safe.
 */
final class ParsedStylesheets {
    /** Enough for a few template sets of a few sheets each; past it, all are parsed anew. */
    private static final int MOST_KEPT = 64;
    private static final Map<Key, Parsed> PARSED = new ConcurrentHashMap<>();

    private final TemplateSet templates;
    private final String baseUri;

    /** A sheet by its address and what comes before it: inline sheets' text, other sheets as parsed. */
    private record Key(List<Object> before, String uri) {
    }

    private record Parsed(byte[] css, Stylesheet sheet) {
    }

    ParsedStylesheets(TemplateSet templates, String baseUri) {
        this.templates = templates;
        this.baseUri = baseUri;
    }

    /** What a renderer is given to find a document's stylesheets: the engine's own, the sheets already parsed. */
    NamespaceHandler namespaceHandler() {
        return new XhtmlNamespaceHandler() {
            @Override
            public StylesheetInfo[] getStylesheets(Document document) {
                StylesheetInfo[] infos = super.getStylesheets(document);
                List<Object> before = new ArrayList<>();
                for (StylesheetInfo info : infos) {
                    if (info.isInline()) {
                        before.add(info.getContent());
                    } else if (info.getStylesheet() != null || !supply(info, List.copyOf(before))) {
                        break; // what comes before the sheets after it is not known here
                    } else {
                        before.add(info.getStylesheet());
                    }
                }
                return infos;
            }
        };
    }

    /** Gives {@code info} its sheet, parsed now or before; false when it is not the template set's. */
    private boolean supply(StylesheetInfo info, List<Object> before) {
        String uri = new NaiveUserAgent.DefaultUriResolver().resolveURI(baseUri, info.getUri());
        if (uri == null || !uri.startsWith(PdfWriter.SCHEME + ":")) {
            return false;
        }
        Optional<byte[]> css = templates.read(PdfWriter.templateName(uri));
        if (css.isEmpty()) {
            return false;
        }
        info.setUri(uri); // as the engine resolves it before parsing
        if (PARSED.size() > MOST_KEPT) {
            PARSED.clear();
        }
        Parsed sheet = PARSED.compute(new Key(before, uri), (key, known) ->
                known != null && Arrays.equals(known.css(), css.get()) ? known : parse(info, css.get()));
        info.setStylesheet(sheet.sheet());
        return true;
    }

    private static Parsed parse(StylesheetInfo info, byte[] css) {
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(css), StandardCharsets.UTF_8)) {
            return new Parsed(css, new StylesheetFactoryImpl(null).parse(reader, info));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
