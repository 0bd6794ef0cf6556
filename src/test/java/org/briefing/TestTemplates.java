package org.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's template folder, copied for a test to change. */
public final class TestTemplates {
    private TestTemplates() {
    }

    /** A copy of {@code templates/} (README included) in {@code target}, which may exist. */
    public static Path copy(Path target) throws IOException {
        Path source = Path.of("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
