package org.briefing.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code batch --import-edits} did with one DOCX output that staff edited.
 *
 * @param changes     the changes written into the model
 * @param notImported what stayed out of the model, one line each with where it is; while there is
 *                    any, the file stays protected
 * @param error       why nothing was imported, or null
 */
public record ImportedEdits(Path docx, Path model, String language, int changes, List<String> notImported,
                            String error) {
    public ImportedEdits {
        notImported = List.copyOf(notImported);
    }

    /** Whether all of the file's content is in the model now, so a new edition may replace it. */
    public boolean isComplete() {
        return error == null && notImported.isEmpty();
    }
}
