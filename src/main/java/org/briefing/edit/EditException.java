package org.briefing.edit;

/** A change that cannot be written into a model file as asked; the file is left as it was. */
public final class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }
}
