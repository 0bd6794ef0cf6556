package org.briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Paints a {@link ChartLayout} on a Java 2D surface with shapes and text only (no image): the
 * PDF writer hands it one that becomes vector drawing and text in the document's own font.
 * Hatching is drawn as lines clipped to each area, never as a texture, which would be a raster.
 */
public final class Graphics2DPainter {
    private final Palette palette;
    private final String fontFamily;

    /** @param fontFamily the family the labels are set in (the stylesheet's sans) */
    public Graphics2DPainter(Palette palette, String fontFamily) {
        this.palette = palette;
        this.fontFamily = fontFamily;
    }

    public void paint(ChartLayout layout, Graphics2D g) {
        for (Mark mark : layout.marks()) {
            if (mark instanceof Mark.Box b) {
                area(g, new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height()), b.series());
            } else if (mark instanceof Mark.Wedge w) {
                area(g, new Arc2D.Double(w.cx() - w.radius(), w.cy() - w.radius(), 2 * w.radius(), 2 * w.radius(),
                        90 - w.start(), -w.extent(), Arc2D.PIE), w.series());
            } else if (mark instanceof Mark.Line l) {
                line(g, l);
            } else if (mark instanceof Mark.Dot d) {
                dot(g, d);
            } else if (mark instanceof Mark.Rule r) {
                g.setColor(colour(r.strong() ? palette.ink() : Palette.GRID));
                g.setStroke(new BasicStroke(r.strong() ? 1f : 0.6f));
                g.draw(new Line2D.Double(r.x1(), r.y1(), r.x2(), r.y2()));
            } else if (mark instanceof Mark.Text t) {
                text(g, t);
            }
        }
    }

    private void area(Graphics2D g, Shape shape, int series) {
        g.setColor(colour(palette.colour(series)));
        g.fill(shape);
        Palette.Hatch hatch = Palette.hatch(series);
        if (hatch != Palette.Hatch.NONE) {
            Shape clip = g.getClip();
            g.clip(shape);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.2f));
            Rectangle2D bounds = shape.getBounds2D();
            for (Line2D hatchLine : Hatching.lines(bounds, hatch.angle)) {
                g.draw(hatchLine);
            }
            g.setClip(clip);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(shape);
    }

    private void line(Graphics2D g, Mark.Line l) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(l.points().get(0), l.points().get(1));
        for (int i = 2; i < l.points().size(); i += 2) {
            path.lineTo(l.points().get(i), l.points().get(i + 1));
        }
        double[] dash = Palette.dash(l.series());
        float[] pattern = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            pattern[i] = (float) dash[i];
        }
        g.setColor(colour(palette.colour(l.series())));
        g.setStroke(dash.length == 0 ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f));
        g.draw(path);
    }

    private void dot(Graphics2D g, Mark.Dot d) {
        Shape shape = Symbols.shape(Palette.shape(d.series()), d.x(), d.y());
        g.setColor(colour(palette.colour(d.series())));
        g.setStroke(new BasicStroke(1.5f));
        if (Palette.shape(d.series()) == Palette.Shape.CROSS) {
            g.draw(shape);
        } else {
            g.fill(shape);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(shape);
        }
    }

    private void text(Graphics2D g, Mark.Text t) {
        Font font = new Font(fontFamily, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
        g.setFont(font);
        g.setColor(colour(palette.ink()));
        double advance = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        double shift = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -advance / 2;
            case END -> -advance;
        };
        g.drawString(t.text(), (float) (t.x() + shift), (float) t.y());
    }

    private static Color colour(String hex) {
        return Color.decode(hex);
    }

    /** Point symbols, about 7 pixels across, centred on their point. */
    static final class Symbols {
        private Symbols() {
        }

        static Shape shape(Palette.Shape kind, double x, double y) {
            double r = 3.6;
            return switch (kind) {
                case CIRCLE -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                case SQUARE -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
                case TRIANGLE -> polygon(x, y - r * 1.1, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
                case DIAMOND -> polygon(x, y - r * 1.2, x + r * 1.2, y, x, y + r * 1.2, x - r * 1.2, y);
                case CROSS -> {
                    Path2D.Double cross = new Path2D.Double();
                    cross.moveTo(x - r, y - r);
                    cross.lineTo(x + r, y + r);
                    cross.moveTo(x - r, y + r);
                    cross.lineTo(x + r, y - r);
                    yield cross;
                }
            };
        }

        private static Shape polygon(double... xy) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                path.lineTo(xy[i], xy[i + 1]);
            }
            path.closePath();
            return path;
        }
    }
}
