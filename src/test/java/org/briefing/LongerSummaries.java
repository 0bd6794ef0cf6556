package org.briefing;

import java.util.HashMap;
import java.util.Map;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;

/**
 * A model's briefing with a longer summary in one language, so that what follows it moves down
 * the pages: how tests walk each heading across a page end.
 */
public final class LongerSummaries {
    private LongerSummaries() {
    }

    /**
     * {@code b} with {@code words} more words at the end of its summary in {@code language}: its
     * own words again, or its title's where it has no summary.
     */
    public static Briefing grown(Briefing b, String language, int words) {
        String summary = b.summary() == null ? "" : b.summary().in(language).orElse("");
        String[] own = (summary.isEmpty() ? b.title().in(language).orElseThrow() : summary).split(" ");
        StringBuilder longer = new StringBuilder(summary);
        for (int i = 0; i < words; i++) {
            longer.append(longer.isEmpty() ? "" : " ").append(own[i % own.length]);
        }
        return withSummary(b, language, longer.toString());
    }

    /** {@code b} with {@code summary} as its summary in {@code language}. */
    public static Briefing withSummary(Briefing b, String language, String summary) {
        Map<String, String> texts = new HashMap<>(b.summary() == null ? Map.of() : b.summary().byLanguage());
        texts.put(language, summary);
        return new Briefing(b.schema(), b.id(), b.country(), b.languages(), b.date(), b.classification(), b.issuer(),
                b.title(), b.shortTitle(), LocalizedText.of(texts), b.source(), b.facts(), b.pictures(), b.charts(),
                b.achievements(), b.quotes(), b.recommendations(), b.background(), b.links(), b.notes());
    }
}
