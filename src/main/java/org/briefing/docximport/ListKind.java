package org.briefing.docximport;

import java.util.List;

/** What an item of each model list holds, and so what a new item typed into a DOCX must give. */
enum ListKind {
    /** One localized text per item: achievements, recommendations, background. */
    TEXT(List.of()),
    /** A quotation: its words, who said it and in what capacity. */
    QUOTE(List.of("text", "speaker", "role")),
    /** A link: its label and its address. */
    LINK(List.of("label", "url"));

    private final List<String> parts;

    ListKind(List<String> parts) {
        this.parts = parts;
    }

    /** The fields of one item, relative to it ({@code speaker}); none for a text item, which is its own field. */
    List<String> parts() {
        return parts;
    }

    static ListKind of(String list) {
        return switch (list) {
            case "quotes" -> QUOTE;
            case "links" -> LINK;
            default -> TEXT;
        };
    }
}
