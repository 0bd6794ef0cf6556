package org.briefing.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
}
