package org.briefing.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system's notice that something in the watched files' folders changed (inotify on Linux):
 * runs {@code look} once the folders have been quiet for a moment, since one save can be several
 * events (a truncation, then the writing; a new file, then a rename). What changed is for the
 * caller to see; an event for a file nobody watches costs one look.
 */
final class FileEvents implements AutoCloseable {
    /** A save's events come within microseconds of each other; this waits for the last of them. */
    static final long QUIET_MILLIS = 2;
    /** A stream of events (a tool rewriting a whole folder) delays the look no longer than this. */
    private static final long MAX_DELAY_MILLIS = 50;

    private final WatchService service;
    private final Thread thread;

    private FileEvents(WatchService service, Runnable look) {
        this.service = service;
        this.thread = new Thread(() -> listen(look), "briefing-preview-file-events");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Listens for changes in the folders of {@code watched}: a file's folder, a folder and its
     * subfolders. Null when the system offers no such events (the caller's own looks then suffice).
     */
    static FileEvents start(List<Path> watched, Runnable look) {
        WatchService service = null;
        try {
            service = watched.get(0).getFileSystem().newWatchService();
            for (Path folder : folders(watched)) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            return new FileEvents(service, look);
        } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
            if (service != null) {
                try {
                    service.close();
                } catch (IOException ignored) {
                    // nothing was listened to
                }
            }
            return null;
        }
    }

    private static Set<Path> folders(List<Path> watched) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path path : watched) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path.toRealPath(), SourceWatcher.MAX_DEPTH)) {
                    tree.filter(Files::isDirectory).filter(folder -> !SourceWatcher.isEditorScratch(folder))
                            .forEach(folders::add);
                }
            } else {
                Path parent = path.toAbsolutePath().getParent();
                if (parent != null && Files.isDirectory(parent)) {
                    folders.add(parent);
                }
            }
        }
        return folders;
    }

    private void listen(Runnable look) {
        try {
            while (true) {
                drain(service.take());
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MILLIS);
                WatchKey more;
                while (System.nanoTime() < deadline
                        && (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                look.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service does not fail in any way that matters here
        }
        thread.interrupt();
    }
}
