package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.briefing.LongerSummaries;
import org.briefing.TestTemplates;
import org.briefing.html.TemplateSet;
import org.briefing.model.Briefing;
import org.briefing.model.Picture;
import org.briefing.pdf.PdfLines.Line;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the pages of a PDF end, read back from the PDF: no heading is the last line of a page, no
 * word leaves the text area, a heading that begins a page has no space above it (as in the
 * DOCX), and a briefing of two or more pages ends with at least four lines.
 * Checked in every edition, and in briefings whose summary grows a few words at a time, so that
 * every heading of the first page is walked across its end, in several languages.
 */
class PageBreaksTest {
    private static final String[] SECTIONS = {"achievements", "quotes", "recommendations", "background", "links"};
    /** Words added to the summary at each step: about a line of it. */
    private static final int STEP = 10;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void pagesEndWell(PdfEditions.Edition edition) {
        assertPagesEndWell(edition.toString(), PdfLines.of(edition.pdf()), headings(edition.language()));
    }

    /**
     * Each sample's summary grows from its own length by {@code from} words more to {@code to}
     * (every heading of the first page crosses its end); the minimal model's one paragraph grows
     * over the end of the first page, where only that paragraph can fill the last.
     */
    static List<Arguments> walks() {
        return List.of(Arguments.of(Path.of("samples/kazakhstan.yaml"), "en", 0, 400),
                Arguments.of(Path.of("samples/kazakhstan.yaml"), "kk", 0, 320),
                Arguments.of(Path.of("samples/ukraine.yaml"), "uk", 0, 360),
                Arguments.of(Path.of("src/test/resources/models/minimal.yaml"), "ky", 280, 560));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("walks")
    void aHeadingWalkedAcrossThePageEndNeverEndsAPage(Path model, String language, int from, int to)
            throws Exception {
        Briefing sample = PdfEditions.sample(model);
        Set<String> headings = headings(language);
        Map<String, Set<Integer>> pagesOfHeadings = new HashMap<>();
        Set<String> onTheFirstPage = new LinkedHashSet<>();
        int mostPages = 0;
        for (int added = from; added <= to; added += STEP) {
            Briefing variant = LongerSummaries.grown(sample, language, added);
            PdfLines pdf = PdfLines.of(PdfEditions.RENDERER.render(variant, language, Format.PDF, Paper.A4));
            String name = model.getFileName() + " " + language + " with " + added + " words more";
            assertPagesEndWell(name, pdf, headings);
            mostPages = Math.max(mostPages, pdf.pages());
            for (int page = 0; page < pdf.pages(); page++) {
                for (Line line : pdf.onPage(page)) {
                    if (headings.contains(line.text())) {
                        pagesOfHeadings.computeIfAbsent(line.text(), h -> new LinkedHashSet<>()).add(page);
                        if (added == from && page == 0) {
                            onTheFirstPage.add(line.text());
                        }
                    }
                }
            }
        }
        // the walk did what it is for: each heading of the first page went over to the next
        assertThat(mostPages).as("pages at the longest").isGreaterThanOrEqualTo(2);
        for (String heading : onTheFirstPage) {
            assertThat(pagesOfHeadings.get(heading)).as("pages \"%s\" was on", heading).contains(0, 1);
        }
    }

    /**
     * In every edition of the Kyrgyz sample the layout engine sends "Statements" to page 2, to keep
     * it with the quotation after it. It begins that page without space above at the first layout
     * (the space between sections is under the section before, in briefing.css): no second layout,
     * which would cost a third of the PDF's time again.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru", "ky"})
    void aHeadingTheLayoutEngineSendsOverBeginsItsPageAtTheFirstLayout(String language) throws Exception {
        PdfEditions.Edition edition = new PdfEditions.Edition("kyrgyzstan.yaml", language,
                PdfEditions.sample(Path.of("samples/kyrgyzstan.yaml")));
        PdfWriter writer = new PdfWriter(TemplateSet.bundled(), FontSet.bundled(), "briefing test");
        try (PdfLayout layout = writer.layout(edition.xhtml())) {
            PdfLines pdf = PdfLines.of(layout.pdf());
            String statements = PdfEditions.XHTML.messages().get(language, "section.quotes");
            assertThat(pdf.onPage(1).get(0).text()).as("the first line of page 2").isEqualTo(statements);
            assertPagesEndWell(edition.toString(), pdf, headings(language));
            assertThat(layout.layouts()).as("layouts").isEqualTo(1);
        }
    }

    /**
     * A picture without a caption has no lines of text. Walked down to the top of a page, with the
     * first section's heading after it, the heading stays under it: a page is never the picture
     * alone, its heading sent on as if it began the page.
     */
    @Test
    void aHeadingUnderAPictureAtThePageTopStaysWithIt() throws Exception {
        Briefing sample = PdfEditions.sample(Path.of("samples/kazakhstan.yaml"));
        List<Picture> uncaptioned = sample.pictures().stream()
                .map(picture -> new Picture(picture.file(), picture.image(), picture.alt(), null)).toList();
        Briefing pictureThenSections = new Briefing(sample.schema(), sample.id(), sample.country(), sample.languages(),
                sample.date(), sample.classification(), sample.issuer(), sample.title(), sample.shortTitle(),
                sample.summary(), sample.source(), sample.facts(), uncaptioned, List.of(), sample.achievements(),
                sample.quotes(), sample.recommendations(), sample.background(), sample.links(), sample.notes());
        for (int added = 0; added <= 480; added += STEP) {
            Briefing variant = LongerSummaries.grown(pictureThenSections, "en", added);
            byte[] bytes = PdfEditions.RENDERER.render(variant, "en", Format.PDF, Paper.A4);
            PdfLines pdf = PdfLines.of(bytes);
            String name = "kazakhstan.yaml en, picture without caption, " + added + " words more";
            for (int page = 0; page < pdf.pages(); page++) {
                assertThat(pdf.onPage(page)).as("%s: lines on page %d", name, page + 1).isNotEmpty();
            }
            assertPagesEndWell(name, pdf, headings("en"), pagesWithPictures(bytes));
        }
    }

    /**
     * The bug as filed: with the stylesheet of before (10.5 pt over 170 mm), "Background" was the
     * last line of page 1 of the English edition of the Kazakh sample, its rule and text on page 2.
     * The stylesheet asks for it to be kept with what follows (page-break-after: avoid), which the
     * layout engine did not do; whatever the stylesheet, the layout must.
     */
    @Test
    void backgroundNoLongerEndsPageOneOfTheEnglishKazakhEditionWithTheOldStylesheet(@TempDir Path dir)
            throws Exception {
        Path templates = TestTemplates.copy(dir.resolve("templates"));
        for (String file : List.of("briefing.css", "briefing.html")) {
            Files.copy(Path.of("src/test/resources/templates-10.5pt", file), templates.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Renderer renderer = new Renderer(TemplateSet.directory(templates), FontSet.bundled(), "test");
        PdfLines pdf = PdfLines.of(renderer.render(PdfEditions.sample(Path.of("samples/kazakhstan.yaml")), "en",
                Format.PDF, Paper.A4), templates.resolve("briefing.css"));
        assertThat(pdf.onPage(1).get(0).text()).isEqualTo("Background");
        assertPagesEndWell("kazakhstan.yaml en, old stylesheet", pdf, headings("en"));
    }

    static void assertPagesEndWell(String name, PdfLines pdf, Set<String> headings) {
        assertPagesEndWell(name, pdf, headings, Set.of());
    }

    /** The pages (from 0) that draw an image: a heading may begin their text under it. */
    private static Set<Integer> pagesWithPictures(byte[] pdf) throws IOException {
        Set<Integer> pages = new LinkedHashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                PDResources resources = document.getPage(page).getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        pages.add(page);
                    }
                }
            }
        }
        return pages;
    }

    static void assertPagesEndWell(String name, PdfLines pdf, Set<String> headings, Set<Integer> withPictures) {
        PdfLines.TextArea area = pdf.textArea();
        for (Line line : pdf.all()) {
            assertThat(line.left()).as("%s, page %d: \"%s\" starts left of the text area", name, line.page() + 1,
                    line.text()).isGreaterThanOrEqualTo(area.left() - 0.5f);
            assertThat(line.right()).as("%s, page %d: \"%s\" runs past the text area", name, line.page() + 1,
                    line.text()).isLessThanOrEqualTo(area.right() + 0.5f);
        }
        for (int page = 0; page < pdf.pages(); page++) {
            List<Line> lines = pdf.onPage(page);
            if (page > 0 && headings.contains(lines.get(0).text()) && !withPictures.contains(page)) {
                // as in Word: no space above a heading at the top of a page
                assertThat(lines.get(0).baseline() - area.top()).as("%s: heading \"%s\" at the top of page %d", name,
                        lines.get(0).text(), page + 1).isLessThan(1.5f * lines.get(0).size());
            }
            for (int i = 0; i < lines.size(); i++) {
                if (headings.contains(lines.get(i).text())) {
                    assertThat(i + 1).as("%s: heading \"%s\" ends page %d", name, lines.get(i).text(), page + 1)
                            .isLessThan(lines.size());
                }
            }
        }
        if (pdf.pages() >= 2) {
            assertThat(pdf.onPage(pdf.pages() - 1)).as("%s: lines on the last page", name)
                    .hasSizeGreaterThanOrEqualTo(Pagination.LAST_PAGE_LINES);
        }
    }

    /** The section headings of an edition in {@code language}. */
    static Set<String> headings(String language) {
        Set<String> headings = new LinkedHashSet<>();
        for (String section : SECTIONS) {
            headings.add(PdfEditions.XHTML.messages().get(language, "section." + section));
        }
        return headings;
    }
}
