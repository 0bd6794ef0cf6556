package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.docx.DocxParts.w;
import static org.briefing.docx.DocxParts.wAttr;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.briefing.LongerSummaries;
import org.briefing.ModelText;
import org.briefing.html.EditionView;
import org.briefing.markup.InlineMarkup;
import org.briefing.model.Briefing;
import org.briefing.pdf.PdfLines;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Opens every sample DOCX in a real client, LibreOffice, as staff would: it must convert each to
 * PDF, every model text must be in what it lays out, with the page fields filled in, and it must
 * break its pages where the PDF does.
 */
class LibreOfficeTest {
    @TempDir
    static Path folder;
    /** The samples' editions, and those of a briefing long enough for a table of contents. */
    private static List<Editions.Edition> samples;
    /**
     * Those, and two whose summary grew: one the PDF's layout tightened to spare a page, one
     * where it sent a heading over to the next page (so the PDF breaks where a plain layout would not).
     */
    private static List<Editions.Edition> editions;
    private static Editions.Edition tightened;
    private static Editions.Edition headingSentOver;

    @BeforeAll
    static void convertEveryEdition() throws Exception {
        String soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) not installed");
        Path longModel = Path.of("src/test/resources/models/long.yaml");
        Briefing longBriefing = Editions.load(longModel);
        tightened = firstTightened("samples/kyrgyzstan.yaml", "ru");
        headingSentOver = grown("samples/ukraine.yaml", "uk", 130);
        samples = Stream.concat(Editions.all(), longBriefing.languages().stream()
                .map(language -> new Editions.Edition(longModel, longBriefing, language))).toList();
        editions = Stream.concat(samples.stream(), Stream.of(tightened, headingSentOver)).toList();
        List<String> command = new ArrayList<>(List.of(soffice,
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.resolve("pdf").toString()));
        for (Editions.Edition edition : editions) {
            Path docx = folder.resolve(name(edition) + ".docx");
            Files.write(docx, edition.docx());
            command.add(docx.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        for (Editions.Edition edition : editions) {
            assertThat(converted(edition)).as("%s converted; soffice said: %s", edition,
                    Files.readString(folder.resolve("soffice.log"))).exists();
        }
    }

    private static final Pattern NOTE_MARKER = Pattern.compile("\\[\\^([A-Za-z0-9_-]+)]");

    @Test
    void libreOfficeOpensEverySampleAndShowsAllItsText() throws Exception {
        for (Editions.Edition edition : samples) {
            // a hyphenated word (or "2020-жылдын") broken at the line end comes back with a space
            // after the hyphen
            String text = oneLine(extract(converted(edition))).replaceAll("([\\p{L}\\p{N}])- (\\p{L})", "$1-$2");
            EditionView e = edition.view();
            List<String> expected = new ArrayList<>(List.of(e.title().line(), e.countryName().line(), e.date()));
            expected.addAll(e.summary().paragraphs());
            e.achievements().forEach(item -> expected.addAll(item.paragraphs()));
            e.quotes().forEach(q -> {
                expected.addAll(q.text().paragraphs());
                expected.add(q.speaker().line());
            });
            e.recommendations().forEach(item -> expected.addAll(item.paragraphs()));
            e.background().forEach(item -> expected.addAll(item.paragraphs()));
            e.links().forEach(link -> expected.add(link.label().line()));
            if (e.classification() != null) {
                expected.add(e.classification().line());
            }
            Map<String, Integer> noteNumbers = new HashMap<>();
            for (String piece : expected) {
                // a note's marker shows as its number, the notes numbered as the texts first cite them
                Matcher marker = NOTE_MARKER.matcher(piece);
                String numbered = marker.replaceAll(m -> String.valueOf(noteNumbers.computeIfAbsent(m.group(1),
                        id -> noteNumbers.size() + 1)));
                String words = InlineMarkup.plain(numbered);
                assertThat(text).as("%s shows \"%s\"", edition, words).contains(oneLine(words));
            }
            // the footer's fields were computed: page 1 of a real page count
            String label = edition.label("footer.pages");
            String firstPage = label.replace("{page}", "1").replaceAll("\\{pages}.*", "").strip();
            assertThat(text).as("%s footer", edition).containsPattern(
                    java.util.regex.Pattern.quote(firstPage) + " ?[1-9]");
        }
    }

    /**
     * A chart of the DOCX is a live chart LibreOffice draws from the chart's data, not a picture:
     * its title and each series' name are in the text LibreOffice lays out twice, once drawn in
     * the chart and once in the data table under it.
     */
    @Test
    void libreOfficeDrawsEveryChartFromItsData() throws Exception {
        List<Editions.Edition> withCharts = samples.stream().filter(e -> !e.view().charts().isEmpty()).toList();
        assertThat(withCharts).as("a sample has charts").isNotEmpty();
        for (Editions.Edition edition : withCharts) {
            // a title may break after a dash in one and not the other: compared without spaces
            String text = extract(converted(edition)).replaceAll("\\s+", "");
            for (EditionView.ChartView chart : edition.view().charts()) {
                for (String label : Stream.concat(Stream.of(chart.title()), chart.series().stream())
                        .map(EditionView.Text::plain).toList()) {
                    assertThat(text.split(java.util.regex.Pattern.quote(label.replaceAll("\\s+", "")), -1))
                            .as("%s: \"%s\" in the chart and in its table", edition, label).hasSizeGreaterThan(2);
                }
            }
        }
    }

    /**
     * The DOCX paginates as the PDF does: as many pages, lines of body text as far apart (within
     * 5%), and each page beginning where the PDF's does, give or take two lines. Its styles follow
     * the stylesheet size for size and space for space, and it keeps together what the PDF's layout
     * kept together. The two lines: to keep two lines of a paragraph on the next page (widows: 2)
     * the PDF's layout engine sends three where Word and LibreOffice send two, and for a paragraph
     * of four lines that fit three on the page it sends them all where they split them two and two.
     */
    @Test
    void libreOfficeBreaksThePagesWhereThePdfDoes() {
        for (Editions.Edition edition : editions) {
            PdfLines pdf = PdfLines.of(Editions.RENDERER.render(edition.briefing(), edition.language(), Format.PDF,
                    Paper.A4));
            PdfLines docx = PdfLines.of(converted(edition));
            assertThat(docx.pages()).as("%s: pages of the DOCX", edition).isEqualTo(pdf.pages());
            int twoLines = 2 * pdf.charactersPerBodyLine() + pdf.charactersPerBodyLine() / 2;
            String notes = oneLine(String.join(" ", edition.view().notes().stream()
                    .map(note -> InlineMarkup.plain(note.text().line())).toList()));
            // a line of a note (after its number), wherever each format puts the notes
            java.util.function.Predicate<PdfLines.Line> noteLine = line -> {
                String words = oneLine(ModelText.plain(line.text())).replaceFirst("^\\d+\\.?\\s*", "");
                return words.length() > 3 && notes.contains(words);
            };
            for (int page = 1; page < pdf.pages(); page++) {
                assertThat(docx.pageStartsWithout(noteLine).get(page)).as("%s: where page %d begins (PDF: \"%s\", DOCX: \"%s\")",
                        edition, page + 1, pdf.onPage(page).get(0).text(), docx.onPage(page).get(0).text())
                        .isCloseTo(pdf.pageStartsWithout(noteLine).get(page), Offset.offset(twoLines));
            }
            assertThat(docx.bodyLinePitch()).as("%s: body line pitch", edition)
                    .isCloseTo(pdf.bodyLinePitch(), Percentage.withPercentage(5));
        }
    }

    /** The walk went where it is meant to: these variants are what they stand for. */
    @Test
    void theVariantsAreATightenedEditionAndOneWithAHeadingSentOver() {
        Document styles = DocxParts.part(tightened.docx(), "word/styles.xml");
        Element bodyText = w(styles, "style").stream().filter(s -> wAttr(s, "styleId").equals("BodyText"))
                .findFirst().orElseThrow();
        assertThat(wAttr(w(bodyText, "spacing").get(0), "after")).as("tightened: 3.6 pt after").isEqualTo("72");
        PdfLines pdf = PdfLines.of(Editions.RENDERER.render(headingSentOver.briefing(), "uk", Format.PDF, Paper.A4));
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.onPage(1).get(0).text()).as("page 2 starts with a heading")
                .isEqualTo(headingSentOver.label("section.achievements"));
        assertThat(pdf.onPage(0).get(pdf.onPage(0).size() - 1).baseline()).as("room left on page 1")
                .isLessThan(pdf.textArea().bottom() - 3 * pdf.bodyLinePitch());
    }

    /**
     * The edition of {@code model} in {@code language} whose summary grew by the fewest words (in
     * steps of 6, up to 300) for the PDF's layout to tighten its spacing rather than leave a few
     * lines on a page of their own: found, not fixed, so that no change of the samples or the
     * stylesheet quietly turns the variant into an ordinary edition.
     */
    private static Editions.Edition firstTightened(String model, String language) {
        for (int words = 0; words <= 300; words += 6) {
            Editions.Edition edition = grown(model, language, words);
            Document styles = DocxParts.part(edition.docx(), "word/styles.xml");
            Element bodyText = w(styles, "style").stream().filter(s -> wAttr(s, "styleId").equals("BodyText"))
                    .findFirst().orElseThrow();
            if (wAttr(w(bodyText, "spacing").get(0), "after").equals("72")) {
                return edition;
            }
        }
        throw new AssertionError(model + " " + language + ": no growth up to 300 words made the layout tighten");
    }

    /** The edition of {@code model} in {@code language} with {@code words} more words of summary. */
    private static Editions.Edition grown(String model, String language, int words) {
        Path file = Path.of(model);
        Briefing longer = LongerSummaries.grown(Editions.load(file), language, words);
        return new Editions.Edition(Path.of(model.replace(".yaml", "+" + words + ".yaml")), longer, language);
    }

    private static Path converted(Editions.Edition edition) {
        return folder.resolve("pdf").resolve(name(edition) + ".pdf");
    }


    private static String name(Editions.Edition edition) {
        return edition.file().getFileName().toString().replace(".yaml", "") + "." + edition.language();
    }

    private static String extract(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return ModelText.plain(new PDFTextStripper().getText(document));
        }
    }

    /**
     * Line ends in the layout are not part of the text; a double quotation mark, straight in the
     * model, is printed as the language's.
     */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("[“”„«»]", "\"").strip();
    }

    private static String onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).map(Path::toString)
                .findFirst().orElse(null);
    }
}
