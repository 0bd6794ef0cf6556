package org.briefing;

import java.io.IOException;
import java.nio.file.Path;

/** Files that are not regular files, as a test needs them where a model or an output goes. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A named pipe (FIFO) at {@code path}: opening it for reading waits for a writer. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo " + path + " failed");
        }
        return path;
    }
}
