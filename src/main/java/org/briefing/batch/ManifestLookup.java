package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.output.FolderLock;
import org.briefing.output.OutputFolder;

/**
 * Which model a batch output was made from, as the manifest of its output folder records it:
 * what {@code briefing import} uses when not told the model. An output is
 * {@code DIR/<country>/<file>}, so its manifest is {@code DIR/manifest.json}.
 */
public final class ManifestLookup {
    private ManifestLookup() {
    }

    /** The model file the manifest records for {@code output}, if the manifest has it and it exists. */
    public static Optional<Path> modelOf(Path output) {
        Path file = output.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path root = folder == null ? null : folder.getParent();
        if (root == null || !Files.isRegularFile(root.resolve(Manifest.FILE_NAME))) {
            return Optional.empty();
        }
        Manifest.Entry entry;
        try (OutputFolder outputs = OutputFolder.open(root)) {
            entry = Manifest.read(outputs, warning -> { }).entries().get(Manifest.relative(outputs.root(), file));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        if (entry == null || entry.model().isEmpty()) {
            return Optional.empty();
        }
        Path model = root.resolve(entry.model()).normalize();
        return Files.isRegularFile(model) ? Optional.of(model) : Optional.empty();
    }

    /**
     * Records in the manifest that the DOCX {@code output}, as it is now, was imported in full into
     * its model, so that the next batch run may replace it by the new edition instead of
     * protecting it. Waits for a batch run on the folder to finish. Does nothing when the manifest
     * does not list the file.
     *
     * @param toolVersion the version the manifest is written by
     * @return whether the manifest now records it
     */
    public static boolean recordImported(Path output, String toolVersion) throws IOException, InterruptedException {
        Path file = output.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path root = folder == null ? null : folder.getParent();
        if (root == null || !Files.isRegularFile(root.resolve(Manifest.FILE_NAME))) {
            return false;
        }
        try (OutputFolder outputs = OutputFolder.open(root); FolderLock lock = FolderLock.acquire(outputs, () -> { })) {
            List<String> warnings = new ArrayList<>();
            Manifest.Contents contents = Manifest.read(outputs, warnings::add);
            String relative = Manifest.relative(outputs.root(), file);
            Manifest.Entry entry = contents.entries().get(relative);
            Optional<String> sha256 = outputs.sha256(outputs.root().resolve(relative));
            if (entry == null || sha256.isEmpty() || !warnings.isEmpty()) {
                return false;
            }
            contents.entries().put(relative, entry.imported(sha256.get()));
            Manifest.write(outputs, toolVersion, contents);
            return true;
        }
    }
}
