package org.briefing.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One country briefing, as the model file describes it (docs/model.md). Immutable; optional
 * single values are null when absent, optional lists are empty.
 *
 * @param languages      the editions to produce; the first is the default language
 * @param classification the marking printed as a banner on every page, or null
 * @param issuer         the office that issues the briefing: the author of its documents, or null
 * @param shortTitle     a short form of the title for the running header, or null
 * @param facts          the key-facts box, or null
 * @param pictures       maps and photos, in order
 * @param charts         charts of the briefing's numbers, in order
 * @param notes          the notes texts cite, in the model's order (an edition numbers them as cited)
 */
public record Briefing(
        String schema,
        String id,
        Country country,
        List<String> languages,
        LocalDate date,
        LocalizedText classification,
        LocalizedText issuer,
        LocalizedText title,
        LocalizedText shortTitle,
        LocalizedText summary,
        Source source,
        Facts facts,
        List<Picture> pictures,
        List<Chart> charts,
        List<LocalizedText> achievements,
        List<Quote> quotes,
        List<LocalizedText> recommendations,
        List<LocalizedText> background,
        List<Link> links,
        List<Note> notes) {

    public Briefing {
        Validate.notNull(id, "id");
        Validate.notNull(country, "country");
        Validate.notNull(date, "date");
        Validate.notNull(title, "title");
        languages = Validate.copyOf(languages, "languages");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages must not be empty");
        }
        pictures = Validate.copyOf(pictures, "pictures");
        charts = Validate.copyOf(charts, "charts");
        achievements = Validate.copyOf(achievements, "achievements");
        quotes = Validate.copyOf(quotes, "quotes");
        recommendations = Validate.copyOf(recommendations, "recommendations");
        background = Validate.copyOf(background, "background");
        links = Validate.copyOf(links, "links");
        notes = Validate.copyOf(notes, "notes");
    }

    public String defaultLanguage() {
        return languages.get(0);
    }
}
