package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.TestModels;
import org.briefing.files.Sha256;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ctrl-C and SIGTERM sent to a real batch process while it renders: it stops, leaves no
 * temporary file, records what it made, prints its summary and exits as a shell expects.
 */
class InterruptionTest {
    private static final int MODELS = 60;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalStopsTheRunCleanly(String signal, int exitCode) throws Exception {
        assumeThat(signal.equals("INT") && isSigintIgnored()).as("SIGINT is ignored by this test's process (started"
                + " in the background without job control), and so by the child; skipped").isFalse();
        Path models = Files.createDirectories(dir.resolve("models"));
        for (int i = 0; i < MODELS; i++) {
            TestModels.write(models, "m-" + i + ".yaml", TestModels.VALID.replace("id: kg-test", "id: kg-test-" + i)
                    .replace("languages: [en, ru, ky]", "languages: [en]"));
        }
        Path out = dir.resolve("out");
        BriefingProcess.Running batch = new BriefingProcess(dir).start("batch", models.toString(), "-o",
                out.toString(), "-f", "pdf,html", "-j", "2");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (documents(out).size() < 4 && batch.process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        batch.signal(signal);
        RunningCommand.Result result = batch.await();

        assertThat(result.code()).as(result.err()).isEqualTo(exitCode);
        assertThat(result.out()).matches("(?s)\\d+ made, 0 up to date, 0 protected, 0 models failed, in [0-9.]+ s"
                + " \\(interrupted\\)\\n");
        assertThat(result.err()).contains("briefing: stopped by SIG" + signal
                + "; what was made is recorded, run again to make the rest").doesNotContain("Exception");
        assertThat(temporaries(out)).isEmpty();
        List<Path> made = documents(out);
        assertThat(made).hasSizeBetween(1, 2 * MODELS - 1);
        assertThat(out.resolve("manifest.json")).as(made + "\n" + result.out() + result.err()).exists();
        JsonNode manifest = JsonMapper.shared().readTree(Files.readAllBytes(out.resolve("manifest.json")));
        for (JsonNode entry : manifest.path("outputs")) {
            Path file = out.resolve(entry.path("path").asString());
            assertThat(Sha256.of(Files.readAllBytes(file))).isEqualTo(entry.path("outputSha256").asString());
        }
        assertThat(manifest.path("outputs").size()).as("what was made, recorded: " + made + "\n" + result.out() + result.err()).isGreaterThanOrEqualTo(made.size() - 2);

        CliTest.Run again = CliTest.run("batch", models.toString(), "-o", out.toString(), "-f", "pdf,html");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(documents(out)).hasSize(2 * MODELS);
    }

    /** Bit 1 of the ignored-signals mask is SIGINT (signal 2). Linux only; elsewhere assume it is not. */
    static boolean isSigintIgnored() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    static List<Path> documents(Path out) throws Exception {
        return files(out).stream().filter(file -> file.toString().endsWith(".pdf") || file.toString().endsWith(".html"))
                .filter(file -> !file.getFileName().toString().startsWith(".")).toList();
    }

    static List<Path> temporaries(Path out) throws Exception {
        return files(out).stream().filter(file -> file.getFileName().toString().endsWith(".part")).toList();
    }

    private static List<Path> files(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (java.io.UncheckedIOException e) {
            return List.of(); // files renamed away under the walk: look again
        }
    }
}
