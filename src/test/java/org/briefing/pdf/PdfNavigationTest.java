package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.ModelText;
import org.briefing.markup.InlineMarkup;
import org.briefing.markup.Span;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.ModelTexts;
import org.briefing.model.Paragraphs;
import org.briefing.pdf.PdfEditions.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/** Bookmarks lead to the sections, links open their web pages and describe themselves. */
class PdfNavigationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void hasABookmarkForEverySectionInOrderLeadingToItsPage(Edition edition) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPage target = ((PDPageDestination) item.getDestination()).getPage();
                assertThat(textOf(pdf, pdf.getPages().indexOf(target))).as("page of bookmark %s", item.getTitle())
                        .contains(item.getTitle());
            }
            assertThat(titles).isEqualTo(sectionHeadings(edition)).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void everyWebAddressIsALinkDescribedForScreenReaders(Edition edition) throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
                    PDAnnotationLink link = (PDAnnotationLink) annotation;
                    if (link.getAction() instanceof PDActionGoTo) {
                        continue; // a line of the table of contents: see below
                    }
                    assertThat(link.getAction()).isInstanceOf(PDActionURI.class);
                    links.put(((PDActionURI) link.getAction()).getURI(), link.getContents());
                }
            }
        }
        assertThat(links).isEqualTo(expectedLinks(edition.briefing(), edition.language()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void aBriefingOfMoreThanThreePagesListsItsSectionsWithTheirPages(Edition edition) throws IOException {
        String heading = PdfEditions.XHTML.messages().get(edition.language(), "toc.title");
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            String firstPage = textOf(pdf, 0);
            if (pdf.getNumberOfPages() <= TableOfContents.PAGES_WITHOUT) {
                assertThat(firstPage).doesNotContain(heading + " ");
                return;
            }
            assertThat(firstPage).contains(heading + " ");
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                int page = pdf.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
                assertThat(firstPage).containsPattern(java.util.regex.Pattern.quote(item.getTitle()) + " ?\\.+ ?" + page + " ");
            }
        }
    }

    /** A reader on screen clicks a line of the table of contents and is taken to its section. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void eachLineOfTheTableOfContentsLeadsToItsSectionAndSaysWhere(Edition edition) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            List<String> described = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    String title = link.getContents();
                    if (!titles.contains(title)) {
                        continue; // a note's marker, which leads to its note (NotesTest)
                    }
                    PDPage target = ((PDPageDestination) goTo.getDestination()).getPage();
                    assertThat(textOf(pdf, pdf.getPages().indexOf(target))).as("page \"%s\" leads to", title)
                            .contains(title);
                    if (!described.contains(title)) {
                        described.add(title);
                    }
                }
            }
            assertThat(described).isEqualTo(pdf.getNumberOfPages() > TableOfContents.PAGES_WITHOUT ? titles
                    : List.of());
        }
    }

    @Test
    void theLongTestModelIsLongEnoughForATableOfContents() throws Exception {
        // otherwise the test above would check no table of contents at all
        try (PDDocument pdf = Loader.loadPDF(PdfEditions.testModel("long.yaml", "ky").pdf())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(TableOfContents.PAGES_WITHOUT);
        }
    }

    /** Each URL of the model with the words the template gives its anchor as title. */
    private static Map<String, String> expectedLinks(Briefing b, String language) {
        Map<String, String> links = new LinkedHashMap<>();
        if (b.source() != null && b.source().url() != null) {
            LocalizedText title = b.source().title();
            links.put(b.source().url(), title == null ? b.source().url() : in(title, b, language));
        }
        b.links().forEach(link -> links.putIfAbsent(link.url(), in(link.label(), b, language)));
        // links inside texts, described by their words
        ModelTexts.texts(b).values().forEach(text -> {
            String words = text.in(language).or(() -> text.in(b.defaultLanguage())).orElseThrow();
            for (String paragraph : Paragraphs.of(words)) {
                inlineLinks(InlineMarkup.parse(paragraph), links);
            }
        });
        return links;
    }

    private static void inlineLinks(List<Span> spans, Map<String, String> links) {
        for (Span span : spans) {
            if (span instanceof Span.Link link) {
                StringBuilder words = new StringBuilder();
                InlineMarkup.plain(link.content(), words);
                links.putIfAbsent(link.href(), ModelText.collapse(words.toString()));
            } else if (span instanceof Span.Emphasis emphasis) {
                inlineLinks(emphasis.content(), links);
            } else if (span instanceof Span.Strong strong) {
                inlineLinks(strong.content(), links);
            }
        }
    }

    private static String in(LocalizedText text, Briefing b, String language) {
        return ModelText.collapse(InlineMarkup.plain(text.in(language).or(() -> text.in(b.defaultLanguage()))
                .orElseThrow()));
    }

    private static List<String> sectionHeadings(Edition edition) {
        List<String> headings = new ArrayList<>();
        NodeList h2 = edition.xhtml().getElementsByTagName("h2");
        for (int i = 0; i < h2.getLength(); i++) {
            headings.add(h2.item(i).getTextContent().strip());
        }
        return headings;
    }

    private static String textOf(PDDocument pdf, int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return ModelText.collapse(stripper.getText(pdf));
    }
}
