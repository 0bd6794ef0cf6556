package org.briefing.chart;

import java.awt.geom.PathIterator;
import java.util.Locale;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Paints a {@link ChartLayout} as an inline SVG element for the HTML edition: a {@code title} and
 * a {@code desc} (the chart's alternative text) that screen readers announce, shapes, and text in
 * the stylesheet's sans font. Hatching is an SVG pattern, defined in the element itself, so the
 * page's Content-Security-Policy has nothing to object to.
 */
public final class SvgPainter {
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final Palette palette;
    private final String fontFamily;

    public SvgPainter(Palette palette, String fontFamily) {
        this.palette = palette;
        this.fontFamily = fontFamily;
    }

    /**
     * The chart as an {@code svg} element of {@code page}; {@code id} makes its pattern names
     * unique on the page.
     */
    public Element paint(ChartLayout layout, ChartSpec chart, Document page, String id) {
        Element svg = page.createElementNS(NAMESPACE, "svg");
        svg.setAttribute("viewBox", "0 0 " + n(layout.width()) + " " + n(layout.height()));
        svg.setAttribute("width", n(layout.width()));
        svg.setAttribute("class", "chart");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-labelledby", id + "-title " + id + "-desc");
        child(svg, "title", "id", id + "-title").setTextContent(chart.title());
        child(svg, "desc", "id", id + "-desc").setTextContent(chart.alt());
        Element defs = child(svg, "defs");
        TreeSet<Integer> hatched = new TreeSet<>();
        Element text = page.createElementNS(NAMESPACE, "g");
        text.setAttribute("font-family", "\"" + fontFamily + "\", sans-serif");
        text.setAttribute("fill", palette.ink());
        for (Mark mark : layout.marks()) {
            if (mark instanceof Mark.Box b) {
                area(child(svg, "rect", "x", n(b.x()), "y", n(b.y()), "width", n(b.width()), "height", n(b.height())),
                        b.series(), id, hatched);
            } else if (mark instanceof Mark.Wedge w) {
                area(child(svg, "path", "d", wedge(w)), w.series(), id, hatched);
            } else if (mark instanceof Mark.Line l) {
                line(svg, l);
            } else if (mark instanceof Mark.Dot d) {
                dot(svg, d);
            } else if (mark instanceof Mark.Rule r) {
                child(svg, "line", "x1", n(r.x1()), "y1", n(r.y1()), "x2", n(r.x2()), "y2", n(r.y2()),
                        "stroke", r.strong() ? palette.ink() : Palette.GRID, "stroke-width", r.strong() ? "1" : "0.6");
            } else if (mark instanceof Mark.Text t) {
                label(text, t);
            }
        }
        svg.appendChild(text);
        for (int series : hatched) {
            Palette.Hatch hatch = Palette.hatch(series);
            Element pattern = child(defs, "pattern", "id", patternId(id, series), "patternUnits", "userSpaceOnUse",
                    "width", n(Hatching.SPACING), "height", n(Hatching.SPACING),
                    "patternTransform", "rotate(" + n(-hatch.angle) + ")");
            child(pattern, "rect", "width", n(Hatching.SPACING), "height", n(Hatching.SPACING),
                    "fill", palette.colour(series));
            child(pattern, "line", "x1", "0", "y1", n(Hatching.SPACING / 2), "x2", n(Hatching.SPACING),
                    "y2", n(Hatching.SPACING / 2), "stroke", "#fff", "stroke-width", "1.2");
        }
        return svg;
    }

    private void area(Element shape, int series, String id, TreeSet<Integer> hatched) {
        boolean hatch = Palette.hatch(series) != Palette.Hatch.NONE;
        if (hatch) {
            hatched.add(series);
        }
        shape.setAttribute("fill", hatch ? "url(#" + patternId(id, series) + ")" : palette.colour(series));
        shape.setAttribute("stroke", "#fff");
        shape.setAttribute("stroke-width", "0.8");
    }

    private void line(Element svg, Mark.Line l) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < l.points().size(); i += 2) {
            points.append(i == 0 ? "" : " ").append(n(l.points().get(i))).append(',').append(n(l.points().get(i + 1)));
        }
        Element line = child(svg, "polyline", "points", points.toString(), "fill", "none",
                "stroke", palette.colour(l.series()), "stroke-width", "2", "stroke-linejoin", "round");
        double[] dash = Palette.dash(l.series());
        if (dash.length > 0) {
            StringBuilder pattern = new StringBuilder();
            for (double d : dash) {
                pattern.append(pattern.isEmpty() ? "" : " ").append(n(d));
            }
            line.setAttribute("stroke-dasharray", pattern.toString());
        }
    }

    private void dot(Element svg, Mark.Dot d) {
        Palette.Shape shape = Palette.shape(d.series());
        String path = path(Graphics2DPainter.Symbols.shape(shape, d.x(), d.y()).getPathIterator(null));
        boolean cross = shape == Palette.Shape.CROSS;
        child(svg, "path", "d", path, "fill", cross ? "none" : palette.colour(d.series()),
                "stroke", cross ? palette.colour(d.series()) : "#fff", "stroke-width", cross ? "1.5" : "0.8");
    }

    private void label(Element group, Mark.Text t) {
        Element text = child(group, "text", "x", n(t.x()), "y", n(t.y()), "font-size", n(t.size()),
                "text-anchor", switch (t.anchor()) {
                    case START -> "start";
                    case MIDDLE -> "middle";
                    case END -> "end";
                });
        if (t.bold()) {
            text.setAttribute("font-weight", "bold");
        }
        text.setTextContent(t.text());
    }

    private static String wedge(Mark.Wedge w) {
        if (w.extent() >= 359.999) {
            return "M" + n(w.cx() - w.radius()) + "," + n(w.cy()) + " a" + n(w.radius()) + "," + n(w.radius())
                    + " 0 1,1 " + n(2 * w.radius()) + ",0 a" + n(w.radius()) + "," + n(w.radius()) + " 0 1,1 "
                    + n(-2 * w.radius()) + ",0 Z";
        }
        double a1 = Math.toRadians(w.start());
        double a2 = Math.toRadians(w.start() + w.extent());
        return "M" + n(w.cx()) + "," + n(w.cy())
                + " L" + n(w.cx() + w.radius() * Math.sin(a1)) + "," + n(w.cy() - w.radius() * Math.cos(a1))
                + " A" + n(w.radius()) + "," + n(w.radius()) + " 0 " + (w.extent() > 180 ? 1 : 0) + ",1 "
                + n(w.cx() + w.radius() * Math.sin(a2)) + "," + n(w.cy() - w.radius() * Math.cos(a2)) + " Z";
    }

    private static String path(PathIterator it) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(',').append(n(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(',').append(n(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(',').append(n(c[1]))
                        .append(' ').append(n(c[2])).append(',').append(n(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(',').append(n(c[1]))
                        .append(' ').append(n(c[2])).append(',').append(n(c[3])).append(' ').append(n(c[4]))
                        .append(',').append(n(c[5]));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String patternId(String id, int series) {
        return id + "-hatch" + series;
    }

    private static Element child(Element parent, String name, String... attributes) {
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    /** A coordinate with at most two decimals, always with a point. */
    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
