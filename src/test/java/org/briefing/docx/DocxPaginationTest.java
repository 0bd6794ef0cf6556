package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.docx.DocxParts.w;
import static org.briefing.docx.DocxParts.wAttr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The DOCX takes what the PDF's layout decided: a long briefing's table of contents (a Word TOC
 * field showing the PDF's pages), tightened spacing, and the end of the text kept together.
 */
class DocxPaginationTest {
    private static final Briefing LONG = Editions.load(Path.of("src/test/resources/models/long.yaml"));

    @Test
    void aLongBriefingHasWordsTableOfContentsShowingThePdfsPages() throws Exception {
        Map<String, Integer> pdfPages = new LinkedHashMap<>();
        try (PDDocument pdf = Loader.loadPDF(Editions.RENDERER.render(LONG, "en", Format.PDF, Paper.A4))) {
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                pdfPages.put(item.getTitle(), pdf.getPages().indexOf(((PDPageDestination) item.getDestination())
                        .getPage()) + 1);
            }
        }
        Document document = DocxParts.part(Editions.RENDERER.render(LONG, "en", Format.DOCX, Paper.A4),
                "word/document.xml");
        List<Element> contents = w(document, "sdt");
        assertThat(contents).hasSize(1);
        assertThat(wAttr(w(contents.get(0), "docPartGallery").get(0), "val")).isEqualTo("Table of Contents");
        assertThat(w(contents.get(0), "instrText").get(0).getTextContent()).contains("TOC \\o \"1-1\" \\h");
        List<String> bookmarks = w(document, "bookmarkStart").stream().map(b -> wAttr(b, "name")).toList();
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (Element link : w(contents.get(0), "hyperlink")) {
            assertThat(bookmarks).as("the heading a line leads to").contains(wAttr(link, "anchor"));
            List<String> texts = w(link, "t").stream().map(Node::getTextContent).toList();
            shown.put(texts.get(0), Integer.parseInt(texts.get(texts.size() - 1)));
        }
        assertThat(shown).isEqualTo(pdfPages);
    }

    @Test
    void aShortBriefingHasNoTableOfContents() {
        Document document = DocxParts.part(Editions.canonical("en").docx(), "word/document.xml");
        assertThat(w(document, "sdt")).isEmpty();
    }

    @Test
    void whereThePdfKeptTheEndTogetherEachParagraphFromThereKeepsWithTheNext() {
        Document xhtml = Editions.RENDERER.xhtml(Editions.canonical("en").briefing(), "en", Paper.A4);
        Element links = null;
        for (Node node = xhtml.getElementsByTagName("section").item(0); node != null; node = node.getNextSibling()) {
            if (node instanceof Element section && section.getAttribute("id").equals("links")) {
                links = (Element) section.getElementsByTagName("h2").item(0);
            }
        }
        links.setAttribute("data-keep-to-end", "");
        Document document = DocxParts.part(Editions.RENDERER.write(xhtml, Format.DOCX), "word/document.xml");
        List<String> kept = new ArrayList<>();
        for (Element paragraph : w(w(document, "body").get(0), "p")) {
            kept.add((w(paragraph, "keepNext").isEmpty() ? "-" : "K") + " " + paragraph.getTextContent());
        }
        int start = indexStartingWith(kept, "K " + links.getTextContent());
        assertThat(start).as("the heading of the last section keeps with the next").isPositive();
        assertThat(kept.subList(start, kept.size() - 1)).allMatch(line -> line.startsWith("K "));
        assertThat(kept.get(kept.size() - 1)).as("the last paragraph").startsWith("- ");
        assertThat(kept.get(start - 1)).as("the paragraph before").startsWith("- ");
    }

    @Test
    void tightenedSpacingIsTheStylesSpacing() {
        Document xhtml = Editions.RENDERER.xhtml(Editions.canonical("en").briefing(), "en", Paper.A4);
        ((Element) xhtml.getElementsByTagName("body").item(0)).setAttribute("class", "tight");
        Document styles = DocxParts.part(Editions.RENDERER.write(xhtml, Format.DOCX), "word/styles.xml");
        Element bodyText = w(styles, "style").stream().filter(s -> wAttr(s, "styleId").equals("BodyText"))
                .findFirst().orElseThrow();
        // briefing.css: p { margin-bottom: 6pt }; body.tight p { margin-bottom: 3.6pt }
        assertThat(wAttr(w(bodyText, "spacing").get(0), "after")).isEqualTo("72");
    }

    private static int indexStartingWith(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
