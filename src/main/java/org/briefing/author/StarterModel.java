package org.briefing.author;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.briefing.markup.TextSyntax;

/**
 * A new model for staff to fill in: every field present and explained in a comment. It is valid
 * as written except for its texts, which are empty, so {@code briefing validate} lists exactly
 * what is left to write. The country's name is prefilled from the JDK's locale data.
 */
public final class StarterModel {
    private final String countryCode;
    private final List<String> languages;
    private final String id;
    private final LocalDate date;
    private final String schemaReference;

    /** @param schemaReference where editors find the JSON Schema (a relative path or URL), or null */
    public StarterModel(String countryCode, List<String> languages, String id, LocalDate date,
                        String schemaReference) {
        this.schemaReference = schemaReference;
        this.countryCode = countryCode.toUpperCase(Locale.ROOT);
        this.languages = List.copyOf(languages);
        this.id = id == null ? this.countryCode.toLowerCase(Locale.ROOT) + "-briefing-" + date.getYear() : id;
        this.date = date;
        if (!List.of(Locale.getISOCountries()).contains(this.countryCode)) {
            throw new IllegalArgumentException("'" + countryCode + "' is not an ISO 3166-1 alpha-2 country code");
        }
        if (this.languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        if (!this.id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("id '" + this.id + "': use lower-case letters, digits and hyphens");
        }
    }

    public String id() {
        return id;
    }

    /** The model as YAML text. */
    public String yaml() {
        StringBuilder y = new StringBuilder();
        if (schemaReference != null) {
            y.append("# yaml-language-server: $schema=").append(schemaReference).append('\n');
        }
        y.append("# A country briefing. Fill in every empty text (\"\"), then: briefing validate THIS-FILE\n");
        y.append("# A text is one string for every language, or one per language as below.\n");
        y.append("# In a text, a blank line starts a new paragraph. Lists may be empty ([]) but not left out.\n");
        y.append("# Mark words with *emphasis*, **strong** or [a link](https://...); end a line with \\ to break it.\n");
        y.append("schema: ").append(TextSyntax.INLINE_SCHEMA).append("\n\n");
        y.append("# Used in output file names: lower-case letters, digits and hyphens.\n");
        y.append("id: ").append(id).append("\n\n");
        y.append("country:\n  code: ").append(countryCode).append("   # ISO 3166-1 alpha-2\n");
        y.append("  # Prefilled from common usage: check the official name for each language.\n");
        y.append("  name:\n");
        for (String language : languages) {
            y.append("    ").append(language).append(": ").append(quote(countryName(language))).append('\n');
        }
        y.append("\n# The editions to produce; the first is the default language.\n");
        y.append("languages: [").append(String.join(", ", languages)).append("]\n\n");
        y.append("# The briefing's date, YYYY-MM-DD; printed in each language's own format.\n");
        y.append("date: ").append(date).append("\n\n");
        y.append("# Printed as a banner at the top and bottom of every page. Delete the line for none.\n");
        y.append("classification: UNCLASSIFIED\n\n");
        y.append("title:\n").append(texts("  "));
        y.append("\n# Lead paragraph under the title (optional: delete to leave out).\nsummary:\n").append(texts("  "));
        y.append("\n# What the briefing is based on (optional).\nsource:\n  title:\n").append(texts("    "))
                .append("  publisher:\n").append(texts("    "))
                .append("  url: https://www.example.org/report   # replace with the source's address\n");
        y.append("\n# Key achievements, one text each.\nachievements:\n  -\n").append(texts("    "));
        y.append("\n# Statements: who said it, in what capacity, and the words, without quotation marks.\nquotes:\n")
                .append("  - speaker:\n").append(texts("      "))
                .append("    role:\n").append(texts("      "))
                .append("    text:\n").append(texts("      "));
        y.append("\n# Printed as a numbered list.\nrecommendations:\n  -\n").append(texts("    "));
        y.append("\n# Background paragraphs (optional).\nbackground:\n  -\n").append(texts("    "));
        y.append("\n# Further reading (optional): written into the documents as links, never fetched.\nlinks:\n")
                .append("  - label:\n").append(texts("      "))
                .append("    url: https://www.example.org/   # replace\n");
        return y.toString();
    }

    private String texts(String indent) {
        StringBuilder y = new StringBuilder();
        for (String language : languages) {
            y.append(indent).append(language).append(": \"\"\n");
        }
        return y.toString();
    }

    private String countryName(String language) {
        String name = new Locale("", countryCode).getDisplayCountry(Locale.forLanguageTag(language));
        return name.isEmpty() || name.equals(countryCode) ? new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH)
                : name;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
