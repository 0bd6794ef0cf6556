package org.briefing.model;

/** The country a briefing is about: ISO 3166-1 alpha-2 code (upper case) and its name. */
public record Country(String code, LocalizedText name) {
    public Country {
        Validate.notNull(code, "code");
        Validate.notNull(name, "name");
    }
}
