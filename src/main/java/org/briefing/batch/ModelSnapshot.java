package org.briefing.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.files.Sha256;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Picture;
import org.briefing.render.MemoryBudget;

/**
 * A model loaded from a file's bytes, read once, with the hash of exactly those bytes and of the
 * pictures beside it that it shows: the hash recorded is of what was rendered, so a changed
 * picture makes its documents again as a changed text does.
 *
 * @param fileBytes the size of the file read
 */
record ModelSnapshot(LoadedModel model, String sha256, long fileBytes) {

    /** Reads and loads {@code file} within the {@link MemoryBudget}: many threads may be reading at once. */
    static ModelSnapshot load(Path file, ModelLoader loader) throws ModelException {
        try (MemoryBudget.Reservation memory = MemoryBudget.shared().reserve(MemoryBudget.forModelFile(
                sizeOf(file, loader)))) {
            byte[] bytes = loader.read(file);
            LoadedModel model = loader.load(file, bytes);
            return new ModelSnapshot(model, hash(bytes, model.briefing().pictures()), bytes.length);
        }
    }

    private static String hash(byte[] bytes, List<Picture> pictures) {
        if (pictures.isEmpty()) {
            return Sha256.of(bytes);
        }
        StringBuilder all = new StringBuilder("model=").append(Sha256.of(bytes));
        for (Picture picture : pictures) {
            all.append('\n').append(picture.file()).append('=').append(Sha256.of(picture.image().bytes()));
        }
        return Sha256.of(all.toString().getBytes(StandardCharsets.UTF_8));
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
