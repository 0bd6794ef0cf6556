package org.briefing.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One open folder of the output, whose entries are reached by name, never through a symbolic
 * link. Where the system can (Linux, macOS: the JDK's {@link SecureDirectoryStream}), the folder
 * stays open and every operation is relative to it ({@code openat}, {@code renameat},
 * {@code unlinkat}): a folder or link swapped in on the way after a check changes nothing,
 * because the way is not walked again. Elsewhere each operation checks the path just before.
 */
abstract sealed class Folder implements Closeable {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    /** The folder's path, for messages and for creating subfolders. */
    abstract Path path();

    /** The entry's own attributes (a link's, not its target's), or null when there is none. */
    final BasicFileAttributes attributes(String name) throws IOException {
        try {
            return ownAttributes(name);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The entry's own attributes, read without following a link. */
    abstract BasicFileAttributes ownAttributes(String name) throws IOException;

    /** Opens the entry without following a link ({@code O_NOFOLLOW}). */
    abstract SeekableByteChannel open(String name, Set<? extends OpenOption> options) throws IOException;

    /** Renames an entry over another in this folder; a link at {@code to} is replaced, never followed. */
    abstract void rename(String from, String to) throws IOException;

    abstract void delete(String name) throws IOException;

    /** Opens the subfolder {@code name}, refusing a link there. */
    abstract Folder subfolder(String name) throws IOException;

    /** The names in this folder. */
    abstract List<String> names() throws IOException;

    /** {@code path} (a real path) opened as a folder. */
    static Folder open(Path path) throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(path);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return new Opened(path, secure);
        }
        stream.close();
        return new ByPath(path);
    }

    /** A folder kept open, operated on relative to its descriptor. */
    private static final class Opened extends Folder {
        private final Path path;
        private final SecureDirectoryStream<Path> stream;

        Opened(Path path, SecureDirectoryStream<Path> stream) {
            this.path = path;
            this.stream = stream;
        }

        @Override
        Path path() {
            return path;
        }

        @Override
        BasicFileAttributes ownAttributes(String name) throws IOException {
            return stream.getFileAttributeView(Path.of(name), BasicFileAttributeView.class, NOFOLLOW).readAttributes();
        }

        @Override
        SeekableByteChannel open(String name, Set<? extends OpenOption> options) throws IOException {
            return stream.newByteChannel(Path.of(name), withNoFollow(options));
        }

        @Override
        void rename(String from, String to) throws IOException {
            stream.move(Path.of(from), stream, Path.of(to));
        }

        @Override
        void delete(String name) throws IOException {
            stream.deleteFile(Path.of(name));
        }

        @Override
        Folder subfolder(String name) throws IOException {
            return new Opened(path.resolve(name), stream.newDirectoryStream(Path.of(name), NOFOLLOW));
        }

        @Override
        List<String> names() throws IOException {
            // a stream is iterated once: list through a fresh one on the same folder
            List<String> names = new ArrayList<>();
            try (SecureDirectoryStream<Path> again = stream.newDirectoryStream(Path.of("."), NOFOLLOW)) {
                again.forEach(entry -> names.add(entry.getFileName().toString()));
            }
            return names;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /** Where folders cannot be kept open: every operation checks the path for links just before. */
    private static final class ByPath extends Folder {
        private final Path path;

        ByPath(Path path) {
            this.path = path;
        }

        @Override
        Path path() {
            return path;
        }

        @Override
        BasicFileAttributes ownAttributes(String name) throws IOException {
            return Files.readAttributes(path.resolve(name), BasicFileAttributes.class, NOFOLLOW);
        }

        @Override
        SeekableByteChannel open(String name, Set<? extends OpenOption> options) throws IOException {
            return Files.newByteChannel(path.resolve(name), withNoFollow(options));
        }

        @Override
        void rename(String from, String to) throws IOException {
            Files.move(path.resolve(from), path.resolve(to), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        void delete(String name) throws IOException {
            Files.delete(path.resolve(name));
        }

        @Override
        Folder subfolder(String name) throws IOException {
            BasicFileAttributes attributes = attributes(name);
            if (attributes == null || !attributes.isDirectory()) {
                throw new NoSuchFileException(path.resolve(name).toString());
            }
            return new ByPath(path.resolve(name));
        }

        @Override
        List<String> names() throws IOException {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                entries.forEach(entry -> names.add(entry.getFileName().toString()));
            }
            return names;
        }

        @Override
        public void close() {
        }
    }

    private static Set<OpenOption> withNoFollow(Set<? extends OpenOption> options) {
        Set<OpenOption> all = new java.util.HashSet<>(options);
        all.add(NOFOLLOW);
        return all;
    }
}
