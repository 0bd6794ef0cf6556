package org.briefing.render;

import java.util.Locale;

/** Page sizes: A4 by default, US Letter on request. */
public enum Paper {
    A4("A4", 210, 297), LETTER("letter", 215.9, 279.4);

    private final String cssSize;
    private final double widthMm;
    private final double heightMm;

    Paper(String cssSize, double widthMm, double heightMm) {
        this.cssSize = cssSize;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The CSS {@code @page size} value. */
    public String cssSize() {
        return cssSize;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    public static Paper of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter" -> LETTER;
            default -> throw new IllegalArgumentException("unknown paper '" + name + "' (use a4 or letter)");
        };
    }
}
