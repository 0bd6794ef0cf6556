package org.briefing.model;

import java.util.Locale;
import java.util.Map;

/**
 * The script (ISO 15924: {@code Cyrl}, {@code Latn}, ...) that a language tag's text is written
 * in: the one the tag names, else the one its language is written in where it is a national
 * language (CLDR's likely subtags). So {@code uz} and {@code uz-Latn-UZ} are Uzbek in Latin
 * letters, {@code uz-Cyrl} is Uzbek in Cyrillic, {@code sr} is Serbian in Cyrillic. Labels,
 * fonts and Word's language tags differ by script.
 */
public final class LanguageScript {
    /** The languages of the region the tool serves, and the script a tag without one means. */
    private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("az", "Latn"), Map.entry("be", "Cyrl"), Map.entry("bg", "Cyrl"), Map.entry("bs", "Latn"),
            Map.entry("en", "Latn"), Map.entry("kk", "Cyrl"), Map.entry("ky", "Cyrl"), Map.entry("mk", "Cyrl"),
            Map.entry("mn", "Cyrl"), Map.entry("ru", "Cyrl"), Map.entry("sr", "Cyrl"), Map.entry("tg", "Cyrl"),
            Map.entry("tk", "Latn"), Map.entry("uk", "Cyrl"), Map.entry("uz", "Latn"));

    /** Countries that write one of those languages in another script. */
    private static final Map<String, String> BY_LANGUAGE_AND_REGION = Map.of(
            "az-IR", "Arab", "kk-CN", "Arab", "ky-CN", "Arab", "mn-CN", "Mong", "sr-ME", "Latn", "uz-AF", "Arab");

    private LanguageScript() {
    }

    /** The script of {@code tag} (BCP 47), or "" for a language not listed here that names none. */
    public static String of(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.getScript().isEmpty()) {
            return locale.getScript();
        }
        String byRegion = BY_LANGUAGE_AND_REGION.get(locale.getLanguage() + "-" + locale.getCountry());
        return byRegion != null ? byRegion : BY_LANGUAGE.getOrDefault(locale.getLanguage(), "");
    }
}
