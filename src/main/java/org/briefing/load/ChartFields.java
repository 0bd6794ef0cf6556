package org.briefing.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.briefing.files.Printable;
import org.briefing.model.Chart;
import org.briefing.model.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * Reads one chart of a model and makes the checks its schema cannot: as many values in every
 * series as there are categories, finite numbers, labels short enough to stay on one line of a
 * chart, one series and no negative share in a pie. Each problem is reported at its field.
 */
final class ChartFields {
    /** Characters of a category label: it is set under a bar or beside a slice. */
    static final int MAX_CATEGORY = 40;
    /** Characters of a title, an axis title, a series name, a unit or a source. */
    static final int MAX_LABEL = 150;
    /** Slices a pie can show and still be read. */
    static final int MAX_SLICES = 8;
    /** Beyond this a value is a typing error, and it would lose digits in a workbook. */
    static final double MAX_MAGNITUDE = 1e15;

    private final Function<String, JsonNode> nodes;
    private final Function<String, LocalizedText> texts;
    private final BiConsumer<String, String> errors;

    /**
     * @param nodes  the node at a field path, or null
     * @param texts  the checked text at a field path, or null
     * @param errors reports a problem at a field path
     */
    ChartFields(Function<String, JsonNode> nodes, Function<String, LocalizedText> texts,
                BiConsumer<String, String> errors) {
        this.nodes = nodes;
        this.texts = texts;
        this.errors = errors;
    }

    /** The chart at {@code path}, or null when it has a problem (reported). */
    Chart chartAt(String path) {
        JsonNode kindNode = nodes.apply(path + ".kind");
        Chart.Kind kind = kindNode == null ? null : Chart.Kind.of(kindNode.asString(""));
        LocalizedText title = label(path + ".title", MAX_LABEL);
        LocalizedText xTitle = label(path + ".x_title", MAX_LABEL);
        LocalizedText yTitle = label(path + ".y_title", MAX_LABEL);
        LocalizedText unit = label(path + ".unit", MAX_LABEL);
        LocalizedText source = label(path + ".source", MAX_LABEL);
        LocalizedText summary = texts.apply(path + ".summary");
        List<LocalizedText> categories = categories(path + ".categories");
        List<Chart.Series> series = series(path + ".series", categories.size(), kind);
        if (kind == null || title == null || categories.isEmpty() || series.isEmpty()) {
            return null; // the schema, or a check above, has said why
        }
        if (kind == Chart.Kind.PIE && !pieReadable(path, categories.size(), series)) {
            return null;
        }
        return new Chart(kind, title, summary, xTitle, yTitle, unit, source, categories, series);
    }

    private boolean pieReadable(String path, int slices, List<Chart.Series> series) {
        if (series.size() != 1) {
            errors.accept(path + ".series", "a pie shows one series, not " + series.size()
                    + "; make it a bar chart to compare several");
            return false;
        }
        if (slices > MAX_SLICES) {
            errors.accept(path + ".categories", "a pie of " + slices + " slices cannot be read; at most "
                    + MAX_SLICES + " (make it a bar chart)");
            return false;
        }
        if (series.get(0).values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            errors.accept(path + ".series[0].values", "a pie's values must add up to more than zero");
            return false;
        }
        return true;
    }

    private List<LocalizedText> categories(String path) {
        JsonNode list = nodes.apply(path);
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<LocalizedText> labels = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = YamlDocument.item(path, i);
            LocalizedText label = list.get(i).isNumber()
                    ? LocalizedText.of(list.get(i).asString()) : label(itemPath, MAX_CATEGORY);
            if (label == null) {
                return List.of();
            }
            labels.add(label);
        }
        return labels;
    }

    private List<Chart.Series> series(String path, int categories, Chart.Kind kind) {
        JsonNode list = nodes.apply(path);
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<Chart.Series> series = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            String itemPath = YamlDocument.item(path, i);
            LocalizedText name = label(itemPath + ".name", MAX_LABEL);
            List<Double> values = values(itemPath + ".values", categories, kind);
            if (name == null || values == null) {
                complete = false;
            } else {
                series.add(new Chart.Series(name, values));
            }
        }
        return complete ? series : List.of();
    }

    /** A series' values, or null when one is missing, not a finite number, or not allowed in {@code kind}. */
    private List<Double> values(String path, int categories, Chart.Kind kind) {
        JsonNode list = nodes.apply(path);
        if (list == null || !list.isArray()) {
            return null;
        }
        if (categories > 0 && list.size() != categories) {
            errors.accept(path, "has " + list.size() + " values for " + categories
                    + " categories: give one value per category, in their order");
            return null;
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode value = list.get(i);
            String itemPath = YamlDocument.item(path, i);
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                errors.accept(itemPath, "'" + quoted(value.asString("")) + "' is not a number");
                return null;
            }
            double number = value.asDouble();
            if (Math.abs(number) > MAX_MAGNITUDE) {
                errors.accept(itemPath, number + " is beyond what a chart can show (at most 10^15)");
                return null;
            }
            if (number < 0 && (kind == Chart.Kind.PIE || kind == Chart.Kind.STACKED_BAR)) {
                errors.accept(itemPath, "a " + kind.modelName() + " chart cannot show a negative value ("
                        + value.asString() + ")");
                return null;
            }
            values.add(number);
        }
        return values;
    }

    /** A one-line text of at most {@code max} characters in each language, or null. */
    private LocalizedText label(String path, int max) {
        LocalizedText text = texts.apply(path);
        if (text == null) {
            return null;
        }
        Map<String, String> byLanguage = text.isSameInEveryLanguage()
                ? Map.of("", text.in("").orElseThrow()) : text.byLanguage();
        boolean fits = true;
        for (Map.Entry<String, String> entry : byLanguage.entrySet()) {
            String at = entry.getKey().isEmpty() ? path : YamlDocument.child(path, entry.getKey());
            String value = entry.getValue().strip();
            if (value.length() > max) {
                errors.accept(at, "a chart's label is one line of at most " + max + " characters, not "
                        + value.length());
                fits = false;
            } else if (value.contains("\n")) {
                errors.accept(at, "a chart's label is one line; it has a line break");
                fits = false;
            }
        }
        return fits ? text : null;
    }

    /** A value as a message quotes it: short, one line, nothing invisible. */
    private static String quoted(String text) {
        String line = Printable.text(text);
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
