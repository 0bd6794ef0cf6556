package org.briefing.markup;

/**
 * A run of text as a document holds it: its characters (a newline is a line break), whether it
 * is set bold or italic beyond what its place gives every run there, the address it links to, or
 * null, and the note it cites, or null (a citing run has no characters of its own).
 */
public record Run(String text, boolean bold, boolean italic, String href, String note) {
    public Run(String text, boolean bold, boolean italic, String href) {
        this(text, bold, italic, href, null);
    }

    /** The citation of a note: its number is the edition's, not the text's. */
    public static Run note(String id) {
        return new Run("", false, false, null, id);
    }

    public boolean isNote() {
        return note != null;
    }
}
