package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.files.FileTrees;
import org.briefing.files.Printable;

/**
 * Model files named by the user: files as given, folders searched for *.yaml and *.yml through
 * symbolic links (see {@link FileTrees}), leaving out hidden files and folders ({@code .git},
 * {@code .github}). A folder without a model is an error rather than nothing to do, so that a
 * check over a mistyped or empty folder cannot pass; the same file named twice is found once.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** @throws IOException when a folder cannot be searched, or holds no model */
    public static List<Path> find(List<Path> paths) throws IOException {
        Map<Path, Path> byLocation = new LinkedHashMap<>();
        for (Path path : paths) {
            List<Path> found = Files.isDirectory(path)
                    ? FileTrees.files(path, folder -> !FileTrees.isHidden(folder),
                            // a link that leads nowhere is taken, so that loading it says so
                            (file, attributes) -> (attributes.isRegularFile() || attributes.isSymbolicLink())
                                    && isModel(file))
                    : List.of(path);
            if (found.isEmpty()) {
                throw new IOException(Printable.name(path) + ": no model files (*.yaml, *.yml) in this folder");
            }
            found.forEach(file -> byLocation.putIfAbsent(location(file), file));
        }
        return new ArrayList<>(byLocation.values());
    }

    public static boolean isModel(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    /** Where a file really is, so that a file reached through a link and directly is one file. */
    private static Path location(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
