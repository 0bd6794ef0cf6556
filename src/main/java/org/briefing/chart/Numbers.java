package org.briefing.chart;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as an edition writes them: its language's digit grouping and decimal sign
 * ({@code 12,500.5}, {@code 12 500,5}), at most two decimals.
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@code value} written for {@code language}. */
    public static String format(double value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        format.setMaximumFractionDigits(2);
        String text = format.format(value == 0 ? 0.0 : value); // never "-0"
        return text.replace('\u2212', '-').replace('\u202F', '\u00A0');
    }
}
