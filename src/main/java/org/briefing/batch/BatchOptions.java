package org.briefing.batch;

import java.nio.file.Path;
import java.util.List;
import org.briefing.render.Format;
import org.briefing.render.Paper;

/**
 * What a batch run renders and how.
 *
 * @param paths         model files, and folders searched recursively for {@code *.yaml} and {@code *.yml}
 * @param output        the output folder: {@code <country>/<id>.<lang>.<ext>} and {@code manifest.json}
 * @param threads       documents rendered at once
 * @param languages     editions to make; empty for every language of each model
 * @param allowFallback a missing translation is a warning (default language used), not an error
 * @param force         make every document again and replace existing files, edited or not
 * @param referenceDocx a house-style document for the DOCX outputs, or null for the built-in styles
 * @param importEdits   before rendering, import into its model every DOCX output that staff edited
 */
public record BatchOptions(List<Path> paths, Path output, int threads, List<Format> formats,
                           List<String> languages, Paper paper, boolean allowFallback, boolean force,
                           Path referenceDocx, boolean importEdits) {

    public BatchOptions {
        paths = List.copyOf(paths);
        formats = formats.stream().distinct().toList();
        languages = languages.stream().map(String::strip).distinct().toList();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no models to render");
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no formats to render");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** PDF and DOCX of every language, A4, one thread per processor. */
    public static BatchOptions defaults(List<Path> paths, Path output) {
        return new BatchOptions(paths, output, Runtime.getRuntime().availableProcessors(),
                List.of(Format.PDF, Format.DOCX), List.of(), Paper.A4, false, false, null, false);
    }

    public BatchOptions withThreads(int count) {
        return new BatchOptions(paths, output, count, formats, languages, paper, allowFallback, force,
                referenceDocx, importEdits);
    }

    public BatchOptions withFormats(List<Format> chosen) {
        return new BatchOptions(paths, output, threads, chosen, languages, paper, allowFallback, force,
                referenceDocx, importEdits);
    }

    public BatchOptions withLanguages(List<String> chosen) {
        return new BatchOptions(paths, output, threads, formats, chosen, paper, allowFallback, force,
                referenceDocx, importEdits);
    }

    public BatchOptions withPaper(Paper size) {
        return new BatchOptions(paths, output, threads, formats, languages, size, allowFallback, force,
                referenceDocx, importEdits);
    }

    public BatchOptions withAllowFallback(boolean allow) {
        return new BatchOptions(paths, output, threads, formats, languages, paper, allow, force,
                referenceDocx, importEdits);
    }

    public BatchOptions withForce(boolean rebuild) {
        return new BatchOptions(paths, output, threads, formats, languages, paper, allowFallback, rebuild,
                referenceDocx, importEdits);
    }

    public BatchOptions withImportEdits(boolean importFirst) {
        return new BatchOptions(paths, output, threads, formats, languages, paper, allowFallback, force, referenceDocx,
                importFirst);
    }

    public BatchOptions withReferenceDocx(Path file) {
        return new BatchOptions(paths, output, threads, formats, languages, paper, allowFallback, force,
                file, importEdits);
    }
}
