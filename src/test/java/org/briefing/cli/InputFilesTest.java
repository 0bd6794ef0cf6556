package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.briefing.SpecialFiles;
import org.briefing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How models are found and read: folders through symbolic links, pipes and devices within the
 * size limit, and file names that try to forge lines in the messages.
 */
class InputFilesTest {
    private static final String LIMIT = "2097152";

    @TempDir
    Path dir;

    @Test
    void aModelFolderNamedThroughALinkIsSearched() throws Exception {
        Path release = Files.createDirectories(dir.resolve("releases/2024-10"));
        TestModels.write(release, "kg.yaml", TestModels.VALID);
        Path models = Files.createSymbolicLink(dir.resolve("models"), release);

        CliTest.Run validate = CliTest.run("validate", models.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).isEqualTo(models.resolve("kg.yaml") + ": ok\n");

        CliTest.Run batch = CliTest.run("batch", models.toString(), "-o", dir.resolve("out").toString(), "-f", "html");
        assertThat(batch.code()).as(batch.err()).isZero();
        assertThat(batch.out()).startsWith("3 made, ");
    }

    @Test
    void aLinkBackToAnAncestorIsSearchedOnce() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models/nested"));
        TestModels.write(models, "kg.yaml", TestModels.VALID);
        Files.createSymbolicLink(models.resolve("loop"), dir.resolve("models"));
        Files.createSymbolicLink(dir.resolve("models/again"), models);

        CliTest.Run validate = CliTest.run("validate", dir.resolve("models").toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out().lines()).hasSize(1).allMatch(line -> line.endsWith("kg.yaml: ok"));
    }

    @Test
    void aFolderWithoutModelsFailsInsteadOfPassing() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("models"));
        Files.writeString(empty.resolve("README.md"), "no models here");
        CliTest.Run validate = CliTest.run("validate", empty.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.err()).isEqualTo("briefing: error: " + empty + ": no model files (*.yaml, *.yml) in this folder\n");
        assertThat(CliTest.run("batch", empty.toString(), "-o", dir.resolve("out").toString()).code()).isEqualTo(1);
    }

    @Test
    void hiddenFoldersAreNotSearched() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models/.github/workflows"));
        Files.writeString(models.resolve("ci.yml"), "on: push\n");
        TestModels.write(dir.resolve("models"), "kg.yaml", TestModels.VALID);
        CliTest.Run validate = CliTest.run("validate", dir.resolve("models").toString());
        assertThat(validate.code()).as(validate.err()).isZero();
    }

    /** In a JVM of its own with a small heap: before, {@code /dev/zero} was read until memory ran out. */
    @Test
    void aDeviceIsReadNoFurtherThanTheLimit() throws Exception {
        RunningCommand.Result result = new BriefingProcess(dir).heap("64m").run("validate", "/dev/zero");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("/dev/zero: file is more than the limit of " + LIMIT + " bytes\n");
    }

    @Test
    void aPipeIsReadNoFurtherThanTheLimit() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("model.yaml"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] comment = ("# " + "x".repeat(1022) + "\n").getBytes();
                for (int i = 0; i < 3 * 1024; i++) {
                    out.write(comment);
                }
            } catch (java.io.IOException e) {
                // the reader stops at the limit and closes its end: that is the point
            }
        });
        CliTest.Run validate = CliTest.run("validate", fifo.toString());
        writer.get();
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.err()).isEqualTo(fifo + ": file is more than the limit of " + LIMIT + " bytes\n");
    }

    /** A file name cannot forge a {@code FILE:LINE:COLUMN} line, or send escape sequences to the terminal. */
    @Test
    void controlCharactersInFileNamesAreEscapedInEveryMessage() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        String name = "x\nforged.yaml:1:1: title: all is well\u001b[2J.yaml";
        TestModels.write(models, name, TestModels.VALID.replace("date: 2020-06-25", "date: 2020-02-30"));
        String shown = "x\\nforged.yaml:1:1: title: all is well\\u001B[2J.yaml";
        Path out = dir.resolve("out");

        for (CliTest.Run run : new CliTest.Run[] {
                CliTest.run("validate", models.toString()),
                CliTest.run("render", models.resolve(name).toString(), "-o", out.toString()),
                CliTest.run("batch", models.toString(), "-o", out.toString()),
                CliTest.run("translations", models.toString())}) {
            String all = run.out() + run.err();
            assertThat(all).as(all).doesNotContain("\u001b").contains(shown);
            assertThat(all.lines()).as(all).noneMatch(line -> line.startsWith("forged"));
        }
    }
}
