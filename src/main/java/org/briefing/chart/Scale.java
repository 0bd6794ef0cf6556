package org.briefing.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis ({@link ChartLayout#valueScale}), the same in every format: from a round number
 * at or below the data's least value (or zero) to one at or above its greatest, in four to eight
 * steps of 1, 2, 2.5 or 5 times a power of ten.
 */
public record Scale(double min, double max, double step) {
    static Scale of(double least, double greatest) {
        double low = Math.min(0, least);
        double high = Math.max(0, greatest);
        if (high - low == 0) {
            high = 1;
        }
        double raw = (high - low) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= factor * power) {
                step = factor * power;
                break;
            }
        }
        return new Scale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; min + i * step <= max + step / 1e6; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /** Where {@code value} is, from 0 at the bottom to 1 at the top. */
    double fraction(double value) {
        return (value - min) / (max - min);
    }
}
