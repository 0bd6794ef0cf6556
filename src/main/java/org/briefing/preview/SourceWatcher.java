package org.briefing.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Calls back when a watched file or anything under a watched folder is saved. What decides is the
 * files' modification time, size and identity: that sees editors that save by writing a new file
 * and renaming it, and template subfolders, and behaves the same on every system. The system's
 * file events ({@link FileEvents}: inotify on Linux) say when to look, so a save shows within a
 * few milliseconds; a look a few times a second catches whatever the events miss (a new
 * subfolder, a network file system, a system whose events are themselves a slow poll). A handful
 * of stat calls per look costs nothing.
 */
final class SourceWatcher implements AutoCloseable {
    static final long INTERVAL_MILLIS = 250;
    /** Template folders are shallow; this only bounds a mistaken --templates of a huge tree. */
    static final int MAX_DEPTH = 4;

    private final List<Path> watched;
    private final Runnable onChange;
    private final ScheduledExecutorService ticker;
    private final FileEvents events;
    private Map<Path, String> last;

    /**
     * Starts watching {@code watched} (files or folders). {@code onChange} runs on one of the
     * watcher's own threads, never two at once, and must not throw: an exception would end the watching.
     */
    SourceWatcher(List<Path> watched, Runnable onChange) {
        this.watched = List.copyOf(watched);
        this.onChange = onChange;
        this.last = fingerprint();
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "briefing-preview-watcher");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::check, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        this.events = FileEvents.start(this.watched, this::check);
    }

    private synchronized void check() {
        Map<Path, String> now = fingerprint();
        if (!now.equals(last)) {
            last = now;
            onChange.run();
        }
    }

    /** For every file watched: what changes when it is saved; a missing file is simply absent. */
    private Map<Path, String> fingerprint() {
        Map<Path, String> prints = new HashMap<>();
        for (Path path : watched) {
            if (Files.isDirectory(path)) {
                // a folder named through a link is watched as the folder it leads to
                try (Stream<Path> files = Files.walk(path.toRealPath(), MAX_DEPTH)) {
                    files.forEach(file -> stamp(file, prints));
                } catch (IOException | UncheckedIOException e) {
                    prints.put(path, "unreadable");
                }
            } else {
                stamp(path, prints);
            }
        }
        return prints;
    }

    private static void stamp(Path file, Map<Path, String> prints) {
        if (isEditorScratch(file)) {
            return;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                // the file key (device and inode on Unix) tells a renamed-over file from the old one
                prints.put(file, attributes.lastModifiedTime() + "/" + attributes.size() + "/"
                        + Objects.toString(attributes.fileKey()));
            }
        } catch (NoSuchFileException e) {
            // deleted between listing and reading, or not saved yet: absent
        } catch (IOException e) {
            prints.put(file, "unreadable");
        }
    }

    /**
     * Editors' swap, lock and backup files ({@code .briefing.html.swp}, {@code #briefing.html#},
     * {@code briefing.css~}) change while the user types, not when they save.
     */
    static boolean isEditorScratch(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (events != null) {
            events.close();
        }
    }
}
