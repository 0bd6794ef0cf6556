package org.briefing.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.files.BoundedRead;
import org.briefing.files.Sha256;

/**
 * The one way output is written, read back and removed. Nothing is ever created, replaced or
 * deleted outside the output folder:
 * <ul>
 *   <li>The folder itself is resolved once, links and all, when it is opened (an output folder
 *       may live elsewhere through a link). Below it, nothing is reached through a link: a
 *       symbolic link where a country folder or a document should be is refused, and so is
 *       anything else that is not a plain folder or file (a FIFO, a device). Folders are kept
 *       open and files reached relative to them ({@link Folder}), so a link swapped in after the
 *       check is never followed.</li>
 *   <li>Every file is written to a temporary {@code .briefing-NAME.PID-RANDOM.part} beside it,
 *       flushed to disk and renamed over the target: a reader sees the old file or the whole new
 *       one. Temporaries left by a process that is gone (killed, power lost) are removed the
 *       first time a folder is opened; those of a running process are not.</li>
 * </ul>
 * Thread-safe; close it when done.
 */
public final class OutputFolder implements AutoCloseable {
    static final String TEMP_PREFIX = ".briefing-";
    private static final String TEMP_SUFFIX = ".part";
    private static final Pattern TEMPORARY = Pattern.compile(Pattern.quote(TEMP_PREFIX) + ".*\\.(\\d{1,18})-[0-9a-f]+"
            + Pattern.quote(TEMP_SUFFIX));
    private static final long PID = ProcessHandle.current().pid();

    private final Path root;
    private final Folder rootFolder;
    private final Map<Path, Folder> folders = new ConcurrentHashMap<>();
    /** Temporaries being written now, to remove if the run is interrupted. */
    private final Map<Path, Folder> inFlight = new ConcurrentHashMap<>();
    /** Once the run is interrupted: the one thread still allowed to write (to record what was made). */
    private Thread abandonedBy;

    private OutputFolder(Path root, Folder rootFolder) {
        this.root = root;
        this.rootFolder = rootFolder;
    }

    /** Opens {@code folder}, creating it (and the folders above it) when missing. */
    public static OutputFolder open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path root = folder.toRealPath();
        OutputFolder output = new OutputFolder(root, Folder.open(root));
        output.removeStaleTemporaries(output.rootFolder);
        return output;
    }

    /** The output folder's real path: every path given to this class is under it. */
    public Path root() {
        return root;
    }

    /**
     * Writes {@code content} to {@code target} (a path under {@link #root()}), creating its
     * folder when missing: the old content or the whole new one, never half of it.
     *
     * @throws OutputRefusedException when a link or a special file is on the way or at the target
     */
    public void write(Path target, byte[] content) throws IOException {
        Folder folder = folderOf(target, true);
        String name = target.getFileName().toString();
        requireFileOrNothing(folder, name);
        String temporary = TEMP_PREFIX + name + "." + PID + "-" + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX;
        Path temporaryPath = folder.path().resolve(temporary);
        startWriting(temporaryPath, folder);
        try {
            try (SeekableByteChannel channel = folder.open(temporary,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (channel instanceof FileChannel file) {
                    file.force(true);
                }
            }
            checkNotAbandoned();
            folder.rename(temporary, name);
        } finally {
            inFlight.remove(temporaryPath);
            deleteQuietly(folder, temporary);
        }
    }

    /**
     * Removes the file at {@code target} (a path under {@link #root()}), if there is one.
     *
     * @throws OutputRefusedException when a link or a special file is on the way or at the target
     */
    public void delete(Path target) throws IOException {
        Folder folder = folderOf(target, false);
        String name = target.getFileName().toString();
        if (folder != null && requireFileOrNothing(folder, name)) {
            folder.delete(name);
        }
    }

    /** The SHA-256 of the file at {@code target}, or empty when there is none. */
    public Optional<String> sha256(Path target) throws IOException {
        Folder folder = folderOf(target, false);
        String name = target.getFileName().toString();
        if (folder == null || !requireFileOrNothing(folder, name)) {
            return Optional.empty();
        }
        MessageDigest sha = Sha256.digest();
        try (InputStream in = Channels.newInputStream(folder.open(name, Set.of(StandardOpenOption.READ)))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed in between
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether a file is at {@code target}; anything else there is refused. */
    public boolean hasFile(Path target) throws IOException {
        Folder folder = folderOf(target, false);
        return folder != null && requireFileOrNothing(folder, target.getFileName().toString());
    }

    /** The whole file at {@code target}, at most {@code limit} bytes, or empty when there is none. */
    public Optional<byte[]> read(Path target, long limit) throws IOException {
        Folder folder = folderOf(target, false);
        String name = target.getFileName().toString();
        if (folder == null || !requireFileOrNothing(folder, name)) {
            return Optional.empty();
        }
        try (InputStream in = Channels.newInputStream(folder.open(name, Set.of(StandardOpenOption.READ)))) {
            return Optional.of(BoundedRead.of(in, limit));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens (creating) a file in the output folder itself for locking, never through a link.
     * The caller closes the channel.
     */
    FileChannel openForLocking(String name) throws IOException {
        requireFileOrNothing(rootFolder, name);
        SeekableByteChannel channel = rootFolder.open(name,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE));
        if (channel instanceof FileChannel file) {
            return file;
        }
        channel.close();
        throw new IOException("this file system cannot lock " + name);
    }

    /**
     * Stops the writing of every other thread: temporaries being written are removed, and their
     * writes from now on fail. For an interrupted run, whose workers may still be finishing a
     * document; the calling thread may still write (the manifest of what was made).
     */
    public void abandon() {
        synchronized (this) {
            abandonedBy = Thread.currentThread();
        }
        inFlight.forEach((temporary, folder) -> deleteQuietly(folder, temporary.getFileName().toString()));
    }

    @Override
    public void close() throws IOException {
        for (Folder folder : folders.values()) {
            folder.close();
        }
        rootFolder.close();
    }

    private synchronized void startWriting(Path temporary, Folder folder) throws InterruptedIOException {
        checkNotAbandoned();
        inFlight.put(temporary, folder);
    }

    private synchronized void checkNotAbandoned() throws InterruptedIOException {
        if (abandonedBy != null && abandonedBy != Thread.currentThread()) {
            throw new InterruptedIOException("interrupted; not written");
        }
    }

    /** The open folder that holds {@code target}, or null when it does not exist and {@code create} is false. */
    private Folder folderOf(Path target, boolean create) throws IOException {
        Path relative = relative(target);
        Folder folder = rootFolder;
        Path at = root;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            at = at.resolve(name);
            Folder parent = folder;
            Path key = at;
            folder = folders.get(key);
            if (folder == null) {
                if (!isFolder(parent, name, key, create)) {
                    return null;
                }
                try {
                    folder = folders.computeIfAbsent(key, path -> openSubfolder(parent, name));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return folder;
    }

    private boolean isFolder(Folder parent, String name, Path where, boolean create) throws IOException {
        BasicFileAttributes attributes = parent.attributes(name);
        if (attributes == null) {
            if (!create) {
                return false;
            }
            try {
                Files.createDirectory(where);
            } catch (FileAlreadyExistsException e) {
                // made by another worker or run meanwhile; checked below
            }
            attributes = parent.attributes(name);
        }
        if (attributes == null || !attributes.isDirectory()) {
            throw new OutputRefusedException(where, describe(attributes) + " where a folder of the output should be;"
                    + " output is never written through links or into special files");
        }
        return true;
    }

    private Folder openSubfolder(Folder parent, String name) {
        try {
            Folder folder = parent.subfolder(name);
            removeStaleTemporaries(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a plain file is there, false when nothing is; anything else is refused. */
    private static boolean requireFileOrNothing(Folder folder, String name) throws IOException {
        BasicFileAttributes attributes = folder.attributes(name);
        if (attributes == null) {
            return false;
        }
        if (!attributes.isRegularFile()) {
            throw new OutputRefusedException(folder.path().resolve(name), describe(attributes)
                    + " where an output file should be; it is left alone (remove it to write the file)");
        }
        return true;
    }

    private static String describe(BasicFileAttributes attributes) {
        if (attributes == null) {
            return "nothing";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return attributes.isRegularFile() ? "a file" : "a special file (a pipe, socket or device)";
    }

    private Path relative(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            throw new IllegalArgumentException("not a file of the output folder " + root + ": " + target);
        }
        return root.relativize(absolute);
    }

    private void removeStaleTemporaries(Folder folder) throws IOException {
        List<String> stale = new ArrayList<>();
        for (String name : folder.names()) {
            Matcher temporary = TEMPORARY.matcher(name);
            if (temporary.matches() && !isRunning(Long.parseLong(temporary.group(1)))) {
                stale.add(name);
            }
        }
        for (String name : stale) {
            deleteQuietly(folder, name);
        }
    }

    private static boolean isRunning(long pid) {
        return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteQuietly(Folder folder, String name) {
        try {
            folder.delete(name);
        } catch (IOException e) {
            // gone already (renamed into place, or removed by abandon())
        }
    }
}
