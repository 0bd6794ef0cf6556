package org.briefing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.ModelText;
import org.briefing.TestModels;
import org.briefing.html.TemplateSet;
import org.briefing.load.Problem;
import org.briefing.pdf.FontSet;
import org.briefing.render.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Batch runs through the library: isolation, manifest, incremental skips, edit protection. */
class BatchRunnerTest {
    private static final BatchRunner BUNDLED = new BatchRunner(TemplateSet.bundled(), FontSet.bundled(), "test");

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private BatchOptions options(Path... paths) {
        return BatchOptions.defaults(List.of(paths), out()).withThreads(2).withFormats(List.of(Format.PDF, Format.HTML));
    }

    /** The samples in English only: every sample has it, and it keeps the tests quick. */
    private BatchOptions english(Path... paths) {
        return options(paths).withLanguages(List.of("en"));
    }

    @Test
    void oneBadModelFailsAloneAndEveryOtherOutputIsMadeAndRecorded() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        Path broken = TestModels.write(Files.createDirectories(models.resolve("nested")), "broken.yaml",
                TestModels.VALID.replace("date: 2020-06-25", "date: 2020-02-30"));
        List<DocumentEvent> events = new ArrayList<>();
        int[] planned = {-1};
        BatchResult result = BUNDLED.run(options(models), new BatchListener() {
            @Override
            public void planned(int documents) {
                planned[0] = documents;
            }

            @Override
            public void settled(DocumentEvent event) {
                events.add(event);
            }
        });

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failures()).extracting(Problem::format)
                .containsExactly(broken + ":7:7: date: '2020-02-30' is not a real date");
        assertThat(result.made()).isEqualTo(20); // kz 3, kg 3, rs 2, ua 2 editions, pdf and html each
        assertThat(planned[0]).isEqualTo(20);
        assertThat(events).hasSize(20).allMatch(event -> event.status() == DocumentEvent.Status.MADE);

        JsonNode manifest = BatchFixture.manifest(out());
        assertThat(manifest.path("toolVersion").asString()).isEqualTo("test");
        assertThat(manifest.path("outputs")).hasSize(20);
        for (JsonNode entry : manifest.path("outputs")) {
            Path file = out().resolve(entry.path("path").asString());
            assertThat(BatchFixture.sha256(file)).as(entry.toString()).isEqualTo(entry.path("outputSha256").asString());
            assertThat(entry.path("inputsSha256").asString()).hasSize(64);
        }
        JsonNode ruPdf = BatchFixture.entry(out(), "kg/kg-tip-2020.ru.pdf");
        assertThat(ruPdf.path("model").asString()).isEqualTo("../models/kyrgyzstan.yaml");
        assertThat(ruPdf.path("language").asString()).isEqualTo("ru");
        assertThat(ruPdf.path("format").asString()).isEqualTo("pdf");
        // 20 documents, the manifest, and the lock that keeps runs on one folder apart
        assertThat(BatchFixture.files(out())).hasSize(22).contains("manifest.json", ".briefing.lock",
                "kg/kg-tip-2020.ru.pdf", "rs/rs-ctip-2024-sample.sr-Cyrl.html");
    }

    @Test
    void aSecondRunSkipsEverythingAndTouchesNoFile() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BUNDLED.run(english(models), BatchListener.NONE);
        Map<String, FileTime> before = modificationTimes();
        byte[] manifest = Files.readAllBytes(out().resolve("manifest.json"));

        BatchResult again = BUNDLED.run(english(models), BatchListener.NONE);

        assertThat(again.made()).isZero();
        assertThat(again.upToDate()).isEqualTo(8);
        assertThat(again.succeeded()).isTrue();
        assertThat(modificationTimes()).isEqualTo(before);
        assertThat(out().resolve("manifest.json")).hasBinaryContent(manifest);
    }

    @Test
    void aChangedModelRebuildsOnlyItsOwnOutputs() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BUNDLED.run(english(models), BatchListener.NONE);
        moveUkraineByADay(models.resolve("ukraine.yaml"));

        BatchResult again = BUNDLED.run(english(models), BatchListener.NONE);

        assertThat(again.made()).isEqualTo(2);
        assertThat(again.upToDate()).isEqualTo(6);
        assertThat(ukraineInEnglish()).contains("19 October 2023");
    }

    @Test
    void aModelKeptFromPlanningIsRenderedAsPlannedThoughItsFileChangesAndTheNextRunMakesItAgain() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));

        BatchResult result = BUNDLED.run(english(models), changing(models.resolve("ukraine.yaml")));

        assertThat(result.failures()).isEmpty();
        assertThat(result.made()).isEqualTo(8);
        assertThat(ukraineInEnglish()).contains("18 October 2023");
        BatchResult again = BUNDLED.run(english(models), BatchListener.NONE);
        assertThat(again.made()).isEqualTo(2);
        assertThat(ukraineInEnglish()).contains("19 October 2023");
    }

    @Test
    void aModelReadAgainToRenderFailsWhenItsFileChangedAfterPlanningAndTheOthersAreMade() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        Path ukraine = models.resolve("ukraine.yaml");

        BatchResult result = BUNDLED.keepingModelsUpTo(0).run(english(models), changing(ukraine));

        assertThat(result.failures()).extracting(Problem::format).containsExactlyInAnyOrder(
                ukraine + ": ua/ua-ctip-2023-sample.en.pdf: the model file changed during the run; run again",
                ukraine + ": ua/ua-ctip-2023-sample.en.html: the model file changed during the run; run again");
        assertThat(result.made()).isEqualTo(6);
        assertThat(out().resolve("ua")).doesNotExist();
    }

    /** The Ukrainian sample's English edition as made, as plain text. */
    private String ukraineInEnglish() throws Exception {
        return ModelText.plain(Files.readString(out().resolve("ua/ua-ctip-2023-sample.en.html")));
    }

    /** The Ukrainian sample's date, 18 October 2023, made the 19th. */
    private static void moveUkraineByADay(Path ukraine) throws Exception {
        replaceIn(ukraine, "date: 2023-10-18", "date: 2023-10-19");
    }

    /** A listener that moves the Ukrainian {@code model}'s date once every model is planned, before any is rendered. */
    private BatchListener changing(Path model) {
        return new BatchListener() {
            @Override
            public void planned(int documents) {
                try {
                    moveUkraineByADay(model);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Test
    void aChangedStylesheetRebuildsEverything() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        Path templates = copyTemplates();
        new BatchRunner(TemplateSet.directory(templates), FontSet.bundled(), "test").run(english(models),
                BatchListener.NONE);
        Files.writeString(templates.resolve("briefing.css"), "\nh1 { letter-spacing: 0.5pt; }\n",
                java.nio.file.StandardOpenOption.APPEND);

        BatchResult again = new BatchRunner(TemplateSet.directory(templates), FontSet.bundled(), "test")
                .run(english(models), BatchListener.NONE);

        assertThat(again.made()).isEqualTo(8);
        assertThat(again.upToDate()).isZero();
    }

    @Test
    void anOptionThatChangesOutputRebuilds() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BUNDLED.run(english(models), BatchListener.NONE);
        BatchResult letter = BUNDLED.run(english(models).withPaper(org.briefing.render.Paper.LETTER),
                BatchListener.NONE);
        assertThat(letter.made()).isEqualTo(8);
    }

    @Test
    void anEditedOutputIsKeptAndTheNewVersionWrittenBesideIt() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BUNDLED.run(english(models), BatchListener.NONE);
        Path edited = out().resolve("kg/kg-tip-2020.en.pdf");
        byte[] editedBytes = appendTo(edited, "% edited by a person\n");
        replaceIn(models.resolve("kyrgyzstan.yaml"), "date: 2020-06-25", "date: 2020-06-26");

        BatchResult again = BUNDLED.run(english(models), BatchListener.NONE);

        assertThat(edited).hasBinaryContent(editedBytes);
        Path newVersion = out().resolve("kg/kg-tip-2020.en.new.pdf");
        assertThat(again.protectedFiles()).containsExactly(new ProtectedFile(edited, newVersion, true,
                models.resolve("kyrgyzstan.yaml")));
        assertThat(again.made()).isEqualTo(1); // the html
        assertThat(again.succeeded()).isTrue();
        try (PDDocument pdf = Loader.loadPDF(newVersion.toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
        assertThat(BatchFixture.entry(out(), "kg/kg-tip-2020.en.new.pdf").isMissingNode()).isTrue();

        BatchResult third = BUNDLED.run(english(models), BatchListener.NONE);
        assertThat(third.protectedFiles()).as("still edited on the next run").hasSize(1);
        assertThat(edited).hasBinaryContent(editedBytes);

        BatchResult forced = BUNDLED.run(english(models).withForce(true), BatchListener.NONE);
        assertThat(forced.protectedFiles()).isEmpty();
        assertThat(forced.made()).isEqualTo(8);
        assertThat(Files.readAllBytes(edited)).isNotEqualTo(editedBytes);
        assertThat(BatchFixture.entry(out(), "kg/kg-tip-2020.en.pdf").path("outputSha256").asString())
                .isEqualTo(BatchFixture.sha256(edited));
    }

    @Test
    void anEditedOutputIsKeptEvenWhenNothingElseChanged() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BUNDLED.run(english(models), BatchListener.NONE);
        Path edited = out().resolve("ua/ua-ctip-2023-sample.en.html");
        byte[] editedBytes = appendTo(edited, "<!-- edited -->");

        BatchResult again = BUNDLED.run(english(models), BatchListener.NONE);

        assertThat(edited).hasBinaryContent(editedBytes);
        assertThat(again.protectedFiles()).extracting(ProtectedFile::output).containsExactly(edited);
        assertThat(out().resolve("ua/ua-ctip-2023-sample.en.new.html")).isRegularFile();
        assertThat(again.upToDate()).isEqualTo(7);
    }

    @Test
    void outputsNotInTheManifestAreProtectedUnlessTheyHoldTheSameBytes() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BUNDLED.run(english(models), BatchListener.NONE);
        Files.delete(out().resolve("manifest.json"));
        Path changed = out().resolve("kg/kg-tip-2020.en.pdf");
        byte[] edited = Files.readAllBytes(changed);
        edited[edited.length / 2] ^= 1;
        Files.write(changed, edited);

        BatchResult again = BUNDLED.run(english(models), BatchListener.NONE);

        // PDF and HTML come out byte for byte the same, so an unknown file with our bytes is
        // simply recorded; one with other bytes may be someone's work and is kept
        assertThat(again.upToDate()).isEqualTo(7);
        assertThat(again.protectedFiles()).singleElement().satisfies(kept -> {
            assertThat(kept.edited()).isFalse();
            assertThat(kept.output().toString()).endsWith("kg-tip-2020.en.pdf");
        });
        assertThat(changed).hasBinaryContent(edited);
        assertThat(BatchFixture.entry(out(), "kg/kg-tip-2020.en.html").isMissingNode()).isFalse();
        assertThat(BatchFixture.entry(out(), "kz/kz-ctip-2024-sample.en.pdf").isMissingNode()).isFalse();
        assertThat(BatchFixture.entry(out(), "kg/kg-tip-2020.en.pdf").isMissingNode()).isTrue();
    }

    @Test
    void twoModelsWritingTheSameOutputBothFailNamingEachOther() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Path first = TestModels.write(models, "a.yaml", TestModels.VALID);
        Path second = TestModels.write(models, "b.yaml", TestModels.VALID.replace("A short summary.", "Another."));
        Files.copy(Path.of("samples/ukraine.yaml"), models.resolve("c.yaml"));

        BatchResult result = BUNDLED.run(english(models), BatchListener.NONE);

        assertThat(result.failures()).extracting(Problem::format).containsExactly(
                first + ": id: would write kg/kg-test.en.pdf, as would " + second
                        + "; neither is written (give one of them another id)",
                second + ": id: would write kg/kg-test.en.pdf, as would " + first
                        + "; neither is written (give one of them another id)");
        assertThat(out().resolve("kg")).doesNotExist();
        assertThat(result.made()).isEqualTo(2);
    }

    @Test
    void theManifestKeepsEntriesOfModelsLeftOutOfARunAndDropsFilesThatAreGone() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BUNDLED.run(english(models), BatchListener.NONE);
        Files.delete(out().resolve("kz/kz-ctip-2024-sample.en.html"));

        BUNDLED.run(english(models.resolve("ukraine.yaml")).withForce(true), BatchListener.NONE);

        List<String> listed = new ArrayList<>();
        BatchFixture.manifest(out()).path("outputs").forEach(entry -> listed.add(entry.path("path").asString()));
        assertThat(listed).hasSize(7).contains("kg/kg-tip-2020.en.pdf", "ua/ua-ctip-2023-sample.en.pdf")
                .doesNotContain("kz/kz-ctip-2024-sample.en.html").isSorted();
    }

    @Test
    void aLanguageTheModelLacksFailsThatModel() throws Exception {
        Path models = BatchFixture.copySamples(dir.resolve("models"));
        BatchResult result = BUNDLED.run(options(models).withLanguages(List.of("ru")), BatchListener.NONE);
        assertThat(result.failures()).extracting(Problem::path).containsOnly("languages");
        assertThat(result.failedModels()).isEqualTo(2); // serbia and ukraine have no Russian edition
        assertThat(result.made()).isEqualTo(4);
    }

    private Path copyTemplates() throws Exception {
        Path copy = dir.resolve("templates");
        for (String name : BatchFixture.files(Path.of("templates"))) {
            Files.createDirectories(copy.resolve(name).getParent());
            Files.copy(Path.of("templates").resolve(name), copy.resolve(name));
        }
        return copy;
    }

    private Map<String, FileTime> modificationTimes() throws Exception {
        Map<String, FileTime> times = new HashMap<>();
        for (String name : BatchFixture.files(out())) {
            times.put(name, Files.getLastModifiedTime(out().resolve(name)));
        }
        return times;
    }

    private static void replaceIn(Path file, String text, String replacement) throws Exception {
        String content = Files.readString(file);
        assertThat(content).contains(text);
        Files.writeString(file, content.replace(text, replacement));
    }

    private static byte[] appendTo(Path file, String text) throws Exception {
        Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        return Files.readAllBytes(file);
    }
}
