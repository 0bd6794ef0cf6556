package org.briefing.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Parallel lines at an angle that cover a rectangle, to be clipped to the area they hatch. */
final class Hatching {
    /** Pixels between the lines. */
    static final double SPACING = 5;

    private Hatching() {
    }

    static List<Line2D> lines(Rectangle2D bounds, double angle) {
        double radians = Math.toRadians(angle);
        double dx = Math.cos(radians);
        double dy = -Math.sin(radians);
        // lines along (dx, dy), stepped along the normal, far enough to cover the rectangle's diagonal
        double reach = Math.hypot(bounds.getWidth(), bounds.getHeight());
        double cx = bounds.getCenterX();
        double cy = bounds.getCenterY();
        List<Line2D> lines = new ArrayList<>();
        for (double offset = -reach / 2; offset <= reach / 2; offset += SPACING) {
            double px = cx - dy * offset;
            double py = cy + dx * offset;
            lines.add(new Line2D.Double(px - dx * reach, py - dy * reach, px + dx * reach, py + dy * reach));
        }
        return lines;
    }
}
