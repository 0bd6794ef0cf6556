package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.files.Sha256;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.render.MemoryBudget;

/**
 * A model loaded from a file's bytes, read once, with the hash of exactly those bytes: the hash
 * recorded is of what was rendered.
 */
record ModelSnapshot(LoadedModel model, String sha256) {

    /** Reads and loads {@code file} within the {@link MemoryBudget}: many threads may be reading at once. */
    static ModelSnapshot load(Path file, ModelLoader loader) throws ModelException {
        try (MemoryBudget.Reservation memory = MemoryBudget.shared().reserve(MemoryBudget.forModelFile(
                sizeOf(file, loader)))) {
            byte[] bytes = loader.read(file);
            return new ModelSnapshot(loader.load(file, bytes), Sha256.of(bytes));
        }
    }

    /** What reading may cost: the file's size, or the limit for a pipe or device, which has none. */
    private static long sizeOf(Path file, ModelLoader loader) {
        long limit = loader.options().limits().maxBytes();
        try {
            long size = Files.size(file);
            return size > 0 && size < limit ? size : limit;
        } catch (IOException e) {
            return 0; // reading it says why
        }
    }
}
