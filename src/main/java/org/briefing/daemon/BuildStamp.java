package org.briefing.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Which build a process runs: every file of its class path (the jar, and the libraries its
 * manifest names) by path, size, modification time and identity (inode), a folder of classes by
 * its newest file. A rebuild changes it, so a daemon of an older build is never handed a command,
 * and a daemon whose jar was replaced under it (its classes are loaded from the jar lazily) ends.
 */
final class BuildStamp {
    private final String classPath;
    private final String text;

    private BuildStamp(String classPath, String text) {
        this.classPath = classPath;
        this.text = text;
    }

    static BuildStamp of(String classPath) {
        return new BuildStamp(classPath, describe(classPath));
    }

    String text() {
        return text;
    }

    /** Whether the class path's files are still those this stamp saw. */
    boolean isCurrent() {
        return describe(classPath).equals(text);
    }

    private static String describe(String classPath) {
        Set<Path> files = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path path = Path.of(entry).toAbsolutePath().normalize();
                files.add(path);
                files.addAll(manifestClassPath(path));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(file).append(' ');
            stamp(file, text);
            text.append('\n');
        }
        return text.toString();
    }

    /** The jars a jar's manifest puts on the class path: URLs, relative to the jar's own. */
    private static List<Path> manifestClassPath(Path jar) {
        List<Path> more = new ArrayList<>();
        if (!Files.isRegularFile(jar)) {
            return more;
        }
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value != null) {
                java.net.URI base = jar.toUri();
                for (String name : value.trim().split("\\s+")) {
                    more.add(Path.of(base.resolve(name)).normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            more.add(jar.resolveSibling("(unreadable manifest)"));
        }
        return more;
    }

    /**
     * Size, time and identity of a file; a folder's newest time. Written with plain appends: this
     * runs in every client before anything else, where each library facility loaded is start-up time.
     */
    private static void stamp(Path file, StringBuilder text) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                text.append("folder ").append(newest(file));
            } else {
                text.append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append(' ')
                        .append(attributes.fileKey());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            text.append("missing");
        }
    }

    /** A folder of classes (tests, an IDE) changes in its files, not in its own time stamp. */
    private static long newest(Path folder) throws IOException {
        long newest = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
            }
        }
        return newest;
    }
}
