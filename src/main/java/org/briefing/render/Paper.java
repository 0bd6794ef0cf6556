package org.briefing.render;

import java.util.Locale;

/** Page sizes: A4 by default, US Letter on request. */
public enum Paper {
    A4("A4"), LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The CSS {@code @page size} value. */
    public String cssSize() {
        return cssSize;
    }

    public static Paper of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter" -> LETTER;
            default -> throw new IllegalArgumentException("unknown paper '" + name + "' (use a4 or letter)");
        };
    }
}
