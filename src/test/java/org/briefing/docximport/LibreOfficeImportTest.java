package org.briefing.docximport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.LibreOfficeEditor;
import org.briefing.render.NotesTest;
import org.briefing.TestModels;
import org.briefing.TestModels;
import org.briefing.edit.ModelFile;
import org.briefing.load.ModelLoader;
import org.briefing.markup.InlineMarkup;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.Paragraphs;
import org.briefing.model.Quote;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Staff edit a generated DOCX in LibreOffice, as a person would, save it as Word, and import it:
 * the model must then be exactly the original with those edits, in that language, and the model
 * file must have changed only where the edited values are. Every sample, every language.
 */
class LibreOfficeImportTest {
    static final Renderer RENDERER = Renderer.bundled("test");
    static final ModelLoader LOADER = new ModelLoader(RENDERER.loadOptions().withAllowFallback(true));
    private static LibreOfficeEditor office;

    @TempDir
    Path dir;

    @BeforeAll
    static void startOffice() throws Exception {
        office = LibreOfficeEditor.start();
    }

    @AfterAll
    static void stopOffice() throws Exception {
        if (office != null) {
            office.close();
        }
    }

    static Stream<Arguments> editions() throws Exception {
        List<Arguments> editions = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (String language : LOADER.load(sample).briefing().languages()) {
                    editions.add(Arguments.of(sample, language));
                }
            }
        }
        return editions.stream();
    }

    /** A copy of {@code sample}, its DOCX in {@code language}, and the model as loaded. */
    private record Setup(Path model, Path docx, Briefing briefing) {
    }

    private Setup setUp(Path sample, String language) throws Exception {
        Path model = dir.resolve(sample.getFileName());
        TestModels.copySample(sample, model);
        return rendered(model, language);
    }

    /** A model of {@code yaml} called {@code name}, its DOCX in {@code language}, and the model as loaded. */
    private Setup setUp(String yaml, String name, String language) throws Exception {
        Path model = dir.resolve(name);
        Files.writeString(model, yaml);
        return rendered(model, language);
    }

    private Setup rendered(Path model, String language) throws Exception {
        Briefing briefing = LOADER.load(model).briefing();
        Path docx = dir.resolve(language + ".docx");
        Files.write(docx, RENDERER.render(briefing, language, Format.DOCX, Paper.A4));
        return new Setup(model, docx, briefing);
    }

    /** What importing {@code edited}, a copy of the model's DOCX, into {@code model} did. */
    private static ImportReport imported(Path edited, Path model) throws Exception {
        return new DocxImport(RENDERER, LOADER).run(edited, model, DocxImport.Options.defaults());
    }

    /** A text's words as a person sees them in the document: no inline syntax. */
    private static String shown(LocalizedText text, String language) {
        return String.join(" ", Paragraphs.of(InlineMarkup.plain(text.in(language).orElseThrow())));
    }

    private static Map<String, Object> step(Object... keysAndValues) {
        Map<String, Object> step = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            step.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return step;
    }

    /** A word from the middle of a text, to change inside it. */
    private static String middleWord(String text) {
        String[] words = text.split("[\\s,.;:«»“”\"()—-]+");
        return Arrays.stream(words, 1, Math.max(2, words.length - 1)).max(Comparator.comparingInt(String::length))
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void wordsChangedItemsAddedAndDeletedTitleAndQuoteRetypedComeBackExactly(Path sample, String language)
            throws Exception {
        Setup setup = setUp(sample, language);
        Briefing before = setup.briefing();
        List<LocalizedText> achievements = before.achievements();
        String second = shown(achievements.get(1), language);
        String word = middleWord(second);
        String newAchievement = "A new achievement typed in LibreOffice.";
        List<Map<String, Object>> steps = new ArrayList<>(List.of(
                step("op", "replace", "find", word, "with", "EDITED"),
                step("op", "enter_after", "containing", shown(achievements.get(achievements.size() - 1), language),
                        "text", newAchievement),
                step("op", "delete", "containing", shown(achievements.get(0), language)),
                step("op", "retype", "paragraph", shown(before.title(), language), "text", "A new title")));
        if (!before.quotes().isEmpty()) {
            steps.add(step("op", "retype", "containing", Paragraphs.of(before.quotes().get(0).text().in(language)
                    .orElseThrow()).get(0), "text", "Retyped words of the quotation."));
        }
        Path edited = dir.resolve("edited.docx");
        office.edit(setup.docx(), edited, steps);

        ImportReport report = imported(edited, setup.model());

        List<LocalizedText> expectedAchievements = new ArrayList<>(achievements);
        expectedAchievements.set(1, ModelProjection.edited(achievements.get(1), language,
                Paragraphs.of(achievements.get(1).in(language).orElseThrow()).get(0).replaceFirst(
                        java.util.regex.Pattern.quote(word), "EDITED")));
        List<Quote> quotes = new ArrayList<>(before.quotes());
        if (!quotes.isEmpty()) {
            Quote quote = quotes.get(0);
            quotes.set(0, new Quote(quote.speaker(), quote.role(),
                    ModelProjection.edited(quote.text(), language, "Retyped words of the quotation.")));
        }
        Briefing expected = new Briefing(before.schema(), before.id(), before.country(), before.languages(),
                before.date(), before.classification(), before.issuer(),
                ModelProjection.edited(before.title(), language, "A new title"), before.shortTitle(),
                before.summary(), before.source(), before.facts(), before.pictures(), before.charts(),
                ModelProjection.without(expectedAchievements, 0,
                List.of(LocalizedText.of(Map.of(language, newAchievement)))), quotes, before.recommendations(),
                before.background(), before.links(), before.notes());
        Briefing after = LOADER.load(setup.model()).briefing();
        assertThat(ModelProjection.of(after)).as(report.notImported().toString())
                .isEqualTo(ModelProjection.of(expected));
        assertThat(report.notImported()).isEmpty();
        assertOnlyTheseValuesChanged(sample, setup.model(), "title", "achievements",
                quotes.isEmpty() ? "title" : "quotes[0].text");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void aDocumentOpenedAndSavedUneditedImportsAsNoChange(Path sample, String language) throws Exception {
        Setup setup = setUp(sample, language);
        Path saved = dir.resolve("saved.docx");
        office.edit(setup.docx(), saved, List.of());
        ImportReport report = imported(saved, setup.model());
        assertThat(report.changes()).isEmpty();
        assertThat(report.notImported()).isEmpty();
        assertThat(Files.readAllBytes(setup.model())).isEqualTo(Files.readAllBytes(sample));
    }

    /**
     * A person changes a value in LibreOffice's chart editor: the DOCX it saves has the chart's
     * new value, the chart being a chart of data, not a picture; its import says the value was
     * not imported.
     */
    @Test
    void aValueChangedInLibreOfficesChartEditorIsSavedInTheChart() throws Exception {
        Setup setup = setUp(Path.of("samples/kazakhstan.yaml"), "ru");
        Path saved = dir.resolve("saved.docx");
        office.edit(setup.docx(), saved, List.of(step("op", "chart_value", "series", "Расследования", "row", 0,
                "value", 99)));
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(saved))) {
            XWPFChart bars = docx.getCharts().stream()
                    .filter(chart -> chart.getCTChart().xmlText().contains("Расследования")).findFirst().orElseThrow();
            XDDFChartData.Series investigations = bars.getChartSeries().get(0).getSeries(0);
            assertThat(investigations.getValuesData().getPointAt(0).doubleValue()).isEqualTo(99);
            assertThat(investigations.getValuesData().getPointAt(1).doubleValue()).isEqualTo(71);
        }
        // the model's charts are its data: the import leaves them, and says so
        String before = Files.readString(setup.model());
        ImportReport report = imported(saved, setup.model());
        assertThat(report.notImported()).extracting(ImportReport.NotImported::what)
                .containsExactly("charts[0] had values changed in the DOCX; change them in the model (charts are not"
                        + " imported)");
        assertThat(Files.readString(setup.model())).isEqualTo(before);
    }

    /**
     * A long briefing's DOCX has a table of contents (a field Word computes): saved by LibreOffice,
     * which keeps it as its own index, it is not read as text of the model.
     */
    @Test
    void theTableOfContentsOfALongBriefingIsNotReadAsText() throws Exception {
        Path sample = Path.of("src/test/resources/models/long.yaml");
        Setup setup = setUp(sample, "en");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(setup.docx().toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).as("a table of contents").contains("Table of Contents");
        }
        Path saved = dir.resolve("saved.docx");
        String background = shown(setup.briefing().background().get(0), "en");
        office.edit(setup.docx(), saved, List.of(step("op", "replace", "find", middleWord(background), "with",
                "EDITED")));
        ImportReport report = imported(saved, setup.model());
        assertThat(report.notImported()).isEmpty();
        assertThat(report.changes()).hasSize(1);
        assertThat(report.changes().get(0).path()).isEqualTo("background[0]");
    }

    @Test
    void aMovedItemASplitParagraphTextAtTheEdgesAndACopiedItemAreReadAsAPersonMeantThem() throws Exception {
        Path sample = Path.of("samples/kyrgyzstan.yaml");
        Setup setup = setUp(sample, "ru");
        Briefing before = setup.briefing();
        List<LocalizedText> achievements = before.achievements();
        List<LocalizedText> recommendations = before.recommendations();
        String third = shown(achievements.get(2), "ru");
        String fourth = shown(achievements.get(3), "ru");
        String summary = shown(before.summary(), "ru");
        String splitAt = "В докладе этого года";
        office.edit(setup.docx(), dir.resolve("edited.docx"), List.of(
                step("op", "move_after", "containing", third, "after", shown(achievements.get(6), "ru")),
                step("op", "type_at_start", "containing", fourth, "text", "Впервые: "),
                step("op", "type_at_end", "containing", fourth, "text", " (2019)"),
                step("op", "split", "containing", summary.substring(0, 30), "before", splitAt),
                step("op", "copy_after", "containing", shown(recommendations.get(1), "ru"),
                        "after", shown(recommendations.get(2), "ru"))));

        ImportReport report = imported(dir.resolve("edited.docx"), setup.model());

        List<LocalizedText> expectedAchievements = new ArrayList<>(achievements);
        expectedAchievements.set(3, ModelProjection.edited(achievements.get(3), "ru", "Впервые: " + fourth + " (2019)"));
        LocalizedText moved = expectedAchievements.remove(2);
        expectedAchievements.add(moved);
        List<LocalizedText> expectedRecommendations = new ArrayList<>(recommendations);
        expectedRecommendations.add(LocalizedText.of(Map.of("ru", shown(recommendations.get(1), "ru"))));
        int at = summary.indexOf(splitAt);
        Briefing expected = new Briefing(before.schema(), before.id(), before.country(), before.languages(),
                before.date(), before.classification(), before.issuer(), before.title(), before.shortTitle(),
                ModelProjection.edited(before.summary(), "ru",
                summary.substring(0, at).strip() + "\n\n" + summary.substring(at)), before.source(), before.facts(),
                before.pictures(), before.charts(), expectedAchievements, before.quotes(), expectedRecommendations,
                before.background(), before.links(), before.notes());
        assertThat(ModelProjection.of(LOADER.load(setup.model()).briefing()))
                .as(report.changes() + " " + report.notImported()).isEqualTo(ModelProjection.of(expected));
        assertThat(report.notImported()).isEmpty();
        assertThat(report.changes()).extracting(ImportReport.Change::kind).contains(ImportReport.Kind.REORDERED,
                ImportReport.Kind.ADDED, ImportReport.Kind.CHANGED);
    }

    static final String MARKED_UP = """
            schema: briefing/1.1
            id: marked-up
            country: {code: KG, name: {en: Kyrgyz Republic}}
            languages: [en]
            date: 2020-06-25
            title: {en: "The *new* mechanism"}
            summary:
              en: |-
                The report is **annual** and [published online](https://www.state.gov/tip/).\\
                A second line & a list: 1. not a list.
            achievements:
              - {en: "An *emphasised* achievement, and snake_case_words * 3"}
              - {en: "A plain achievement about the national referral mechanism"}
            quotes: []
            recommendations:
              - {en: "Keep funding the shelters"}
            """;

    @Test
    void formattingAPersonGivesWordsComesHomeInTheInlineSyntax() throws Exception {
        Setup setup = setUp(MARKED_UP, "marked-up.yaml", "en");
        Path model = setup.model();
        Path docx = setup.docx();
        Briefing before = setup.briefing();
        office.edit(docx, dir.resolve("saved.docx"), List.of());
        ImportReport unedited = imported(dir.resolve("saved.docx"), model);
        assertThat(unedited.changes()).as("opened and saved, unedited").isEmpty();

        office.edit(docx, dir.resolve("edited.docx"), List.of(
                step("op", "format", "find", "national referral", "bold", true),
                step("op", "format", "find", "emphasised", "italic", false),
                step("op", "link", "find", "the shelters", "url", "https://example.org/shelters"),
                step("op", "line_break", "before", "about the"),
                step("op", "enter_after", "containing", "Keep funding", "text", "A new recommendation"),
                step("op", "format", "find", "new recommendation", "italic", true)));
        ImportReport report = imported(dir.resolve("edited.docx"), model);

        Briefing after = LOADER.load(model).briefing();
        assertThat(report.notImported()).isEmpty();
        assertThat(after.achievements()).extracting(text -> text.in("en").orElseThrow()).containsExactly(
                "An emphasised achievement, and snake_case_words * 3",
                "A plain achievement\\\nabout the **national referral** mechanism");
        assertThat(after.recommendations()).extracting(text -> text.in("en").orElseThrow()).containsExactly(
                "Keep funding [the shelters](https://example.org/shelters)", "A *new recommendation*");
        assertThat(after.summary()).isEqualTo(before.summary());
        assertThat(after.title()).isEqualTo(before.title());
    }

    @Test
    void footnotesComeHomeAsNotesAndTheirCitationsAsMarkers() throws Exception {
        Setup setup = setUp(NotesTest.WITH_NOTES, "notes.yaml", "ru");
        Path model = setup.model();
        Path docx = setup.docx();
        Briefing before = setup.briefing();
        office.edit(docx, dir.resolve("saved.docx"), List.of());
        ImportReport unedited = imported(dir.resolve("saved.docx"), model);
        assertThat(unedited.changes()).as("opened and saved, unedited").isEmpty();
        assertThat(unedited.notImported()).isEmpty();

        // the second note cited reworded in its footnote
        office.edit(docx, dir.resolve("edited.docx"), List.of(
                step("op", "replace", "find", "Госдепартамент США", "with", "Государственный департамент США")));
        ImportReport report = imported(dir.resolve("edited.docx"), model);
        assertThat(report.notImported()).isEmpty();
        Briefing after = LOADER.load(model).briefing();
        assertThat(after.notes().get(0).text().in("ru"))
                .contains("Государственный департамент США, *Доклад о торговле людьми*, 2020.");
        assertThat(after.notes().get(1)).isEqualTo(before.notes().get(1));
        assertThat(after.summary()).isEqualTo(before.summary());
        assertThat(after.achievements()).isEqualTo(before.achievements());

        // a footnote deleted in the Russian edition only: its note would be cited in English and not in
        // Russian, which the model cannot hold; the import says so and writes nothing
        String kept = Files.readString(model);
        office.edit(dir.resolve("edited.docx"), dir.resolve("deleted.docx"), List.of(
                step("op", "delete_footnote", "number", 2)));
        assertThatThrownBy(() -> imported(dir.resolve("deleted.docx"), model)).isInstanceOf(ImportException.class)
                .hasMessageContaining("summary.ru: cites notes [^unodc] where summary.en cites [^unodc], [^tip]");
        assertThat(Files.readString(model)).isEqualTo(kept);
    }

    @Test
    void aModelWithoutTheInlineSyntaxKeepsItsCharactersAndIsToldOfFormattingItCannotHold() throws Exception {
        Setup setup = setUp(MARKED_UP.replace("schema: briefing/1.1", "schema: briefing/1"), "literal.yaml", "en");
        Path model = setup.model();
        Path docx = setup.docx();
        Briefing before = setup.briefing();
        office.edit(docx, dir.resolve("edited.docx"), List.of(
                step("op", "format", "find", "national referral", "bold", true),
                step("op", "type_at_end", "containing", "Keep funding", "text", " *now*")));
        ImportReport report = imported(dir.resolve("edited.docx"), model);

        assertThat(report.notImported()).extracting(ImportReport.NotImported::what).singleElement()
                .asString().startsWith("bold, italic, a link or a line break in achievements[1]");
        String file = Files.readString(model);
        assertThat(file).contains("An *emphasised* achievement, and snake_case_words * 3")
                .contains("A plain achievement about the national referral mechanism")
                .contains("Keep funding the shelters *now*");
        assertThat(LOADER.load(model).briefing().recommendations().get(0).in("en"))
                .contains("Keep funding the shelters \\*now\\*");
    }

    /**
     * Every line of the model file outside the values of {@code paths} (each with the lines just
     * after it, where an outdated mark is added) is as it was, in order.
     */
    static void assertOnlyTheseValuesChanged(Path original, Path edited, String... paths) throws Exception {
        ModelFile before = ModelFile.read(original, LOADER);
        List<int[]> allowed = new ArrayList<>();
        for (String path : paths) {
            int[] lines = before.lines(path);
            assertThat(lines).as(path).isNotNull();
            allowed.add(new int[] {lines[0], lines[1] + 1});
        }
        List<String> oldLines = Files.readAllLines(original);
        List<String> newLines = Files.readAllLines(edited);
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
            int first = delta.getSource().getPosition() + 1;
            int last = first + Math.max(delta.getSource().size(), 1) - 1;
            assertThat(allowed).as("lines %d-%d changed: %s", first, last, delta)
                    .anyMatch(range -> range[0] <= first && last <= range[1]);
        }
    }
}
