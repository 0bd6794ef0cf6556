package org.briefing.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One file written on its own (a starter model, a model edited in place) the way all output is
 * written: through an {@link OutputFolder} opened on the file's folder, so the file is replaced
 * whole or not at all, never through a symbolic link, never into a special file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}, creating its folder when missing. */
    public static void write(Path target, byte[] content) throws IOException {
        try (OutputFolder folder = OutputFolder.open(target.toAbsolutePath().getParent())) {
            folder.write(folder.root().resolve(target.getFileName().toString()), content);
        }
    }
}
