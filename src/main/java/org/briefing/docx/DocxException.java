package org.briefing.docx;

/** The DOCX cannot be written: content outside the vocabulary, or an unusable reference document. */
public final class DocxException extends RuntimeException {
    public DocxException(String message) {
        super(message);
    }

    public DocxException(String message, Throwable cause) {
        super(message, cause);
    }
}
