package org.briefing.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.SpecialFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the output folder is created, replaced or deleted, whatever links and files it holds. */
class OutputFolderTest {
    private static final byte[] CONTENT = "new".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path out;
    private Path elsewhere;
    private OutputFolder folder;

    @BeforeEach
    void open() throws Exception {
        folder = OutputFolder.open(dir.resolve("out"));
        out = folder.root();
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    }

    @AfterEach
    void close() throws Exception {
        folder.close();
    }

    private List<Path> filesElsewhere() throws Exception {
        try (Stream<Path> files = Files.walk(elsewhere)) {
            return files.filter(file -> !file.equals(elsewhere)).toList();
        }
    }

    @Test
    void writesWholeFilesAndLeavesNoTemporary() throws Exception {
        folder.write(out.resolve("kg/a.en.pdf"), CONTENT);
        folder.write(out.resolve("kg/a.en.pdf"), "newer".getBytes(StandardCharsets.UTF_8));
        assertThat(out.resolve("kg/a.en.pdf")).hasContent("newer");
        try (Stream<Path> files = Files.list(out.resolve("kg"))) {
            assertThat(files).containsExactly(out.resolve("kg/a.en.pdf"));
        }
    }

    @Test
    void aFolderThatIsALinkIsRefusedAndNothingLandsWhereItLeads() throws Exception {
        Files.createSymbolicLink(out.resolve("kg"), elsewhere);
        assertThatThrownBy(() -> folder.write(out.resolve("kg/a.en.pdf"), CONTENT))
                .isInstanceOf(OutputRefusedException.class)
                .hasMessage(out.resolve("kg") + ": a symbolic link where a folder of the output should be;"
                        + " output is never written through links or into special files");
        assertThat(filesElsewhere()).isEmpty();
    }

    @Test
    void aFileThatIsALinkIsRefusedAndWhatItLeadsToIsNotReplaced() throws Exception {
        Path victim = Files.writeString(elsewhere.resolve("victim.pdf"), "precious");
        Files.createDirectories(out.resolve("kg"));
        Files.createSymbolicLink(out.resolve("kg/a.en.pdf"), victim);
        assertThatThrownBy(() -> folder.write(out.resolve("kg/a.en.pdf"), CONTENT))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("a symbolic link where an output file");
        assertThatThrownBy(() -> folder.sha256(out.resolve("kg/a.en.pdf")))
                .isInstanceOf(OutputRefusedException.class);
        assertThat(victim).hasContent("precious");
        assertThat(filesElsewhere()).containsExactly(victim);
    }

    /**
     * The folder is kept open once checked: a link swapped in for it afterwards (between the
     * check and the write) is never followed; the file goes into the folder that was checked.
     */
    @Test
    void aLinkSwappedInAfterTheCheckIsNotFollowed() throws Exception {
        folder.write(out.resolve("kg/a.en.pdf"), CONTENT);
        Files.move(out.resolve("kg"), out.resolve("kg-checked"));
        Files.createSymbolicLink(out.resolve("kg"), elsewhere);

        folder.write(out.resolve("kg/b.en.pdf"), CONTENT);

        assertThat(filesElsewhere()).isEmpty();
        assertThat(out.resolve("kg-checked/b.en.pdf")).hasBinaryContent(CONTENT);
    }

    @Test
    void aPipeOrALinkToADeviceWhereAFileGoesIsRefusedAtOnce() throws Exception {
        Files.createDirectories(out.resolve("kg"));
        SpecialFiles.fifo(out.resolve("kg/a.en.pdf"));
        Files.createSymbolicLink(out.resolve("kg/b.en.pdf"), Path.of("/dev/zero"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String name : new String[] {"a.en.pdf", "b.en.pdf"}) {
                Path target = out.resolve("kg").resolve(name);
                assertThatThrownBy(() -> folder.sha256(target)).isInstanceOf(OutputRefusedException.class);
                assertThatThrownBy(() -> folder.read(target, 1024)).isInstanceOf(OutputRefusedException.class);
                assertThatThrownBy(() -> folder.write(target, CONTENT)).isInstanceOf(OutputRefusedException.class);
            }
        });
        assertThatThrownBy(() -> folder.sha256(out.resolve("kg/a.en.pdf")))
                .hasMessage(out.resolve("kg/a.en.pdf") + ": a special file (a pipe, socket or device) where an output"
                        + " file should be; it is left alone (remove it to write the file)");
        Files.delete(out.resolve("kg/b.en.pdf")); // the link, before the temporary folder is cleaned up
    }

    @Test
    void theOutputFolderItselfMayBeALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link"), elsewhere);
        try (OutputFolder linked = OutputFolder.open(link)) {
            assertThat(linked.root()).isEqualTo(elsewhere.toRealPath());
            linked.write(linked.root().resolve("kg/a.en.pdf"), CONTENT);
        }
        assertThat(elsewhere.resolve("kg/a.en.pdf")).hasBinaryContent(CONTENT);
    }

    @Test
    void temporariesOfProcessesThatAreGoneAreRemovedOthersKept() throws Exception {
        Path kg = Files.createDirectories(dir.resolve("stale/kg"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(kg.resolve(".briefing-a.en.pdf." + gone.pid() + "-1f.part"), "half");
        Path live = Files.writeString(kg.resolve(".briefing-a.en.pdf." + ProcessHandle.current().pid() + "-2e.part"),
                "being written");
        Path someoneElses = Files.writeString(kg.resolve(".briefing-notes.txt"), "not ours");
        try (OutputFolder again = OutputFolder.open(dir.resolve("stale"))) {
            again.write(again.root().resolve("kg/b.en.pdf"), CONTENT);
        }
        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void anAbandonedFolderTakesNoMoreWritesButFromTheThreadThatAbandonedIt() throws Exception {
        folder.abandon();
        java.util.concurrent.CompletableFuture<Void> worker = java.util.concurrent.CompletableFuture.runAsync(() ->
                assertThatThrownBy(() -> folder.write(out.resolve("kg/a.en.pdf"), CONTENT))
                        .hasMessageContaining("interrupted"));
        worker.get(); // throws the worker's assertion error, if any
        assertThat(out.resolve("kg/a.en.pdf")).doesNotExist();
        folder.write(out.resolve("manifest.json"), CONTENT);
        assertThat(out.resolve("manifest.json")).hasBinaryContent(CONTENT);
    }

    @Test
    void aFileWrittenOnItsOwnIsWrittenTheSameWay() throws Exception {
        Path victim = Files.writeString(elsewhere.resolve("model.yaml"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), victim);
        assertThatThrownBy(() -> AtomicFiles.write(link, CONTENT)).isInstanceOf(OutputRefusedException.class);
        assertThat(victim).hasContent("precious");
        AtomicFiles.write(dir.resolve("new/model.yaml"), CONTENT);
        assertThat(dir.resolve("new/model.yaml")).hasBinaryContent(CONTENT);
    }
}
