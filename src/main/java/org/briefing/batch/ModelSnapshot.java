package org.briefing.batch;

import java.nio.file.Path;
import org.briefing.files.Sha256;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;

/** A model file's bytes, read once: the hash recorded is of exactly the bytes that were rendered. */
record ModelSnapshot(Path file, byte[] bytes, String sha256) {

    static ModelSnapshot read(Path file, ModelLoader loader) throws ModelException {
        byte[] bytes = loader.read(file);
        return new ModelSnapshot(file, bytes, Sha256.of(bytes));
    }
}
