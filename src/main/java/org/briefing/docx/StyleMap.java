package org.briefing.docx;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one place that decides which Word style each kind of content gets, and the style ids those
 * styles have in the document being written (ours, or a reference document's for the same name).
 * Change a mapping here and every writer follows.
 */
final class StyleMap {
    private final Map<WordStyle, String> ids;

    StyleMap(Map<WordStyle, String> ids) {
        this.ids = new EnumMap<>(ids);
    }

    static WordStyle title() {
        return WordStyle.TITLE;
    }

    static WordStyle heading(int level) {
        return level <= 1 ? WordStyle.HEADING_1 : WordStyle.HEADING_2;
    }

    static WordStyle paragraph(Block.Kind kind) {
        return switch (kind) {
            case BODY -> WordStyle.BODY_TEXT;
            case LEAD -> WordStyle.LEAD;
            case SUBTITLE -> WordStyle.SUBTITLE;
            case META -> WordStyle.BRIEFING_META;
            case TABLE_TEXT -> WordStyle.TABLE_TEXT;
            case TABLE_HEADING -> WordStyle.TABLE_HEADING;
            case CAPTION -> WordStyle.CAPTION;
            case PICTURE -> WordStyle.FIGURE;
        };
    }

    /** The first paragraph of a list item, which carries the bullet or number. */
    static WordStyle listItem(boolean ordered) {
        return ordered ? WordStyle.LIST_NUMBER : WordStyle.LIST_BULLET;
    }

    /** Further paragraphs of a list item: indented like the item, without a bullet or number. */
    static WordStyle listContinuation() {
        return WordStyle.LIST_CONTINUE;
    }

    static WordStyle quote() {
        return WordStyle.QUOTE;
    }

    static WordStyle quoteAttribution() {
        return WordStyle.QUOTE_ATTRIBUTION;
    }

    /** The character style of every hyperlink's runs. */
    static WordStyle link() {
        return WordStyle.HYPERLINK;
    }

    /** The table style of every table, which staff can restyle. */
    static WordStyle table() {
        return WordStyle.TABLE;
    }

    /** The classification banner, in header and footer. */
    static WordStyle banner() {
        return WordStyle.CLASSIFICATION;
    }

    /** The "page X of Y" line. */
    static WordStyle pageFooter() {
        return WordStyle.FOOTER;
    }

    /** The style id of {@code style} in this document. */
    String id(WordStyle style) {
        return ids.get(style);
    }
}
