package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.briefing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users and scripts meet it: exit codes, messages, output layout. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The bytes {@code render} makes of {@code model} in one language and format, into {@code folder}. */
    static byte[] render(Path model, String language, String format, Path folder) throws java.io.IOException {
        Run run = run("render", model.toString(), "-l", language, "-f", format, "-o", folder.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> files = Files.walk(folder)) {
            return Files.readAllBytes(files.filter(f -> f.toString().endsWith("." + language + "." + format))
                    .findFirst().orElseThrow());
        }
    }

    /** The text of a PDF, white space as single spaces. */
    static String pdfText(Path pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void renderWritesEveryEditionIntoTheLayout() throws Exception {
        Run run = run("render", "samples/kyrgyzstan.yaml", "-o", dir.toString(), "-f", "pdf,html");
        assertThat(run.code()).as(run.err()).isZero();
        for (String language : new String[] {"en", "ru", "ky"}) {
            assertThat(dir.resolve("kg/kg-tip-2020." + language + ".pdf")).isRegularFile();
            assertThat(dir.resolve("kg/kg-tip-2020." + language + ".html")).isRegularFile();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("nothing else written").isEqualTo(6);
        }
    }

    @Test
    void languageAndFormatOptionsChooseTheEditions() {
        Run run = run("render", "samples/kyrgyzstan.yaml", "-o", dir.toString(), "-l", "ru", "-f", "html");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("kg/kg-tip-2020.ru.html")).isRegularFile();
        assertThat(dir.resolve("kg/kg-tip-2020.en.html")).doesNotExist();
        assertThat(dir.resolve("kg/kg-tip-2020.ru.pdf")).doesNotExist();
    }

    @Test
    void aLanguageTheModelLacksIsAnErrorNamingWhatItHas() {
        Run run = run("render", "samples/kyrgyzstan.yaml", "-o", dir.toString(), "-l", "de", "-f", "html");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("no 'de' edition").contains("en, ru, ky");
    }

    @Test
    void letterPaperGivesUsLetterPages() throws Exception {
        Run run = run("render", "samples/kyrgyzstan.yaml", "-o", dir.toString(), "-l", "en", "-f", "pdf",
                "--paper", "letter");
        assertThat(run.code()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("kg/kg-tip-2020.en.pdf").toFile())) {
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void a4IsTheDefaultPaper() throws Exception {
        run("render", "samples/kyrgyzstan.yaml", "-o", dir.toString(), "-l", "en", "-f", "pdf");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("kg/kg-tip-2020.en.pdf").toFile())) {
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void invalidModelExitsOneWithOneLinePerProblemAndWritesNothing() throws Exception {
        Path model = TestModels.write(dir, "bad.yaml", TestModels.VALID.replace("code: KG", "code: XQ")
                .replace("date: 2020-06-25", "date: 2020-02-30"));
        Path out = dir.resolve("out");
        Run run = run("render", model.toString(), "-o", out.toString(), "-f", "pdf");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly(
                model + ":4:9: country.code: 'XQ' is not an ISO 3166-1 alpha-2 country code",
                model + ":7:7: date: '2020-02-30' is not a real date");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void oneBadModelDoesNotStopTheOthers() throws Exception {
        Path bad = TestModels.write(dir, "bad.yaml", "schema: briefing/1\n");
        Run run = run("render", bad.toString(), "samples/ukraine.yaml", "-o", dir.resolve("out").toString(),
                "-f", "html");
        assertThat(run.code()).isEqualTo(1);
        assertThat(dir.resolve("out/ua/ua-ctip-2023-sample.uk.html")).isRegularFile();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("render", "samples/kyrgyzstan.yaml", "--colour", "red");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").contains("--colour");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        Run run = run("render");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("FILE");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = run("render", "samples/kyrgyzstan.yaml", "-f", "odt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("odt");
    }

    @Test
    void missingModelFileIsAFailureNamingIt() {
        Run run = run("render", dir.resolve("absent.yaml").toString(), "-o", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(dir.resolve("absent.yaml") + ": cannot read: no such file");
    }

    @Test
    void validateReportsEveryProblemOfEveryModelInAFolder() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models/nested"));
        TestModels.write(models, "good.yaml", TestModels.VALID);
        TestModels.write(models, "bad.yml", TestModels.VALID.replace("recommendations:", "recomendations:")
                .replace(", ky: Биринчи жетишкендик", ""));
        Run run = run("validate", dir.resolve("models").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("good.yaml: ok");
        assertThat(run.err()).contains("achievements[0].ky: missing translation")
                .contains("unknown field 'recomendations' (did you mean 'recommendations'?)");
    }

    @Test
    void validateSucceedsOnTheSamples() {
        Run run = run("validate", "samples");
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("briefing ");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("render").contains("validate");
    }

    @Test
    void aLanguageWithoutLabelsGetsEnglishLabelsAndAWarning() throws Exception {
        Path model = TestModels.write(dir, "de.yaml", TestModels.VALID
                .replace("languages: [en, ru, ky]", "languages: [en, de]")
                .replaceAll(", ru: [^,}]+, ky: [^,}]+}", ", de: Deutscher Text}")
                .replace("name: {en: Kyrgyz Republic, de: Deutscher Text}", "name: {en: Kyrgyz Republic, de: Kirgisistan}"));
        Run run = run("render", model.toString(), "-o", dir.resolve("out").toString(), "-f", "html", "-l", "de");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().strip()).isEqualTo(model + ": warning: no labels for 'de' in the templates; using English labels");
        String html = Files.readString(dir.resolve("out/kg/kg-test.de.html"));
        assertThat(html).contains("Key achievements").contains("Deutscher Text").contains("Kirgisistan")
                .contains("25. Juni 2020");
    }

    @Test
    void languageTagsThatDifferInCaseOnlyAreRefused() throws Exception {
        Path model = TestModels.write(dir, "case.yaml", TestModels.VALID.replace("languages: [en, ru, ky]",
                "languages: [en, ru, ky, EN]"));
        Run run = run("validate", model.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(model + ":6:25: languages[3]: 'EN' is 'en' again: language tags are the same"
                + " whatever their case");
    }

    @Test
    void aLanguageTagInAnotherCaseIsWrittenInOneCaseAndChosenInAny() throws Exception {
        Path model = TestModels.write(dir, "upper.yaml", TestModels.VALID.replace("languages: [en, ru, ky]",
                "languages: [EN, ru, ky]").replaceAll("\\{en: ", "{EN: "));
        Run run = run("render", model.toString(), "-o", dir.resolve("out").toString(), "-f", "html", "-l", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("out/kg/kg-test.en.html")).isRegularFile();
        try (Stream<Path> files = Files.list(dir.resolve("out/kg"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("kg-test.en.html");
        }
    }

    /** Before, U+2060 WORD JOINER was refused although it was meant to be kept: the fonts have no glyph for it. */
    @Test
    void aWordJoinerIsKeptAndDrawsNothing() throws Exception {
        Path model = TestModels.write(dir, "joiner.yaml", TestModels.VALID.replace("A short summary.",
                "\"Anti\u2060trafficking law.\""));
        Run run = run("render", model.toString(), "-o", dir.resolve("out").toString(), "-f", "pdf,html", "-l", "en");
        assertThat(run.code()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/kg/kg-test.en.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text.replace("\u2060", "")).contains("Antitrafficking law.").doesNotContain("#");
        }
        assertThat(dir.resolve("out/kg/kg-test.en.html")).content().contains("Anti\u2060trafficking law.");
    }
}
