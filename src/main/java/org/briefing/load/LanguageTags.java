package org.briefing.load;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** BCP 47 language tags: well-formed, and with a language the JDK knows. */
public final class LanguageTags {
    private static final Set<String> ISO_639 = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    public static boolean isWellFormed(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** Well-formed, and its primary language is an ISO 639 code (two letters, or three). */
    public static boolean isKnown(String tag) {
        if (!isWellFormed(tag)) {
            return false;
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        return ISO_639.contains(language) || language.length() == 3;
    }
}
