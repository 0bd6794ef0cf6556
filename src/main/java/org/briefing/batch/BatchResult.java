package org.briefing.batch;

import java.time.Duration;
import java.util.List;
import org.briefing.load.Problem;

/**
 * What a batch run did.
 *
 * @param made           documents written
 * @param upToDate       documents skipped because their inputs and file were unchanged
 * @param protectedFiles existing outputs left alone because someone may have edited them
 * @param failures       one line each: invalid models (every problem), clashing models, documents
 *                       that failed to render or be written
 * @param warnings       formatted warnings, e.g. a missing translation under {@code --allow-fallback}
 * @param manifestError  why the manifest could not be saved, or null when it was: the documents
 *                       made are in place, but the next run will not know them as this run's
 * @param interrupted    the run was interrupted (Ctrl-C, SIGTERM) before every document was settled
 * @param imports        with {@code --import-edits}: each edited DOCX imported before rendering
 */
public record BatchResult(int made, int upToDate, List<ProtectedFile> protectedFiles, List<Problem> failures,
                          List<String> warnings, String manifestError, boolean interrupted, Duration elapsed,
                          List<ImportedEdits> imports) {

    public BatchResult {
        imports = List.copyOf(imports);
        protectedFiles = List.copyOf(protectedFiles);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /**
     * True when the run was not interrupted, no model failed and the manifest was saved;
     * protected files do not count as failures.
     */
    public boolean succeeded() {
        return failures.isEmpty() && manifestError == null && !interrupted
                && imports.stream().allMatch(imported -> imported.error() == null);
    }

    /** How many model files had at least one failure. */
    public long failedModels() {
        return failures.stream().map(Problem::file).distinct().count();
    }
}
