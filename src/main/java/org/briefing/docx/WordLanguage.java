package org.briefing.docx;

import java.util.Locale;
import java.util.Map;

/**
 * The language tag Word's spell-checker expects ({@code w:lang w:val}) for an edition's BCP 47
 * tag. Word keys its proofing tools to language-and-region tags ({@code ru-RU}, {@code ky-KG});
 * a bare language is given the region where it is the national language. A tag that already
 * names a region, or a language not listed, is used as it is.
 */
final class WordLanguage {
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("en", "US"), Map.entry("ru", "RU"), Map.entry("ky", "KG"), Map.entry("kk", "KZ"),
            Map.entry("uk", "UA"), Map.entry("be", "BY"), Map.entry("uz", "UZ"), Map.entry("tg", "TJ"),
            Map.entry("tk", "TM"), Map.entry("mn", "MN"), Map.entry("sr", "RS"), Map.entry("bg", "BG"),
            Map.entry("mk", "MK"), Map.entry("bs", "BA"), Map.entry("hr", "HR"), Map.entry("az", "AZ"),
            Map.entry("ka", "GE"), Map.entry("hy", "AM"), Map.entry("ro", "RO"), Map.entry("pl", "PL"),
            Map.entry("de", "DE"), Map.entry("fr", "FR"), Map.entry("es", "ES"), Map.entry("it", "IT"),
            Map.entry("tr", "TR"), Map.entry("lt", "LT"), Map.entry("lv", "LV"), Map.entry("et", "EE"),
            Map.entry("cs", "CZ"), Map.entry("sk", "SK"), Map.entry("sl", "SI"), Map.entry("hu", "HU"));

    private WordLanguage() {
    }

    static String of(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        if (!locale.getCountry().isEmpty() || !REGIONS.containsKey(locale.getLanguage())) {
            return locale.toLanguageTag();
        }
        return new Locale.Builder().setLocale(locale).setRegion(REGIONS.get(locale.getLanguage())).build()
                .toLanguageTag();
    }
}
