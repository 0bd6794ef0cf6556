package org.briefing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a screen reader gets from a tagged PDF, read back with PDFBox: the text of the marked
 * content that the structure tree refers to, element by element in the tree's order. Artifacts
 * (the banners, running header and footer) are marked content no element refers to, so they
 * are not in it.
 */
public final class TaggedText {
    /** A structure element's own text: its type, its language (or null) and the words. */
    public record Element(String type, String language, String text) {
    }

    private TaggedText() {
    }

    /** Every structure element that holds text of its own, in the tree's order. */
    public static List<Element> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            List<Element> found = new ArrayList<>();
            walk(document.getDocumentCatalog().getStructureTreeRoot(), null, document, texts, found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, PDPage inherited, PDDocument document,
                             Map<PDPage, Map<Integer, String>> texts, List<Element> found) throws IOException {
        PDPage page = node instanceof PDStructureElement element && element.getPage() != null
                ? element.getPage() : inherited;
        StringBuilder own = new StringBuilder();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement child) {
                walk(child, page, document, texts, found);
            } else if (kid instanceof Integer mcid && page != null) {
                own.append(texts(page, texts).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                own.append(texts(on, texts).getOrDefault(reference.getMCID(), ""));
            }
        }
        if (node instanceof PDStructureElement element && !own.toString().isBlank()) {
            found.add(new Element(element.getStructureType(), element.getLanguage(), own.toString()));
        }
    }

    /** The text of each marked content sequence of {@code page} by its MCID. */
    private static Map<Integer, String> texts(PDPage page, Map<PDPage, Map<Integer, String>> cache)
            throws IOException {
        Map<Integer, String> texts = cache.get(page);
        if (texts == null) {
            PDFMarkedContentExtractor extractor = new NamedPropertiesExtractor();
            extractor.processPage(page);
            texts = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, texts);
            }
            cache.put(page, texts);
        }
        return texts;
    }

    /**
     * An extractor that finds the MCID of marked content whose properties are named ({@code /Span
     * /Prop47 BDC}, as the PDF writer writes them): PDFBox's own takes the name for the tag and
     * sees no properties.
     */
    private static final class NamedPropertiesExtractor extends PDFMarkedContentExtractor {
        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            PDPropertyList named = properties == null && tag != null && getResources() != null
                    ? getResources().getProperties(tag) : null;
            super.beginMarkedContentSequence(tag, named != null ? named.getCOSObject() : properties);
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text.toString(), String::concat);
        }
    }
}
