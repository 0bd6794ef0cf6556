package org.briefing.model;

import java.util.List;

/**
 * The key-facts box: label and value rows (capital, population, the report's rating), with an
 * optional caption; without one the template gives its own.
 */
public record Facts(LocalizedText caption, List<Fact> rows) {
    public Facts {
        rows = Validate.copyOf(rows, "rows");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("facts need rows");
        }
    }

    /** One row: what it is ({@code Capital}) and what it says ({@code Bishkek}). */
    public record Fact(LocalizedText label, LocalizedText value) {
        public Fact {
            Validate.notNull(label, "label");
            Validate.notNull(value, "value");
        }
    }
}
