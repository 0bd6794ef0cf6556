package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.briefing.files.Sha256;
import org.briefing.output.OutputFolder;

/**
 * Puts one rendered document in place without ever losing someone's edits. An existing file is
 * replaced only when its bytes are still those the manifest recorded (nobody touched it), or those
 * of an edited copy whose edits were all imported into the model, or with {@code --force}. Otherwise it is left alone and the new version is written beside it as
 * {@code <id>.<lang>.new.<ext>}: a file with no manifest entry may be an edited copy too (made by
 * {@code render}, or the manifest was lost), so it is protected the same way, unless it already
 * holds exactly the new bytes. Once the file itself is up to date, such a new version goes.
 */
final class OutputWriter {
    /** What happened to the output. */
    enum Action {
        /** Written (new, or replacing an untouched or forced file). */
        WRITTEN,
        /** The file already held exactly these bytes; nothing written (unless forced). */
        ALREADY_THERE,
        /** The file differs from what the manifest recorded: someone edited it. */
        KEPT_EDITED,
        /** The file is not in the manifest and differs from the new version. */
        KEPT_UNKNOWN
    }

    /** @param outputSha256 of the new document's bytes (also for a kept file: that is what was made) */
    record Outcome(Action action, String outputSha256) {
    }

    private final OutputFolder folder;
    private final boolean force;

    OutputWriter(OutputFolder folder, boolean force) {
        this.folder = folder;
        this.force = force;
    }

    /**
     * @param recorded the manifest's entry of the file, or null when it has none
     * @throws org.briefing.output.OutputRefusedException when a link or special file is at {@code target}
     */
    Outcome put(Path target, Manifest.Entry recorded, byte[] document) throws IOException {
        String made = Sha256.of(document);
        Optional<String> current = folder.sha256(target);
        if (current.isEmpty() || force) {
            return written(target, document, Action.WRITTEN, made);
        }
        if (current.get().equals(made)) {
            return written(target, null, Action.ALREADY_THERE, made);
        }
        if (recorded != null && recorded.isReplaceable(current.get())) {
            return written(target, document, Action.WRITTEN, made);
        }
        folder.write(newVersionOf(target), document);
        return new Outcome(recorded == null ? Action.KEPT_UNKNOWN : Action.KEPT_EDITED, made);
    }

    /**
     * The document in place (written, unless {@code document} is null): a new version left beside
     * it by an earlier run, when the file was protected, is out of date now and goes.
     */
    private Outcome written(Path target, byte[] document, Action action, String made) throws IOException {
        if (document != null) {
            folder.write(target, document);
        }
        folder.delete(newVersionOf(target));
        return new Outcome(action, made);
    }

    /** {@code kg/kg-tip-2020.en.pdf} → {@code kg/kg-tip-2020.en.new.pdf}. */
    static Path newVersionOf(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return target.resolveSibling(name.substring(0, dot) + ".new" + name.substring(dot));
    }
}
