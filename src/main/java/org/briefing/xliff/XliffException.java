package org.briefing.xliff;

/** A translation file cannot be read or used, said in one line with where. */
public final class XliffException extends Exception {
    public XliffException(String message) {
        super(message);
    }
}
