package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.briefing.files.Printable;
import org.briefing.load.Problem;

/** How commands print problems and failures: one line each. */
final class Console {
    private Console() {
    }

    static void print(PrintWriter err, Iterable<Problem> problems) {
        for (Problem problem : problems) {
            err.println(problem.format());
        }
    }

    /**
     * A path as users like to read it: relative to the current folder when it is inside it, with
     * control characters escaped ({@link Printable}).
     */
    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return Printable.name(absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute);
    }
}
