package org.briefing.files;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Searching input folders. Symbolic links are followed, to folders and to files alike: a folder
 * named through a link ({@code models -> releases/2024-10}) is searched as the folder it leads to.
 * Each real folder is searched once, so a link back to an ancestor (a cycle) or two links to the
 * same folder cost nothing and repeat nothing. Files come back sorted by path.
 */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * The files under {@code folder} that {@code take} accepts, searching only the subfolders
     * {@code enter} accepts (the folder itself is always searched).
     *
     * @param take sees each entry that is not a folder with its attributes: those of the file a
     *             link leads to, or the link's own when it leads nowhere
     * @throws IOException when a folder cannot be searched: its files would be silently missing
     */
    public static List<Path> files(Path folder, Predicate<Path> enter, BiPredicate<Path, BasicFileAttributes> take)
            throws IOException {
        List<Path> found = new ArrayList<>();
        Set<Object> searched = new HashSet<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (!dir.equals(folder) && !enter.test(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        Object key = attributes.fileKey() == null ? realPath(dir) : attributes.fileKey();
                        return searched.add(key) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (take.test(file, attributes)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException) {
                            return FileVisitResult.CONTINUE; // a link to an ancestor: searched already
                        }
                        throw e;
                    }
                });
        found.sort(null);
        return found;
    }

    /** Whether {@code path}'s own name starts with a dot: {@code .git}, {@code .DS_Store}, an editor's swap file. */
    public static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Object realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
