package org.briefing.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every text of a briefing by its field path, in the order a reader meets them: the one list of
 * "what there is to write, translate and edit" that DOCX import, translation reports and
 * translation files share. Addresses (URLs) are the same in every language and are listed apart.
 */
public final class ModelTexts {
    private ModelTexts() {
    }

    /** The localized texts: {@code country.name}, {@code title}, ..., {@code links[1].label}. */
    public static Map<String, LocalizedText> texts(Briefing briefing) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        put(texts, "classification", briefing.classification());
        texts.put("country.name", briefing.country().name());
        texts.put("title", briefing.title());
        put(texts, "short_title", briefing.shortTitle());
        put(texts, "issuer", briefing.issuer());
        Source source = briefing.source();
        if (source != null) {
            put(texts, "source.title", source.title());
            put(texts, "source.publisher", source.publisher());
        }
        Facts facts = briefing.facts();
        if (facts != null) {
            put(texts, "facts.caption", facts.caption());
            for (int i = 0; i < facts.rows().size(); i++) {
                String row = FieldPath.item("facts.rows", i);
                texts.put(row + ".label", facts.rows().get(i).label());
                texts.put(row + ".value", facts.rows().get(i).value());
            }
        }
        put(texts, "summary", briefing.summary());
        for (int i = 0; i < briefing.charts().size(); i++) {
            chartTexts(texts, FieldPath.item("charts", i), briefing.charts().get(i));
        }
        for (int i = 0; i < briefing.achievements().size(); i++) {
            texts.put(FieldPath.item("achievements", i), briefing.achievements().get(i));
        }
        for (int i = 0; i < briefing.quotes().size(); i++) {
            Quote quote = briefing.quotes().get(i);
            String path = FieldPath.item("quotes", i);
            texts.put(path + ".text", quote.text());
            texts.put(path + ".speaker", quote.speaker());
            put(texts, path + ".role", quote.role());
        }
        for (int i = 0; i < briefing.recommendations().size(); i++) {
            texts.put(FieldPath.item("recommendations", i), briefing.recommendations().get(i));
        }
        for (int i = 0; i < briefing.background().size(); i++) {
            texts.put(FieldPath.item("background", i), briefing.background().get(i));
        }
        for (int i = 0; i < briefing.links().size(); i++) {
            texts.put(FieldPath.item("links", i) + ".label", briefing.links().get(i).label());
        }
        for (int i = 0; i < briefing.notes().size(); i++) {
            texts.put(FieldPath.item("notes", i) + ".text", briefing.notes().get(i).text());
        }
        return texts;
    }

    /** The addresses: {@code source.url}, {@code links[0].url}, ... */
    public static Map<String, String> addresses(Briefing briefing) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (briefing.source() != null && briefing.source().url() != null) {
            urls.put("source.url", briefing.source().url());
        }
        for (int i = 0; i < briefing.links().size(); i++) {
            urls.put(FieldPath.item("links", i) + ".url", briefing.links().get(i).url());
        }
        return urls;
    }

    /** A chart's texts: its title and axis titles, category labels, series names, unit, source, summary. */
    private static void chartTexts(Map<String, LocalizedText> texts, String path, Chart chart) {
        texts.put(path + ".title", chart.title());
        put(texts, path + ".x_title", chart.xTitle());
        put(texts, path + ".y_title", chart.yTitle());
        put(texts, path + ".unit", chart.unit());
        for (int i = 0; i < chart.categories().size(); i++) {
            texts.put(FieldPath.item(path + ".categories", i), chart.categories().get(i));
        }
        for (int i = 0; i < chart.series().size(); i++) {
            texts.put(FieldPath.item(path + ".series", i) + ".name", chart.series().get(i).name());
        }
        put(texts, path + ".source", chart.source());
        put(texts, path + ".summary", chart.summary());
    }

    private static void put(Map<String, LocalizedText> texts, String path, LocalizedText text) {
        if (text != null) {
            texts.put(path, text);
        }
    }
}
