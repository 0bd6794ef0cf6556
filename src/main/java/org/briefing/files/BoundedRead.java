package org.briefing.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input whole, but never more than a limit: the size a file system reports says
 * nothing for a pipe ({@code <(cmd)}, {@code /dev/stdin}) or a device ({@code /dev/zero}), so the
 * limit is kept while reading, and reading stops one byte past it.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** The bytes of {@code file} (links followed: it is an input), or {@link TooLargeException}. */
    public static byte[] of(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in, limit);
        }
    }

    /** Everything {@code in} holds, or {@link TooLargeException} once it holds more than {@code limit}. */
    public static byte[] of(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024) + 1);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** An input holds more than its limit; nothing past the limit was read. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        public TooLargeException(long limit) {
            super("more than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
