package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefing.SpecialFiles;
import org.briefing.TestModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} and {@code batch} never write through a symbolic link, nor into a pipe or device. */
class OutputConfinementTest {
    @TempDir
    Path dir;

    private Path models;
    private Path out;
    private Path elsewhere;

    @BeforeEach
    void models() throws Exception {
        models = Files.createDirectories(dir.resolve("models"));
        TestModels.write(models, "kg.yaml", TestModels.VALID);
        out = Files.createDirectories(dir.resolve("out"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    }

    private long filesElsewhere() throws Exception {
        try (Stream<Path> files = Files.walk(elsewhere)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aCountryFolderThatIsALinkIsRefusedByRenderAndBatch() throws Exception {
        Files.createSymbolicLink(out.resolve("kg"), elsewhere);
        String refusal = out.toRealPath().resolve("kg") + ": a symbolic link where a folder of the output should be;"
                + " output is never written through links or into special files";

        CliTest.Run render = CliTest.run("render", models.resolve("kg.yaml").toString(), "-o", out.toString(),
                "-f", "pdf,html", "-l", "en");
        assertThat(render.code()).isEqualTo(1);
        assertThat(render.err().lines()).containsExactly(models.resolve("kg.yaml") + ": en.pdf: " + refusal,
                models.resolve("kg.yaml") + ": en.html: " + refusal);

        CliTest.Run batch = CliTest.run("batch", models.toString(), "-o", out.toString(), "-f", "html");
        assertThat(batch.code()).isEqualTo(1);
        assertThat(batch.err()).contains(models.resolve("kg.yaml") + ": " + refusal);
        assertThat(filesElsewhere()).isZero();
    }

    @Test
    void aDocumentThatIsALinkIsNotWrittenThrough() throws Exception {
        Path victim = Files.writeString(elsewhere.resolve("victim.html"), "precious");
        Files.createDirectories(out.resolve("kg"));
        Files.createSymbolicLink(out.resolve("kg/kg-test.en.html"), victim);

        assertThat(CliTest.run("render", models.resolve("kg.yaml").toString(), "-o", out.toString(), "-f", "html",
                "-l", "en").code()).isEqualTo(1);
        assertThat(CliTest.run("batch", models.toString(), "-o", out.toString(), "-f", "html").code()).isEqualTo(1);
        assertThat(victim).hasContent("precious");
        assertThat(filesElsewhere()).isOne();
    }

    /** Before, batch hashed the pipe, or the endless /dev/zero, and never ended. */
    @Test
    void aPipeOrALinkToADeviceAtAnOutputPathIsRefusedInOneLine() throws Exception {
        Files.createDirectories(out.resolve("kg"));
        SpecialFiles.fifo(out.resolve("kg/kg-test.en.html"));
        Files.createSymbolicLink(out.resolve("kg/kg-test.ru.html"), Path.of("/dev/zero"));

        RunningCommand.Result batch = new BriefingProcess(dir).run("batch", models.toString(), "-o", out.toString(),
                "-f", "html", "-j", "1");

        assertThat(batch.code()).isEqualTo(1);
        assertThat(batch.err().lines().filter(line -> line.startsWith(models.toString())))
                .containsExactly(models.resolve("kg.yaml") + ": " + out.toRealPath().resolve("kg/kg-test.en.html")
                        + ": a special file (a pipe, socket or device) where an output file should be; it is left alone"
                        + " (remove it to write the file)");
        assertThat(out.resolve("kg/kg-test.ru.html")).isSymbolicLink();
        Files.delete(out.resolve("kg/kg-test.ru.html")); // the link, before the temporary folder is cleaned up
    }

    @Test
    void aPipeWhereTheManifestGoesIsReportedNotRead() throws Exception {
        SpecialFiles.fifo(out.resolve("manifest.json"));
        RunningCommand.Result batch = new BriefingProcess(dir).run("batch", models.toString(), "-o", out.toString(),
                "-f", "html");
        assertThat(batch.code()).isEqualTo(1);
        assertThat(batch.out()).startsWith("3 made, ");
        assertThat(batch.err().lines().toList().get(batch.err().lines().toList().size() - 1))
                .startsWith("briefing: error: ").contains("manifest.json could not be saved: ")
                .contains("a special file (a pipe, socket or device)");
    }
}
