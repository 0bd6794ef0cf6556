package org.briefing.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One country briefing, as the model file describes it (SPEC section 3). Immutable; optional
 * single values are null when absent, optional lists are empty.
 *
 * @param languages the editions to produce; the first is the default language
 */
public record Briefing(
        String schema,
        String id,
        Country country,
        List<String> languages,
        LocalDate date,
        String classification,
        LocalizedText title,
        LocalizedText summary,
        Source source,
        List<LocalizedText> achievements,
        List<Quote> quotes,
        List<LocalizedText> recommendations,
        List<LocalizedText> background,
        List<Link> links) {

    public Briefing {
        Validate.notNull(id, "id");
        Validate.notNull(country, "country");
        Validate.notNull(date, "date");
        Validate.notNull(title, "title");
        languages = Validate.copyOf(languages, "languages");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages must not be empty");
        }
        achievements = Validate.copyOf(achievements, "achievements");
        quotes = Validate.copyOf(quotes, "quotes");
        recommendations = Validate.copyOf(recommendations, "recommendations");
        background = Validate.copyOf(background, "background");
        links = Validate.copyOf(links, "links");
    }

    public String defaultLanguage() {
        return languages.get(0);
    }
}
