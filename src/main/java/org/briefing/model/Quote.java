package org.briefing.model;

/** A quotation with who said it and in what capacity; {@code role} may be null. */
public record Quote(LocalizedText speaker, LocalizedText role, LocalizedText text) {
    public Quote {
        Validate.notNull(speaker, "speaker");
        Validate.notNull(text, "text");
    }
}
