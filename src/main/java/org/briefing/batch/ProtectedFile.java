package org.briefing.batch;

import java.nio.file.Path;

/**
 * An existing output left alone because someone may have edited it.
 *
 * @param newVersion where this run's version was written instead ({@code <id>.<lang>.new.<ext>})
 * @param edited     true when its bytes differ from those the manifest recorded; false when the
 *                   manifest does not list it at all (made by {@code render}, or the manifest was lost)
 */
public record ProtectedFile(Path output, Path newVersion, boolean edited) {

    public String reason() {
        return edited ? "edited since it was made" : "not made by a batch run (not in the manifest)";
    }
}
