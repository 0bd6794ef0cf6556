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
            case KICKER -> WordStyle.KICKER;
            case SUBTITLE -> WordStyle.SUBTITLE;
            case META -> WordStyle.BRIEFING_META;
            case TABLE_TEXT -> WordStyle.TABLE_TEXT;
            case TABLE_HEADING -> WordStyle.TABLE_HEADING;
            case CAPTION -> WordStyle.CAPTION;
            case PICTURE -> WordStyle.FIGURE;
            case PICTURE_CAPTION -> WordStyle.FIGURE_CAPTION;
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

    /**
     * The character style of a run of {@code text} outside a link: its role's (a meta label, a
     * printed address), else Strong for bold and Emphasis for italic; null for plain text. Word
     * flips italic where two styles both set it, so words in Emphasis inside a quotation (italic
     * already) come out upright, as emphasis inside italics should.
     */
    static WordStyle character(Inline.Text text) {
        return switch (text.role()) {
            case META_LABEL -> WordStyle.META_LABEL;
            case URL -> WordStyle.LINK_URL;
            case BANNER -> WordStyle.CLASSIFICATION;
            case TEXT -> text.bold() ? WordStyle.STRONG : text.italic() ? WordStyle.EMPHASIS : null;
        };
    }

    /** The character style of every hyperlink's runs. */
    static WordStyle link() {
        return WordStyle.HYPERLINK;
    }

    /** The table style of every table, which staff can restyle. */
    static WordStyle table() {
        return WordStyle.TABLE;
    }

    /** The classification banner's words, in header and footer lines. */
    static WordStyle banner() {
        return WordStyle.CLASSIFICATION;
    }

    /** The header's banner line. */
    static WordStyle header() {
        return WordStyle.HEADER;
    }

    /** The header's line under the banner from page 2 on: the title left, the date right. */
    static WordStyle runningHeader() {
        return WordStyle.RUNNING_HEADER;
    }

    /** The footer's line: banner and "page X of Y". */
    static WordStyle footer() {
        return WordStyle.FOOTER;
    }

    /** The title of the table of contents, and its entries. */
    static WordStyle tocTitle() {
        return WordStyle.TOC_HEADING;
    }

    static WordStyle tocEntry() {
        return WordStyle.TOC_1;
    }

    /** The style id of {@code style} in this document. */
    String id(WordStyle style) {
        return ids.get(style);
    }
}
