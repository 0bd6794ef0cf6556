package org.briefing.model;

import java.util.List;
import java.util.Locale;

/**
 * A chart of a few numbers: categories (years, labels) along one axis and one or more series of
 * values, every text localized. Each format draws it natively (vector graphics in the PDF, a
 * Word chart with its workbook in the DOCX, SVG in HTML) and sets its data as a table beside it.
 *
 * @param kind       how the numbers are drawn
 * @param title      what the chart shows
 * @param summary    one sentence saying what it shows, the alternative text; or null (one is made from the data)
 * @param xTitle     the category axis's title, or null
 * @param yTitle     the value axis's title, or null
 * @param unit       what the values count ({@code cases}, {@code USD million}), or null
 * @param source     where the numbers come from, or null
 * @param categories the labels along the category axis, as many as every series has values
 * @param series     the series, each a name and one value per category
 */
public record Chart(Kind kind, LocalizedText title, LocalizedText summary, LocalizedText xTitle,
                    LocalizedText yTitle, LocalizedText unit, LocalizedText source,
                    List<LocalizedText> categories, List<Series> series) {

    public Chart {
        Validate.notNull(kind, "kind");
        Validate.notNull(title, "title");
        categories = Validate.copyOf(categories, "categories");
        series = Validate.copyOf(series, "series");
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs categories and series");
        }
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("every series needs one value per category");
            }
        }
    }

    /** How a chart draws its numbers; {@link #modelName()} is how the model file writes it. */
    public enum Kind {
        /** Bars side by side, one per series in each category. */
        BAR,
        /** One bar per category, the series stacked in it. */
        STACKED_BAR,
        /** A line per series through its values. */
        LINE,
        /** One series as slices of a circle. */
        PIE;

        public String modelName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The kind {@code name} writes ({@code stacked-bar}), or null. */
        public static Kind of(String name) {
            for (Kind kind : values()) {
                if (kind.modelName().equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** One series: its name and a finite value per category. */
    public record Series(LocalizedText name, List<Double> values) {
        public Series {
            Validate.notNull(name, "name");
            values = Validate.copyOf(values, "values");
            for (Double value : values) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("a chart's values are finite numbers");
                }
            }
        }
    }
}
