package org.briefing.model;

/**
 * A note that texts cite with {@code [^id]}: a source, a caveat. Each edition numbers its notes
 * in the order they are first cited.
 *
 * @param id   how texts cite it: letters, digits, {@code -} and {@code _}
 * @param text what it says, in every language
 */
public record Note(String id, LocalizedText text) {
    public Note {
        Validate.notNull(id, "id");
        Validate.notNull(text, "text");
    }
}
