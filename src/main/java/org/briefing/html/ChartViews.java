package org.briefing.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.briefing.chart.ChartSpec;
import org.briefing.chart.Numbers;
import org.briefing.model.Chart;
import org.briefing.model.FieldPath;
import org.briefing.model.LocalizedText;

/**
 * A model's chart as an edition shows it ({@link EditionView.ChartView}): its texts in the
 * edition's language, its values written as the language writes numbers, the spec the writers
 * draw it from, and its alternative text: the model's summary, or one read off the data.
 */
final class ChartViews {
    private ChartViews() {
    }

    /**
     * @param text the edition's text of a model text at a field path (null for an absent text)
     */
    static EditionView.ChartView of(String path, Chart chart, String language,
                                    BiFunction<String, LocalizedText, EditionView.Text> text) {
        EditionView.Text title = text.apply(FieldPath.child(path, "title"), chart.title());
        EditionView.Text summary = text.apply(FieldPath.child(path, "summary"), chart.summary());
        EditionView.Text xTitle = text.apply(FieldPath.child(path, "x_title"), chart.xTitle());
        EditionView.Text yTitle = text.apply(FieldPath.child(path, "y_title"), chart.yTitle());
        EditionView.Text unit = text.apply(FieldPath.child(path, "unit"), chart.unit());
        EditionView.Text source = text.apply(FieldPath.child(path, "source"), chart.source());
        List<EditionView.Text> categories = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            categories.add(text.apply(FieldPath.item(FieldPath.child(path, "categories"), i),
                    chart.categories().get(i)));
        }
        List<EditionView.Text> names = new ArrayList<>();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int i = 0; i < chart.series().size(); i++) {
            EditionView.Text name = text.apply(FieldPath.item(FieldPath.child(path, "series"), i) + ".name",
                    chart.series().get(i).name());
            names.add(name);
            series.add(new ChartSpec.Series(name.plain(), chart.series().get(i).values()));
        }
        List<EditionView.ChartRow> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            int at = c;
            rows.add(new EditionView.ChartRow(categories.get(c), chart.series().stream()
                    .map(s -> Numbers.format(s.values().get(at), language)).toList()));
        }
        List<String> categoryLabels = categories.stream().map(EditionView.Text::plain).toList();
        String alt = summary != null ? summary.plain() : described(title.plain(), categoryLabels, series, language);
        String valueTitle = yTitle == null ? (unit == null ? "" : unit.plain())
                : yTitle.plain() + (unit == null ? "" : " (" + unit.plain() + ")");
        ChartSpec spec = new ChartSpec(chart.kind().modelName(), language, title.plain(),
                xTitle == null ? "" : xTitle.plain(), valueTitle, alt, categoryLabels, series);
        return new EditionView.ChartView(title, xTitle, unit, source, names, rows, spec.toJson(), alt);
    }

    /**
     * The chart's data read out, where the model gives no summary: "Trafficking cases.
     * Investigations: 2017 — 12, 2018 — 20, 2019 — 35." Labels and numbers in the edition's
     * language, no words that would need translating.
     */
    static String described(String title, List<String> categories, List<ChartSpec.Series> series, String language) {
        StringBuilder alt = new StringBuilder(title.strip());
        if (!title.strip().matches(".*[.!?…]$")) {
            alt.append('.');
        }
        for (ChartSpec.Series one : series) {
            alt.append(' ').append(one.name()).append(": ");
            for (int c = 0; c < categories.size(); c++) {
                alt.append(c == 0 ? "" : ", ").append(categories.get(c)).append(" — ")
                        .append(Numbers.format(one.values().get(c), language));
            }
            alt.append('.');
        }
        return alt.toString();
    }
}
