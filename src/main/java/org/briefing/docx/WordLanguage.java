package org.briefing.docx;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.model.LanguageScript;

/**
 * The language tag Word's spell-checker expects ({@code w:lang w:val}) for an edition's BCP 47
 * tag. Word keys its proofing tools to the tags of its language list: language and region
 * ({@code ru-RU}, {@code ky-KG}, {@code mn-MN}), with the script for the languages it lists in
 * more than one ({@code tg-Cyrl-TJ}, {@code uz-Latn-UZ}, {@code sr-Cyrl-RS}, {@code az-Latn-AZ}).
 * A tag without a region gets the one where the language is a national language; the model's
 * region is kept ({@code en-GB}, {@code nb-NO}). A language not listed is used as it is.
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
            Map.entry("cs", "CZ"), Map.entry("sk", "SK"), Map.entry("sl", "SI"), Map.entry("hu", "HU"),
            Map.entry("nb", "NO"), Map.entry("nn", "NO"), Map.entry("sv", "SE"), Map.entry("da", "DK"),
            Map.entry("fi", "FI"), Map.entry("nl", "NL"), Map.entry("pt", "PT"), Map.entry("el", "GR"));

    /** The languages Word's tags name a script for; its tags of the others have none. */
    private static final Set<String> WITH_SCRIPT = Set.of("az", "bs", "sr", "tg", "uz");

    private WordLanguage() {
    }

    static String of(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        String language = locale.getLanguage();
        if (!REGIONS.containsKey(language)) {
            return locale.toLanguageTag();
        }
        Locale.Builder word = new Locale.Builder().setLanguage(language)
                .setRegion(locale.getCountry().isEmpty() ? REGIONS.get(language) : locale.getCountry());
        if (WITH_SCRIPT.contains(language)) {
            word.setScript(LanguageScript.of(bcp47));
        }
        return word.build().toLanguageTag();
    }
}
