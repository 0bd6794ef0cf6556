package org.briefing.load;

import java.nio.file.Path;
import org.briefing.files.Printable;

/**
 * One thing wrong (or doubtful) in a model file, with where it is.
 *
 * @param line   1-based, or 0 when unknown
 * @param column 1-based, or 0 when unknown
 * @param path   field path such as {@code achievements[3].ky}; empty for the whole file
 */
public record Problem(Path file, int line, int column, String path, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(Path file, Position at, String path, String message) {
        return new Problem(file, at.line(), at.column(), path, message, Severity.ERROR);
    }

    public static Problem warning(Path file, Position at, String path, String message) {
        return new Problem(file, at.line(), at.column(), path, message, Severity.WARNING);
    }

    /** Whether this says a text lacks a translation (its path ends with the language). */
    public boolean isMissingTranslation() {
        return message.startsWith(ModelBinder.MISSING_TRANSLATION);
    }

    /** Whether this says a text's translation is outdated (its path ends with the language). */
    public boolean isOutdatedTranslation() {
        return message.startsWith(ModelBinder.OUTDATED_TRANSLATION);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code FILE:LINE:COLUMN: field.path: message}, leaving out the parts that are unknown; a
     * control character in the file name is escaped, so no name can forge another line.
     */
    public String format() {
        StringBuilder out = new StringBuilder(Printable.name(file));
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
