package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code briefing batch} as users and scripts meet it. Formats are pdf,html until DOCX lands. */
class BatchCommandTest {
    /** A final output name: {@code <id>.<lang>.<ext>}, or an edited file's {@code .new.} sibling. */
    private static final Pattern OUTPUT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.[A-Za-z0-9-]+(\\.new)?\\.(pdf|html|docx)");

    @TempDir
    Path dir;

    private Path models;
    private Path out;

    private CliTest.Run batch(String... extra) {
        List<String> args = new ArrayList<>(List.of("batch", models.toString(), "-o", out.toString(), "-f", "pdf,html",
                "-j", "2"));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    private void samplesAndABrokenModel() throws Exception {
        models = Files.createDirectories(dir.resolve("models"));
        out = dir.resolve("out");
        for (Path sample : TestModels.samples()) {
            TestModels.copySample(sample, models.resolve(sample.getFileName()));
        }
        TestModels.write(models, "broken.yaml", TestModels.VALID.replace("date: 2020-06-25", "date: 2020-02-30"));
    }

    @Test
    void makesEveryGoodModelReportsTheBadOneAndExitsOne() throws Exception {
        samplesAndABrokenModel();
        CliTest.Run run = batch();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(models.resolve("broken.yaml") + ":7:7: date: '2020-02-30' is not a real date")
                .contains("[1/20] ").contains("[20/20] ").contains("kg-tip-2020.ru.pdf")
                .doesNotContain("Exception");
        assertThat(run.out()).startsWith("20 made, 0 up to date, 0 protected, 1 model failed, in ");
        JsonNode manifest = manifest();
        assertThat(manifest.path("outputs")).hasSize(20);
        for (JsonNode entry : manifest.path("outputs")) {
            Path file = out.resolve(entry.path("path").asString());
            assertThat(file).isRegularFile();
            assertThat(sha256(file)).isEqualTo(entry.path("outputSha256").asString());
        }
        assertThat(manifest.path("toolVersion").asString()).isEqualTo(VersionProvider.version());
    }

    @Test
    void aReRunSkipsEverythingAndLeavesTheFilesAlone() throws Exception {
        samplesAndABrokenModel();
        batch("-l", "en");
        Map<Path, FileTime> before = modificationTimes();

        CliTest.Run again = batch("-l", "en");

        assertThat(again.out()).startsWith("0 made, 8 up to date, 0 protected, 1 model failed");
        assertThat(again.err()).contains("[8/8] ").contains("(up to date)");
        assertThat(modificationTimes()).isEqualTo(before);
    }

    @Test
    void aChangedTemplateRebuildsEverythingMadeWithIt() throws Exception {
        samplesAndABrokenModel();
        Path templates = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = templates.resolve(Path.of("templates").relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        batch("-l", "en", "--templates", templates.toString());
        Files.writeString(templates.resolve("briefing.css"), "\np { color: #202020; }\n", StandardOpenOption.APPEND);

        CliTest.Run again = batch("-l", "en", "--templates", templates.toString());

        assertThat(again.out()).startsWith("8 made, 0 up to date");
    }

    @Test
    void anEditedOutputSurvivesAReRunAndIsReplacedWithForce() throws Exception {
        samplesAndABrokenModel();
        batch("-l", "en");
        Path edited = out.resolve("kg/kg-tip-2020.en.pdf");
        Files.write(edited, "% staff notes\n".getBytes(), StandardOpenOption.APPEND);
        byte[] editedBytes = Files.readAllBytes(edited);
        Path model = models.resolve("kyrgyzstan.yaml");
        Files.writeString(model, Files.readString(model).replace("date: 2020-06-25", "date: 2020-06-26"));

        CliTest.Run again = batch("-l", "en");

        assertThat(edited).hasBinaryContent(editedBytes);
        Path newVersion = out.resolve("kg/kg-tip-2020.en.new.pdf");
        assertThat(newVersion).isRegularFile();
        assertThat(again.out()).contains("1 protected").contains("protected: " + Console.display(edited)
                + " (edited since it was made); new version: " + Console.display(newVersion));
        assertThat(again.err()).contains("kg-tip-2020.en.pdf (protected: edited since it was made");
        assertThat(again.code()).as("protected files are not failures").isEqualTo(1); // only broken.yaml

        CliTest.Run forced = batch("-l", "en", "--force");

        assertThat(forced.out()).startsWith("8 made, 0 up to date, 0 protected");
        assertThat(Files.readAllBytes(edited)).isNotEqualTo(editedBytes);
        try (PDDocument pdf = Loader.loadPDF(edited.toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void twoModelsOnOneOutputPathAreAnErrorNamingBoth() throws Exception {
        models = Files.createDirectories(dir.resolve("models"));
        out = dir.resolve("out");
        Path first = TestModels.write(models, "first.yaml", TestModels.VALID);
        Path copy = TestModels.write(models, "copy.yaml", TestModels.VALID.replace("Kyrgyz Republic", "Kyrgyzstan"));

        CliTest.Run run = batch("-l", "en");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(copy + ": id: would write kg/kg-test.en.pdf, as would " + first)
                .contains(first + ": id: would write kg/kg-test.en.pdf, as would " + copy);
        assertThat(out.resolve("kg")).doesNotExist();
    }

    @Test
    void jsonSummaryParsesAndCarriesEveryFailure() throws Exception {
        samplesAndABrokenModel();
        CliTest.Run run = batch("-l", "en", "--json");

        JsonNode summary = JsonMapper.shared().readTree(run.out());
        assertThat(summary.path("made").asInt()).isEqualTo(8);
        assertThat(summary.path("upToDate").asInt()).isZero();
        assertThat(summary.path("protected").asInt()).isZero();
        assertThat(summary.path("failedModels").asInt()).isEqualTo(1);
        JsonNode failure = summary.path("failures").get(0);
        assertThat(failure.path("file").asString()).isEqualTo(models.resolve("broken.yaml").toString());
        assertThat(failure.path("line").asInt()).isEqualTo(7);
        assertThat(failure.path("column").asInt()).isEqualTo(7);
        assertThat(failure.path("path").asString()).isEqualTo("date");
        assertThat(failure.path("message").asString()).isEqualTo("'2020-02-30' is not a real date");
        assertThat(summary.path("seconds").isNumber()).isTrue();
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        samplesAndABrokenModel();
        assertThat(batch("-j", "0").code()).isEqualTo(2);
        assertThat(CliTest.run("batch").code()).isEqualTo(2);
        assertThat(batch("-f", "odt").code()).isEqualTo(2);
        assertThat(CliTest.run("--help").out()).contains("batch");
    }

    /**
     * A run killed with SIGKILL (no shutdown hooks, no finally blocks) leaves only complete files
     * under their final names, and a manifest, if any, that lists only files that are there.
     */
    @Test
    void aKilledRunLeavesOnlyCompleteFiles() throws Exception {
        models = Files.createDirectories(dir.resolve("models"));
        out = dir.resolve("out");
        for (int i = 0; i < 30; i++) {
            TestModels.write(models, "model-" + i + ".yaml", TestModels.VALID.replace("id: kg-test", "id: kg-test-" + i)
                    .replace("languages: [en, ru, ky]", "languages: [en]"));
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.briefing.cli.Main",
                "batch", models.toString(), "-o", out.toString(), "-f", "pdf,html", "-j", "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!anyFinalOutput() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }

        List<Path> outputs = finalOutputs();
        assertThat(outputs).as(Files.readString(dir.resolve("child.log"))).isNotEmpty()
                .as("killed before the end").hasSizeLessThan(60);
        for (Path file : outputs) {
            if (file.toString().endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    assertThat(pdf.getNumberOfPages()).as(file.toString()).isPositive();
                }
            } else {
                assertThat(Files.readString(file).strip()).as(file.toString()).endsWith("</html>");
            }
        }
        if (Files.exists(out.resolve("manifest.json"))) {
            for (JsonNode entry : manifest().path("outputs")) {
                Path file = out.resolve(entry.path("path").asString());
                assertThat(file).isRegularFile();
                assertThat(sha256(file)).isEqualTo(entry.path("outputSha256").asString());
            }
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                boolean temporary = name.startsWith(".") && name.endsWith(".part");
                assertThat(temporary || name.equals("manifest.json") || name.equals(".briefing.lock")
                        || OUTPUT_NAME.matcher(name).matches())
                        .as("unexpected file " + file).isTrue();
                assertThat(temporary && OUTPUT_NAME.matcher(name).matches()).as(name).isFalse();
            }
        }

        CliTest.Run resumed = batch();
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(finalOutputs().stream().filter(f -> !f.toString().contains(".new."))).hasSize(60);
        assertThat(InterruptionTest.temporaries(out)).as("the killed run's temporaries, removed").isEmpty();
    }

    /** While the child runs, files come and go under the walk (temporary files renamed away). */
    private boolean anyFinalOutput() throws Exception {
        try {
            return !finalOutputs().isEmpty();
        } catch (java.io.UncheckedIOException e) {
            return false;
        }
    }

    private List<Path> finalOutputs() throws Exception {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> OUTPUT_NAME.matcher(file.getFileName().toString()).matches()).toList();
        }
    }

    private JsonNode manifest() throws Exception {
        return JsonMapper.shared().readTree(Files.readAllBytes(out.resolve("manifest.json")));
    }

    private Map<Path, FileTime> modificationTimes() throws Exception {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
