package org.briefing.render;

import java.util.Locale;

/** The kinds of document the tool writes, by file extension. */
public enum Format {
    PDF, DOCX, HTML;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code pdf}, {@code docx} or {@code html}, in any case. */
    public static Format of(String name) {
        for (Format format : values()) {
            if (format.extension().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (use pdf, docx or html)");
    }
}
