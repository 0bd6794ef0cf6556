package org.briefing.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A text in one or more languages: either one string for every language, or a map from BCP 47
 * language tag to string. Immutable.
 */
public final class LocalizedText {

    private final String everyLanguage;
    private final Map<String, String> byLanguage;

    private LocalizedText(String everyLanguage, Map<String, String> byLanguage) {
        this.everyLanguage = everyLanguage;
        this.byLanguage = byLanguage;
    }

    /** The same text in every language (a proper name, a URL label). */
    public static LocalizedText of(String text) {
        return new LocalizedText(Validate.notNull(text, "text"), Map.of());
    }

    /** One text per language; iteration order is kept. */
    public static LocalizedText of(Map<String, String> byLanguage) {
        Validate.notNull(byLanguage, "byLanguage");
        return new LocalizedText(null, Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage)));
    }

    /** The text in {@code language}, if there is one. */
    public Optional<String> in(String language) {
        if (everyLanguage != null) {
            return Optional.of(everyLanguage);
        }
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** Languages this text has explicitly (empty when it is the same in every language). */
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && java.util.Objects.equals(everyLanguage, other.everyLanguage)
                && byLanguage.equals(other.byLanguage);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(everyLanguage, byLanguage);
    }

    @Override
    public String toString() {
        return everyLanguage != null ? everyLanguage : byLanguage.toString();
    }
}
