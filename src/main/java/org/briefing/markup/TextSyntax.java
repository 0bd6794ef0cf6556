package org.briefing.markup;

/**
 * How a model file writes its texts. A model declares the inline syntax by its format version
 * ({@value #INLINE_SCHEMA}); in a {@code briefing/1} model every character is the character
 * typed, as it always was, so no existing model changes meaning when the syntax arrives. Inside
 * the tool a text is always in the inline syntax: a literal model's texts are escaped as they
 * are read, and unescaped as they are written back.
 */
public enum TextSyntax {
    /** {@code briefing/1}: every character as typed. */
    LITERAL,
    /** {@code briefing/1.1}: emphasis, strong words, links and line breaks. */
    INLINE;

    /** The format version that declares the inline syntax. */
    public static final String INLINE_SCHEMA = "briefing/1.1";
    /** Characters that may start or end a mark, escaped in a literal text. */
    private static final String MARKS = "\\*_[]<>`!";

    /** The syntax of a model whose {@code schema} is this. */
    public static TextSyntax of(String schema) {
        return INLINE_SCHEMA.equals(schema) ? INLINE : LITERAL;
    }

    /** A text as the file holds it, in the inline syntax the tool reads. */
    public String read(String stored) {
        if (this == INLINE) {
            return stored;
        }
        StringBuilder out = new StringBuilder(stored.length() + 8);
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (MARKS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A text in the inline syntax as the file is to hold it: as it is, or (literal) its words.
     * A caller with formatting a literal model cannot hold says so first ({@link InlineMarkup#isPlain}).
     */
    public String stored(String text) {
        return this == INLINE ? text : InlineMarkup.plain(text);
    }
}
