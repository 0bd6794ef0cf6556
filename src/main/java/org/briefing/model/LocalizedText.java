package org.briefing.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A text in one or more languages: either one string for every language, or a map from BCP 47
 * language tag to string. Immutable.
 */
public final class LocalizedText {

    private final String everyLanguage;
    private final Map<String, String> byLanguage;
    private final Set<String> outdated;

    private LocalizedText(String everyLanguage, Map<String, String> byLanguage, Set<String> outdated) {
        this.everyLanguage = everyLanguage;
        this.byLanguage = byLanguage;
        this.outdated = outdated;
    }

    /** The same text in every language (a proper name, a URL label). */
    public static LocalizedText of(String text) {
        return new LocalizedText(Validate.notNull(text, "text"), Map.of(), Set.of());
    }

    /** One text per language; iteration order is kept. */
    public static LocalizedText of(Map<String, String> byLanguage) {
        return of(byLanguage, Set.of());
    }

    /**
     * One text per language, where the texts in {@code outdated} describe an older wording (the
     * text was changed in another language, by a DOCX import, and they await translation).
     */
    public static LocalizedText of(Map<String, String> byLanguage, Set<String> outdated) {
        Validate.notNull(byLanguage, "byLanguage");
        return new LocalizedText(null, Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage)),
                Collections.unmodifiableSet(new LinkedHashSet<>(Validate.notNull(outdated, "outdated"))));
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

    /** Whether it is one text for every language (a name, a label written once). */
    public boolean isSameInEveryLanguage() {
        return everyLanguage != null;
    }

    /** The languages whose text is outdated: the text changed in another language since they were written. */
    public Set<String> outdated() {
        return outdated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && java.util.Objects.equals(everyLanguage, other.everyLanguage)
                && byLanguage.equals(other.byLanguage) && outdated.equals(other.outdated);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(everyLanguage, byLanguage, outdated);
    }

    @Override
    public String toString() {
        return everyLanguage != null ? everyLanguage : byLanguage.toString();
    }
}
