package org.briefing.batch;

import java.nio.file.Path;

/**
 * One document of a batch run settled.
 *
 * @param output the output file (absolute)
 * @param detail empty for {@link Status#MADE} and {@link Status#UP_TO_DATE}; why the file was
 *               protected and where the new version went; or the error that failed it
 */
public record DocumentEvent(Path model, Path output, Status status, String detail) {

    public enum Status {
        /** Written. */
        MADE,
        /** Already made from the same inputs and unchanged since; nothing written. */
        UP_TO_DATE,
        /** Someone may have edited the existing file: it was left alone, the new version written beside it. */
        PROTECTED,
        /** Could not be rendered or written. */
        FAILED
    }
}
