package org.briefing.chart;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart in one edition: every text in the edition's language, the numbers as the model has
 * them. It travels in the XHTML as the {@code data-chart} attribute of the chart's {@code object}
 * ({@link #toJson()}), so that the PDF, DOCX and HTML writers draw it from the one document.
 *
 * @param kind       {@code bar}, {@code stacked-bar}, {@code line} or {@code pie}
 * @param language   the edition's language: numbers are formatted for it
 * @param title      the chart's title
 * @param xTitle     the category axis's title, or ""
 * @param yTitle     the value axis's title (with the unit), or ""
 * @param alt        what the chart shows, for readers who cannot see it
 * @param categories the category labels
 * @param series     the series
 */
public record ChartSpec(String kind, String language, String title, String xTitle, String yTitle, String alt,
                        List<String> categories, List<Series> series) {
    public static final String BAR = "bar";
    public static final String STACKED_BAR = "stacked-bar";
    public static final String LINE = "line";
    public static final String PIE = "pie";

    private static final ObjectMapper JSON = new ObjectMapper();

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** A series: its name and one value per category. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /** The spec as one line of JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", kind).put("language", language).put("title", title).put("xTitle", xTitle)
                .put("yTitle", yTitle).put("alt", alt);
        ArrayNode categoryList = root.putArray("categories");
        categories.forEach(categoryList::add);
        ArrayNode seriesList = root.putArray("series");
        for (Series one : series) {
            ObjectNode node = seriesList.addObject().put("name", one.name());
            ArrayNode values = node.putArray("values");
            one.values().forEach(values::add);
        }
        return JSON.writeValueAsString(root);
    }

    /** The spec {@link #toJson()} wrote; an {@link IllegalArgumentException} for anything else. */
    public static ChartSpec fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<String> categories = new ArrayList<>();
            root.required("categories").forEach(c -> categories.add(c.asString()));
            List<Series> series = new ArrayList<>();
            for (JsonNode node : root.required("series")) {
                List<Double> values = new ArrayList<>();
                node.required("values").forEach(v -> values.add(v.asDouble()));
                if (values.size() != categories.size()) {
                    throw new IllegalArgumentException("a series has " + values.size() + " values for "
                            + categories.size() + " categories");
                }
                series.add(new Series(node.required("name").asString(), values));
            }
            return new ChartSpec(root.required("kind").asString(), root.required("language").asString(),
                    root.required("title").asString(), root.path("xTitle").asString(""),
                    root.path("yTitle").asString(""), root.path("alt").asString(""), categories, series);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a chart: " + e.getOriginalMessage(), e);
        }
    }

    public boolean isPie() {
        return kind.equals(PIE);
    }

    public boolean isStacked() {
        return kind.equals(STACKED_BAR);
    }

    public boolean isLine() {
        return kind.equals(LINE);
    }
}
