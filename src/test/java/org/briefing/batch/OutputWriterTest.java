package org.briefing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.files.Sha256;
import org.junit.jupiter.api.Test;

/** Every case of putting a document in place: nobody's edit is ever overwritten without --force. */
class OutputWriterTest extends InOutputFolder {
    private static final byte[] OLD = "old".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EDITED = "edited".getBytes(StandardCharsets.UTF_8);

    private OutputWriter writer(boolean force) {
        return new OutputWriter(folder, force);
    }

    private Path target() {
        return root.resolve("kg/kg-test.en.pdf");
    }

    private Path newVersion() {
        return root.resolve("kg/kg-test.en.new.pdf");
    }

    private Path existing(byte[] content) throws Exception {
        Files.createDirectories(target().getParent());
        return Files.write(target(), content);
    }

    /** The manifest's entry of a file as written with {@code sha256}. */
    private static Manifest.Entry recorded(String sha256) {
        return new Manifest.Entry("kg/kg.en.pdf", "m.yaml", "en", "pdf", "1".repeat(64), sha256, null);
    }

    @Test
    void anEditedFileWhoseEditsWereAllImportedIsReplaced() throws Exception {
        existing(EDITED);
        assertThat(writer(false).put(target(), recorded(Sha256.of(OLD)).imported(Sha256.of(EDITED)), NEW).action())
                .isEqualTo(OutputWriter.Action.WRITTEN);
        assertThat(target()).hasBinaryContent(NEW);
        assertThat(newVersion()).doesNotExist();
    }

    @Test
    void aMissingFileIsWritten() throws Exception {
        OutputWriter.Outcome outcome = writer(false).put(target(), null, NEW);
        assertThat(outcome).isEqualTo(new OutputWriter.Outcome(OutputWriter.Action.WRITTEN, Sha256.of(NEW)));
        assertThat(target()).hasBinaryContent(NEW);
    }

    @Test
    void anUntouchedFileIsReplaced() throws Exception {
        existing(OLD);
        assertThat(writer(false).put(target(), recorded(Sha256.of(OLD)), NEW).action())
                .isEqualTo(OutputWriter.Action.WRITTEN);
        assertThat(target()).hasBinaryContent(NEW);
        assertThat(newVersion()).doesNotExist();
    }

    @Test
    void anEditedFileIsKeptAndTheNewVersionWrittenBesideIt() throws Exception {
        existing(EDITED);
        assertThat(writer(false).put(target(), recorded(Sha256.of(OLD)), NEW).action())
                .isEqualTo(OutputWriter.Action.KEPT_EDITED);
        assertThat(target()).hasBinaryContent(EDITED);
        assertThat(newVersion()).hasBinaryContent(NEW);
    }

    @Test
    void aFileTheManifestDoesNotKnowIsKept() throws Exception {
        existing(OLD);
        assertThat(writer(false).put(target(), null, NEW).action())
                .isEqualTo(OutputWriter.Action.KEPT_UNKNOWN);
        assertThat(target()).hasBinaryContent(OLD);
        assertThat(newVersion()).hasBinaryContent(NEW);
    }

    @Test
    void aFileAlreadyHoldingTheNewBytesIsLeftAsItIs() throws Exception {
        existing(NEW);
        assertThat(writer(false).put(target(), null, NEW).action())
                .isEqualTo(OutputWriter.Action.ALREADY_THERE);
        assertThat(newVersion()).doesNotExist();
    }

    @Test
    void forceReplacesEvenAnEditedFile() throws Exception {
        existing(EDITED);
        assertThat(writer(true).put(target(), recorded(Sha256.of(OLD)), NEW).action())
                .isEqualTo(OutputWriter.Action.WRITTEN);
        assertThat(target()).hasBinaryContent(NEW);
        assertThat(newVersion()).doesNotExist();
    }

    @Test
    void theNewVersionGoesBeforeTheExtension() {
        assertThat(OutputWriter.newVersionOf(Path.of("out/rs/rs-x.sr-Cyrl.docx")))
                .isEqualTo(Path.of("out/rs/rs-x.sr-Cyrl.new.docx"));
    }
}
