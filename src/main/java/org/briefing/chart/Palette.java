package org.briefing.chart;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of a chart's series, with a hatch pattern, a dash and a point shape for each, so
 * that they stay apart in greyscale print and for readers who do not tell the colours apart.
 * The default colours are Okabe and Ito's, chosen to be distinct in the common forms of colour
 * blindness; a stylesheet may set others (see {@link #parse}).
 *
 * @param colours the series' colours, {@code #rrggbb}; the n-th series takes the n-th, repeating
 * @param ink     the colour of labels and axes
 */
public record Palette(List<String> colours, String ink) {
    /** Okabe-Ito, without its black and yellow (too close to the text, too pale on paper). */
    public static final Palette DEFAULT = new Palette(
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"), "#1a1a1a");
    /** Grid lines. */
    public static final String GRID = "#c9d1e3";

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Palette {
        colours = List.copyOf(colours);
        if (colours.isEmpty()) {
            throw new IllegalArgumentException("a palette needs colours");
        }
    }

    /** The colour of series (or slice) {@code index}. */
    public String colour(int index) {
        return colours.get(index % colours.size());
    }

    /** The hatching over series {@code index}'s areas: none for the first, then lines of other angles. */
    public static Hatch hatch(int index) {
        return Hatch.values()[index % Hatch.values().length];
    }

    /** The dash of series {@code index}'s line, in pixels on and off; empty for a solid line. */
    public static double[] dash(int index) {
        return switch (index % 5) {
            case 0 -> new double[0];
            case 1 -> new double[] {7, 4};
            case 2 -> new double[] {2, 3};
            case 3 -> new double[] {9, 3, 2, 3};
            default -> new double[] {12, 5};
        };
    }

    /** The shape of series {@code index}'s points. */
    public static Shape shape(int index) {
        return Shape.values()[index % Shape.values().length];
    }

    /**
     * The palette a stylesheet sets, {@code --chart-colours: #0072B2 #E69F00 ...;} and
     * {@code --chart-ink: #1a1a1a;} in any rule; the default where it sets none.
     */
    public static Palette parse(String css) {
        List<String> colours = declared(css, "--chart-colours");
        List<String> ink = declared(css, "--chart-ink");
        return new Palette(colours.isEmpty() ? DEFAULT.colours : colours, ink.isEmpty() ? DEFAULT.ink : ink.get(0));
    }

    private static List<String> declared(String css, String property) {
        Matcher declaration = Pattern.compile(Pattern.quote(property) + "\\s*:\\s*([^;}]*)").matcher(css);
        if (!declaration.find()) {
            return List.of();
        }
        return COLOUR.matcher(declaration.group(1)).results().map(m -> m.group().toUpperCase()).toList();
    }

    /** The palette as the {@code data-palette} attribute carries it: ink first, then the colours. */
    public String attribute() {
        return ink + " " + String.join(" ", colours);
    }

    /** The palette an attribute written by {@link #attribute()} carries; the default for anything else. */
    public static Palette ofAttribute(String attribute) {
        List<String> all = COLOUR.matcher(attribute == null ? "" : attribute).results()
                .map(java.util.regex.MatchResult::group).toList();
        return all.size() < 2 ? DEFAULT : new Palette(all.subList(1, all.size()), all.get(0));
    }

    /** Hatch lines over an area: their angle in degrees, or none. */
    public enum Hatch {
        NONE(Double.NaN), RISING(45), FALLING(-45), LEVEL(0), UPRIGHT(90), STEEP(70);

        public final double angle;

        Hatch(double angle) {
            this.angle = angle;
        }
    }

    /** Point symbols. */
    public enum Shape {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS
    }
}
