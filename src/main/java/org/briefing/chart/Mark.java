package org.briefing.chart;

import java.util.List;

/**
 * What a chart's layout is made of, in CSS pixels from the chart's top left corner. A painter
 * draws each kind; a mark of a series is drawn in that series' colour and pattern
 * ({@link Palette}), so series differ in more than their colour.
 */
public sealed interface Mark {
    /** A bar, a stacked bar's segment or a legend swatch of series {@code series}. */
    record Box(double x, double y, double width, double height, int series) implements Mark {
    }

    /** A pie's slice: from {@code start} degrees (0 is twelve o'clock) clockwise by {@code extent}. */
    record Wedge(double cx, double cy, double radius, double start, double extent, int series) implements Mark {
    }

    /** A series' line through its points ({@code x0, y0, x1, y1, ...}). */
    record Line(List<Double> points, int series) implements Mark {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A series' point symbol: its shape says which series it is. */
    record Dot(double x, double y, int series) implements Mark {
    }

    /** An axis ({@code strong}) or a grid line. */
    record Rule(double x1, double y1, double x2, double y2, boolean strong) implements Mark {
    }

    /** An upright label whose baseline starts, centres or ends at ({@code x}, {@code y}). */
    record Text(double x, double y, String text, Anchor anchor, double size, boolean bold) implements Mark {
    }

    /** Where a label stands relative to its point. */
    enum Anchor {
        START, MIDDLE, END
    }
}
