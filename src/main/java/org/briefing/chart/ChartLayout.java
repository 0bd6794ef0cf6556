package org.briefing.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of a chart goes, in one place for every painter: the title, the legend, the
 * value axis with round steps and the edition's numbers, the category labels (every second or
 * third where they do not all fit), the bars, lines or slices, and the values written beside them
 * where there is room, so that no value depends on telling colours apart. Text widths are
 * estimated from the number of characters: a painter sets the labels in the stylesheet's sans
 * font, whose letters average about half their size.
 *
 * @param width  in CSS pixels
 * @param height in CSS pixels
 */
public record ChartLayout(double width, double height, List<Mark> marks) {
    static final double LABEL = 11;
    static final double TITLE = 13;
    private static final double SWATCH = 10;
    private static final double GAP = 6;

    public ChartLayout {
        marks = List.copyOf(marks);
    }

    /** The layout of {@code chart} on {@code width} by {@code height} pixels. */
    public static ChartLayout of(ChartSpec chart, double width, double height) {
        Builder builder = new Builder(chart, width, height);
        double top = builder.title();
        if (chart.isPie()) {
            builder.pie(top);
        } else {
            boolean legend = chart.series().size() > 1;
            builder.axes(legend ? builder.legend(top) : top);
        }
        return new ChartLayout(width, height, builder.marks);
    }

    /** The value axis of {@code chart}: every format draws it with these steps. */
    public static Scale valueScale(ChartSpec chart) {
        return Scale.of(least(chart), greatest(chart));
    }

    /**
     * Whether the values are written beside the bars (the totals over stacked bars) or points:
     * where there is room for them, as every format decides alike.
     */
    public static boolean writesValues(ChartSpec chart) {
        int n = chart.categories().size();
        int count = chart.series().size();
        if (chart.isLine()) {
            return count <= 2 && n <= 12;
        }
        return (chart.isStacked() ? n : n * count) <= 30;
    }

    private static double least(ChartSpec chart) {
        return chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue)
                .min().orElse(0);
    }

    private static double greatest(ChartSpec chart) {
        if (chart.isStacked()) {
            double most = 0;
            for (int c = 0; c < chart.categories().size(); c++) {
                double sum = 0;
                for (ChartSpec.Series s : chart.series()) {
                    sum += s.values().get(c);
                }
                most = Math.max(most, sum);
            }
            return most;
        }
        return chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(0);
    }

    /** The width of {@code text} set at {@code size}, as estimated. */
    static double textWidth(String text, double size, boolean bold) {
        return text.codePointCount(0, text.length()) * size * (bold ? 0.58 : 0.53);
    }

    private static final class Builder {
        private final ChartSpec chart;
        private final double width;
        private final double height;
        private final List<Mark> marks = new ArrayList<>();

        Builder(ChartSpec chart, double width, double height) {
            this.chart = chart;
            this.width = width;
            this.height = height;
        }

        /** The title, wrapped to the width; the height it takes. */
        double title() {
            double y = 0;
            for (String line : wrap(chart.title(), width, TITLE, true)) {
                y += TITLE * 1.25;
                marks.add(new Mark.Text(width / 2, y, line, Mark.Anchor.MIDDLE, TITLE, true));
            }
            return y + GAP;
        }

        /** The series' names with their swatches, in rows under the title; the height taken. */
        double legend(double top) {
            double x = 0;
            double y = top + LABEL;
            List<Mark> row = new ArrayList<>();
            for (int i = 0; i < chart.series().size(); i++) {
                String name = chart.series().get(i).name();
                double entry = SWATCH + 4 + textWidth(name, LABEL, false) + 16;
                if (x > 0 && x + entry > width) {
                    centre(row, x - 16);
                    row.clear();
                    x = 0;
                    y += LABEL * 1.6;
                }
                row.addAll(swatch(x, y, i));
                row.add(new Mark.Text(x + SWATCH + 4, y, name, Mark.Anchor.START, LABEL, false));
                x += entry;
            }
            centre(row, x - 16);
            return y + LABEL;
        }

        /** Moves a legend row's marks to the middle of the width. */
        private void centre(List<Mark> row, double rowWidth) {
            double shift = Math.max(0, (width - rowWidth) / 2);
            for (Mark mark : row) {
                marks.add(shifted(mark, shift));
            }
        }

        private static Mark shifted(Mark mark, double dx) {
            if (mark instanceof Mark.Box b) {
                return new Mark.Box(b.x() + dx, b.y(), b.width(), b.height(), b.series());
            } else if (mark instanceof Mark.Text t) {
                return new Mark.Text(t.x() + dx, t.y(), t.text(), t.anchor(), t.size(), t.bold());
            } else if (mark instanceof Mark.Line l) {
                return new Mark.Line(List.of(l.points().get(0) + dx, l.points().get(1), l.points().get(2) + dx,
                        l.points().get(3)), l.series());
            } else if (mark instanceof Mark.Dot d) {
                return new Mark.Dot(d.x() + dx, d.y(), d.series());
            }
            return mark;
        }

        /** A legend's sample of series {@code i}: a patch of its fill, or a piece of its line with its point. */
        private List<Mark> swatch(double x, double baseline, int i) {
            double middle = baseline - LABEL * 0.35;
            if (chart.isLine()) {
                return List.of(new Mark.Line(List.of(x - 4, middle, x + SWATCH + 2, middle), i),
                        new Mark.Dot(x + SWATCH / 2 - 1, middle, i));
            }
            return List.of(new Mark.Box(x, middle - SWATCH / 2, SWATCH, SWATCH, i));
        }

        /** Value axis, grid, category labels and the data, below {@code top}. */
        void axes(double legendBottom) {
            double top = legendBottom;
            int n = chart.categories().size();
            Scale scale = valueScale(chart);
            List<Double> ticks = scale.ticks();
            double tickWidth = ticks.stream().mapToDouble(t -> textWidth(format(t), LABEL, false)).max().orElse(0);
            double left = tickWidth + GAP;
            double right = width - GAP;
            double band = (right - left) / n;
            // labels stay upright, as text extraction and screen magnifiers read them; where they
            // do not fit under every bar, every second (third, ...) is written, and the table has all
            double widest = chart.categories().stream().mapToDouble(c -> textWidth(c, LABEL, false)).max().orElse(0);
            int every = (int) Math.max(1, Math.ceil((widest + GAP) / band));
            double bottom = height - LABEL * 1.5 - (chart.xTitle().isEmpty() ? 0 : LABEL * 1.6);
            if (!chart.yTitle().isEmpty()) {
                top += LABEL * 1.2;
                marks.add(new Mark.Text(0, top, chart.yTitle(), Mark.Anchor.START, LABEL, false));
            }
            double plotTop = top + LABEL * 1.4; // room for the values over the highest bar
            Frame frame = new Frame(left, plotTop, right, bottom, scale);

            for (double tick : ticks) {
                double y = frame.y(tick);
                marks.add(new Mark.Rule(left, y, right, y, tick == 0));
                marks.add(new Mark.Text(left - 4, y + LABEL * 0.35, format(tick), Mark.Anchor.END, LABEL, false));
            }
            marks.add(new Mark.Rule(left, plotTop, left, bottom, true));
            for (int c = 0; c < n; c += every) {
                String label = chart.categories().get(c);
                double half = textWidth(label, LABEL, false) / 2;
                double x = Math.max(half, Math.min(width - half, left + band * (c + 0.5)));
                marks.add(new Mark.Text(x, bottom + LABEL * 1.2, label, Mark.Anchor.MIDDLE, LABEL, false));
            }
            if (!chart.xTitle().isEmpty()) {
                marks.add(new Mark.Text((left + right) / 2, height - LABEL * 0.4, chart.xTitle(),
                        Mark.Anchor.MIDDLE, LABEL, false));
            }
            if (chart.isLine()) {
                lines(frame, band);
            } else {
                bars(frame, band);
            }
        }

        private void bars(Frame frame, double band) {
            int n = chart.categories().size();
            int count = chart.series().size();
            double group = band * 0.72;
            double bar = chart.isStacked() ? group : group / count;
            boolean valued = writesValues(chart);
            for (int c = 0; c < n; c++) {
                double x = frame.left() + band * c + (band - group) / 2;
                double base = 0;
                for (int s = 0; s < count; s++) {
                    double value = chart.series().get(s).values().get(c);
                    double from = chart.isStacked() ? base : 0;
                    double to = from + value;
                    double y1 = frame.y(Math.max(from, to));
                    double y2 = frame.y(Math.min(from, to));
                    double bx = chart.isStacked() ? x : x + bar * s;
                    marks.add(new Mark.Box(bx, y1, bar, Math.max(y2 - y1, 0.5), s));
                    if (valued && !chart.isStacked()) {
                        valueLabel(bx + bar / 2, value >= 0 ? y1 - 3 : y2 + LABEL, value, bar + 6);
                    }
                    base = to;
                }
                if (valued && chart.isStacked()) {
                    valueLabel(x + bar / 2, frame.y(base) - 3, base, bar + 6);
                }
            }
        }

        private void valueLabel(double x, double y, double value, double room) {
            String text = format(value);
            if (textWidth(text, LABEL * 0.9, false) <= room) {
                marks.add(new Mark.Text(x, y, text, Mark.Anchor.MIDDLE, LABEL * 0.9, false));
            }
        }

        private void lines(Frame frame, double band) {
            int n = chart.categories().size();
            int count = chart.series().size();
            boolean valued = writesValues(chart);
            for (int s = 0; s < count; s++) {
                List<Double> points = new ArrayList<>();
                List<Double> values = chart.series().get(s).values();
                for (int c = 0; c < n; c++) {
                    points.add(frame.left() + band * (c + 0.5));
                    points.add(frame.y(values.get(c)));
                }
                marks.add(new Mark.Line(points, s));
                for (int c = 0; c < n; c++) {
                    double x = points.get(2 * c);
                    double y = points.get(2 * c + 1);
                    marks.add(new Mark.Dot(x, y, s));
                    if (valued) {
                        valueLabel(x, s == 0 ? y - 7 : y + LABEL + 5, values.get(c), band);
                    }
                }
            }
        }

        /** One series as slices from twelve o'clock, and beside it each slice's name, value and share. */
        void pie(double top) {
            List<Double> values = chart.series().get(0).values();
            double total = values.stream().mapToDouble(Double::doubleValue).sum();
            double radius = Math.max(20, Math.min(height - top - GAP, width * 0.42) / 2);
            double cx = radius + GAP;
            double cy = top + radius;
            double start = 0;
            double legendX = cx + radius + 24;
            double rowHeight = LABEL * 1.7;
            double y = cy - rowHeight * values.size() / 2 + LABEL;
            for (int i = 0; i < values.size(); i++) {
                double extent = values.get(i) / total * 360;
                if (extent > 0) {
                    marks.add(new Mark.Wedge(cx, cy, radius, start, extent, i));
                }
                start += extent;
                double share = Math.round(values.get(i) / total * 1000) / 10.0;
                marks.add(new Mark.Box(legendX, y - LABEL * 0.35 - SWATCH / 2, SWATCH, SWATCH, i));
                marks.add(new Mark.Text(legendX + SWATCH + 5, y, chart.categories().get(i) + ": "
                        + format(values.get(i)) + " (" + format(share) + " %)", Mark.Anchor.START, LABEL, false));
                y += rowHeight;
            }
        }

        private String format(double value) {
            return Numbers.format(value, chart.language());
        }
    }

    /** The plot area and its value scale. */
    private record Frame(double left, double top, double right, double bottom, Scale scale) {
        double y(double value) {
            return bottom - scale.fraction(value) * (bottom - top);
        }
    }

    /** {@code text} in lines no wider than {@code width}, broken between words. */
    static List<String> wrap(String text, double width, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && textWidth(line + " " + word, size, bold) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
