package org.briefing.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader only ever sees the old content or the complete new content:
 * write a temporary file in the same folder, flush it to disk, rename it over the target.
 */
public final class AtomicFiles {
    static final String TEMP_PREFIX = ".briefing-";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // a fresh name in the target's folder (so the rename stays on one file system), created
        // with the ordinary permissions (umask), unlike createTempFile's owner-only ones
        Path temp = folder.resolve(TEMP_PREFIX + target.getFileName() + "." + Long.toHexString(
                java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE_NEW)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
