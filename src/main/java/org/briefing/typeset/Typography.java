package org.briefing.typeset;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.model.LanguageScript;

/**
 * The typographic conventions of one language: its quotation marks (CLDR's delimiters), whether
 * a one-letter word may end a line, and whether a cited title goes in quotation marks or in
 * italics.
 *
 * @param quotes             opening and closing mark, then the nested pair ("«»„“"); empty where
 *                           the tool does not know the language's marks and leaves them as typed
 * @param bindOneLetterWords whether a one-letter word (Russian в, с, и; Serbian у) is kept with
 *                           the next word, as Slavic and Cyrillic typography requires
 * @param citesInQuotes      whether a cited title is set in quotation marks («Доклад…») rather
 *                           than in italics (<i>Trafficking in Persons Report</i>)
 */
public record Typography(String quotes, boolean bindOneLetterWords, boolean citesInQuotes) {
    private static final String GUILLEMETS = "«»„“";

    /** Quotation marks by language (CLDR delimiters), and by language and script where they differ. */
    private static final Map<String, String> QUOTES = Map.ofEntries(
            Map.entry("en", "“”‘’"), Map.entry("ru", GUILLEMETS), Map.entry("uk", GUILLEMETS),
            Map.entry("be", GUILLEMETS), Map.entry("kk", GUILLEMETS), Map.entry("ky", GUILLEMETS),
            Map.entry("tg", GUILLEMETS), Map.entry("uz-Cyrl", GUILLEMETS), Map.entry("uz-Latn", "“”‘’"),
            Map.entry("az", GUILLEMETS), Map.entry("tk", "“”“”"), Map.entry("mn", "“”‘’"),
            Map.entry("bg", "„“„“"), Map.entry("mk", "„“‚‘"), Map.entry("sr", "„“‘’"), Map.entry("bs", "„“‘’"),
            Map.entry("hr", "„“‚‘"), Map.entry("sl", "„“‚‘"), Map.entry("cs", "„“‚‘"), Map.entry("sk", "„“‚‘"),
            Map.entry("pl", "„”«»"), Map.entry("de", "„“‚‘"), Map.entry("fr", "«»“”"), Map.entry("es", "«»“”"),
            Map.entry("it", "«»“”"), Map.entry("pt", "“”‘’"), Map.entry("nl", "‘’“”"), Map.entry("tr", "“”‘’"),
            Map.entry("ro", "„”«»"), Map.entry("hu", "„”»«"), Map.entry("lt", "„“„“"), Map.entry("lv", "«»„“"),
            Map.entry("et", "„“‚‘"), Map.entry("ka", "„“«»"), Map.entry("hy", "«»«»"), Map.entry("nb", "«»‘’"),
            Map.entry("nn", "«»‘’"), Map.entry("no", "«»‘’"), Map.entry("sv", "””’’"), Map.entry("da", "“”‘’"),
            Map.entry("fi", "””’’"));

    /** Slavic languages written in Latin letters, which keep one-letter words with the next too. */
    private static final Set<String> LATIN_SLAVIC = Set.of("pl", "cs", "sk", "sl", "hr", "bs", "sr");

    /** Languages whose convention puts a cited title in quotation marks. */
    private static final Set<String> CITES_IN_QUOTES = Set.of("ru", "uk", "be", "bg", "mk", "sr", "bs", "hr",
            "sl", "cs", "sk", "pl", "kk", "ky", "tg", "uz", "az", "tk", "mn");

    public Typography {
        if (!quotes.isEmpty() && quotes.codePointCount(0, quotes.length()) != 4) {
            throw new IllegalArgumentException("quotes are two pairs: " + quotes);
        }
    }

    /** The conventions of {@code tag} (BCP 47). */
    public static Typography of(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String language = locale.getLanguage();
        String script = LanguageScript.of(tag);
        String quotes = QUOTES.getOrDefault(language + "-" + script, QUOTES.getOrDefault(language, ""));
        boolean slavicOrCyrillic = script.equals("Cyrl") || LATIN_SLAVIC.contains(language);
        return new Typography(quotes, slavicOrCyrillic, CITES_IN_QUOTES.contains(language));
    }

    /** The opening quotation mark at nesting {@code depth} (0: outermost). */
    char open(int depth) {
        return quotes.charAt(depth % 2 == 0 ? 0 : 2);
    }

    char close(int depth) {
        return quotes.charAt(depth % 2 == 0 ? 1 : 3);
    }

    boolean knowsQuotes() {
        return !quotes.isEmpty();
    }
}
