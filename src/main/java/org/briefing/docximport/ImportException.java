package org.briefing.docximport;

/** Nothing was imported: the DOCX or the model cannot be used, said in one line. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }
}
