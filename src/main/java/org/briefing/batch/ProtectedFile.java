package org.briefing.batch;

import java.nio.file.Path;

/**
 * An existing output left alone because someone may have edited it.
 *
 * @param newVersion where this run's version was written instead ({@code <id>.<lang>.new.<ext>})
 * @param edited     true when its bytes differ from those the manifest recorded; false when the
 *                   manifest does not list it at all (made by {@code render}, or the manifest was lost)
 * @param model      the model file it is an edition of
 */
public record ProtectedFile(Path output, Path newVersion, boolean edited, Path model) {

    public String reason() {
        return edited ? "edited since it was made" : "not made by a batch run (not in the manifest)";
    }

    /** Whether it is a DOCX, whose edits {@code briefing import} can take into its model. */
    public boolean isDocx() {
        return output.getFileName().toString().endsWith(".docx");
    }
}
