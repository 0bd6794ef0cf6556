package org.briefing.xliff;

/**
 * One text of a model to translate: its field path (the unit's id), the text in the source
 * language, the translation the model has (or null), what it needs, and where it is for the
 * translator ("achievements, item 3 of 7").
 */
public record TranslationUnit(String id, String source, String target, Status status, String context) {

    /** What a unit needs. */
    public enum Status {
        /** The model has no text in the target language. */
        MISSING,
        /** The model's text in the target language describes an older wording (marked outdated). */
        OUTDATED,
        /** The model has a current translation. */
        TRANSLATED;

        public boolean needsWork() {
            return this != TRANSLATED;
        }
    }
}
