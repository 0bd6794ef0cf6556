package org.briefing.pdf;

import java.util.Locale;
import java.util.Map;

/**
 * The OpenType language system of an edition's language: the tag under which fonts keep that
 * language's localized forms ({@code locl}), and under which {@code fonts.properties} names the
 * faces that have them baked in ({@code serif.italic.SRB}).
 */
final class OpenTypeLanguage {
    /** The region's languages (OpenType's language system tags, without their trailing space). */
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("az", "AZE"), Map.entry("be", "BEL"), Map.entry("bg", "BGR"), Map.entry("kk", "KAZ"),
            Map.entry("ky", "KIR"), Map.entry("mk", "MKD"), Map.entry("mn", "MNG"), Map.entry("ru", "RUS"),
            Map.entry("sr", "SRB"), Map.entry("tg", "TAJ"), Map.entry("tk", "TKM"), Map.entry("uk", "UKR"),
            Map.entry("uz", "UZB"));

    private OpenTypeLanguage() {
    }

    /**
     * The language system of {@code language} (BCP 47), or "" for one not listed. Script and
     * region do not matter: Serbian in Latin letters has no Cyrillic letters to localize, and a
     * Cyrillic quotation in it is Serbian.
     */
    static String of(String language) {
        return TAGS.getOrDefault(Locale.forLanguageTag(language).getLanguage(), "");
    }
}
