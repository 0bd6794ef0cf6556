package org.briefing.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code qpdf --check}, which reads a PDF's file structure (cross-reference sections, object
 * streams, trailer) strictly, for tests; {@code .ci/run} installs it. Where it is missing, the
 * calling test is skipped with a message saying so.
 */
public final class Qpdf {
    private Qpdf() {
    }

    /** What {@code qpdf --check} says is wrong with {@code pdf}: its warnings and errors, or "". */
    public static String problems(byte[] pdf) {
        assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "qpdf"))),
                "qpdf is not installed; .ci/run installs it");
        try {
            Path file = Files.createTempFile("qpdf-check", ".pdf");
            try {
                Files.write(file, pdf);
                Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
                String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!qpdf.waitFor(1, TimeUnit.MINUTES)) {
                    qpdf.destroyForcibly();
                    return "qpdf did not finish";
                }
                // exit 0: no problem; 2: errors; 3: warnings only
                return qpdf.exitValue() == 0 && !output.contains("WARNING") ? "" : output.strip();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
