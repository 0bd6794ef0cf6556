package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.TestModels;
import org.briefing.files.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch runs that meet other runs and faults: two processes on one output folder, a manifest
 * that cannot be saved, a disk that fills up, a copied model that would take over another's
 * documents.
 */
class BatchFaultsTest {
    @TempDir
    Path dir;

    /** {@code count} small English models with ids {@code prefix-0...}, in a folder of their own. */
    private Path models(String folder, String prefix, int count) throws Exception {
        Path models = Files.createDirectories(dir.resolve(folder));
        for (int i = 0; i < count; i++) {
            TestModels.write(models, prefix + "-" + i + ".yaml", TestModels.VALID
                    .replace("id: kg-test", "id: " + prefix + "-" + i).replace("languages: [en, ru, ky]", "languages: [en]"));
        }
        return models;
    }

    private static JsonNode manifest(Path out) throws Exception {
        return JsonMapper.shared().readTree(Files.readAllBytes(out.resolve("manifest.json")));
    }

    private static List<String> recorded(Path out) throws Exception {
        List<String> paths = new ArrayList<>();
        for (JsonNode entry : manifest(out).path("outputs")) {
            Path file = out.resolve(entry.path("path").asString());
            assertThat(Sha256.of(Files.readAllBytes(file))).as(file.toString())
                    .isEqualTo(entry.path("outputSha256").asString());
            paths.add(entry.path("path").asString());
        }
        return paths;
    }

    /**
     * Before, each run read the manifest once and wrote it whole: the one that saved last dropped
     * what the other had recorded, and edit protection then failed open.
     */
    @Test
    void twoRunsStartedTogetherOnOneFolderLoseNothing() throws Exception {
        Path first = models("first", "kg-a", 4);
        Path second = models("second", "kg-b", 4);
        for (int round = 0; round < 3; round++) {
            Path out = dir.resolve("out-" + round);
            BriefingProcess processes = new BriefingProcess(dir);
            BriefingProcess.Running one = processes.start("batch", first.toString(), "-o", out.toString(), "-f",
                    "html,pdf", "-j", "1");
            BriefingProcess.Running two = processes.start("batch", second.toString(), "-o", out.toString(), "-f",
                    "html,pdf", "-j", "1");
            RunningCommand.Result a = one.await();
            RunningCommand.Result b = two.await();
            assertThat(a.code()).as(a.err()).isZero();
            assertThat(b.code()).as(b.err()).isZero();
            assertThat(recorded(out)).as("round " + round).hasSize(16);
        }
    }

    /** Before, the run ended with one line naming a temporary file; what was made was never said. */
    @Test
    void aManifestThatCannotBeSavedIsReportedAfterTheSummary() throws Exception {
        Path models = models("models", "kg-a", 2);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("manifest.json")); // unwritable, even for root

        CliTest.Run run = CliTest.run("batch", models.toString(), "-o", out.toString(), "-f", "html");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("2 made, 0 up to date, 0 protected, 0 models failed");
        List<String> errors = run.err().lines().toList();
        assertThat(errors.get(errors.size() - 1)).isEqualTo("briefing: error: " + out.resolve("manifest.json")
                + " could not be saved: " + out.toRealPath().resolve("manifest.json") + ": a folder where an output"
                + " file should be; it is left alone (remove it to write the file)");

        CliTest.Run json = CliTest.run("batch", models.toString(), "-o", out.toString(), "-f", "html", "--json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(JsonMapper.shared().readTree(json.out()).path("manifestError").asString())
                .contains("a folder where an output file should be");
    }

    /** Where the machine lets a test mount a small file system (root in a container, say). */
    @Test
    void aFullDiskFailsTheDocumentsThatDoNotFitAndSaysSoWithoutHalfWrittenFiles() throws Exception {
        Path out = Files.createDirectories(dir.resolve("small"));
        int mounted;
        try {
            mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("mount.log").toFile()).start().waitFor();
        } catch (java.io.IOException e) {
            mounted = -1; // no mount command
        }
        assumeThat(mounted).as("cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN); skipped").isZero();
        try {
            Path models = models("models", "kg-a", 6);
            CliTest.Run run = CliTest.run("batch", models.toString(), "-o", out.toString(), "-f", "pdf,html", "-j", "1");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).matches("(?s)\\d+ made, 0 up to date, 0 protected, \\d+ models? failed.*");
            assertThat(run.err()).contains("No space left on device").doesNotContain("Exception");
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
            }
        } finally {
            new ProcessBuilder("umount", out.toString()).inheritIO().start().waitFor();
        }
    }

    /** Before, a copy of a model, batched on its own, silently replaced the original's documents. */
    @Test
    void aCopiedModelDoesNotReplaceTheDocumentsTheManifestRecordsForTheOriginal() throws Exception {
        Path original = models("originals", "kg-a", 1).resolve("kg-a-0.yaml");
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Path copy = Files.writeString(copies.resolve("copy.yaml"), Files.readString(original)
                .replace("A short summary.", "Someone else's summary."));
        Path out = dir.resolve("out");
        assertThat(CliTest.run("batch", original.toString(), "-o", out.toString(), "-f", "html").code()).isZero();
        byte[] made = Files.readAllBytes(out.resolve("kg/kg-a-0.en.html"));

        CliTest.Run run = CliTest.run("batch", copies.toString(), "-o", out.toString(), "-f", "html");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(copy + ": id: would replace kg/kg-a-0.en.html, which the manifest records as"
                + " made from " + original.toRealPath() + ", still there; nothing of this model is written"
                + " (give one of them another id)");
        assertThat(out.resolve("kg/kg-a-0.en.html")).hasBinaryContent(made);

        Files.delete(original); // the original is gone (renamed, say): the copy takes its documents over
        assertThat(CliTest.run("batch", copies.toString(), "-o", out.toString(), "-f", "html").code()).isZero();
        assertThat(out.resolve("kg/kg-a-0.en.html")).content().contains("Someone else");
    }

    @Test
    void theManifestRecordsEachInputOfEachOutput() throws Exception {
        Path models = models("models", "kg-a", 1);
        Path out = dir.resolve("out");
        assertThat(CliTest.run("batch", models.toString(), "-o", out.toString(), "-f", "pdf").code()).isZero();
        JsonNode manifest = manifest(out);
        JsonNode inputs = manifest.path("outputs").get(0).path("inputs");
        assertThat(inputs.path("model").asString())
                .isEqualTo(Sha256.of(Files.readAllBytes(models.resolve("kg-a-0.yaml"))));
        assertThat(inputs.path("toolVersion").asString()).isEqualTo(VersionProvider.version());
        assertThat(inputs.path("paper").asString()).isEqualTo("A4");
        JsonNode templates = manifest.path("templateSets").path(inputs.path("templates").asString());
        assertThat(templates.path("briefing.html").asString()).hasSize(64);
        assertThat(templates.path("briefing.css").asString()).hasSize(64);
        assertThat(manifest.path("fontSets").path(inputs.path("fonts").asString()).size()).isEqualTo(8);
    }
}
