package org.briefing.docx;

/**
 * The Word styles a briefing uses, by Word name. Built-in styles carry Word's own names and ids
 * ({@code heading 1}/{@code Heading1}), so Word treats them as its own (navigation pane, table of
 * contents, translated names in the UI); the rest are ours. Which content gets which style is
 * decided in {@link StyleMap}; what each looks like in {@link StyleDefinitions}.
 */
enum WordStyle {
    NORMAL("Normal", "Normal", null, null, 0, true),
    BODY_TEXT("BodyText", "Body Text", NORMAL, null, 0, true),
    TITLE("Title", "Title", NORMAL, BODY_TEXT, 10, true),
    KICKER("Kicker", "Kicker", NORMAL, BODY_TEXT, 11, true),
    SUBTITLE("Subtitle", "Subtitle", NORMAL, BODY_TEXT, 11, true),
    BRIEFING_META("BriefingMeta", "Briefing Meta", NORMAL, BODY_TEXT, 12, true),
    LEAD("Lead", "Lead", BODY_TEXT, BODY_TEXT, 13, true),
    HEADING_1("Heading1", "heading 1", NORMAL, BODY_TEXT, 9, true),
    HEADING_2("Heading2", "heading 2", NORMAL, BODY_TEXT, 9, true),
    LIST_BULLET("ListBullet", "List Bullet", NORMAL, null, 99, false),
    LIST_NUMBER("ListNumber", "List Number", NORMAL, null, 99, false),
    LIST_CONTINUE("ListContinue", "List Continue", NORMAL, null, 99, false),
    QUOTE("Quote", "Quote", NORMAL, null, 29, true),
    QUOTE_ATTRIBUTION("QuoteAttribution", "Quote Attribution", NORMAL, BODY_TEXT, 30, true),
    HEADER("Header", "header", NORMAL, null, 99, false),
    FOOTER("Footer", "footer", NORMAL, null, 99, false),
    RUNNING_HEADER("RunningHeader", "Running Header", NORMAL, null, 99, false),
    TOC_HEADING("TOCHeading", "TOC Heading", HEADING_1, BODY_TEXT, 39, true),
    TOC_1("TOC1", "toc 1", NORMAL, BODY_TEXT, 39, false),
    TABLE_TEXT("TableText", "Table Text", NORMAL, null, 99, true),
    TABLE_HEADING("TableHeading", "Table Heading", NORMAL, null, 99, true),
    CAPTION("Caption", "caption", NORMAL, null, 35, true),
    FIGURE("Figure", "Figure", NORMAL, null, 36, true),
    FIGURE_CAPTION("FigureCaption", "Figure Caption", NORMAL, null, 36, true),
    FOOTNOTE_TEXT("FootnoteText", "footnote text", NORMAL, null, 99, false),
    HYPERLINK("Hyperlink", "Hyperlink", null, null, 99, false),
    STRONG("Strong", "Strong", null, null, 22, true),
    EMPHASIS("Emphasis", "Emphasis", null, null, 20, true),
    META_LABEL("MetaLabel", "Meta Label", null, null, 99, true),
    LINK_URL("LinkURL", "Link URL", null, null, 99, true),
    CLASSIFICATION("Classification", "Classification", null, null, 99, false),
    FOOTNOTE_REFERENCE("FootnoteReference", "footnote reference", null, null, 99, false),
    TABLE("BriefingTable", "Briefing Table", null, null, 59, false);

    /** What a style formats: paragraphs, runs within them, or whole tables. */
    enum Type { PARAGRAPH, CHARACTER, TABLE }

    private final String id;
    private final String wordName;
    private final WordStyle basedOn;
    private final WordStyle next;
    private final int uiPriority;
    private final boolean quickFormat;

    WordStyle(String id, String wordName, WordStyle basedOn, WordStyle next, int uiPriority, boolean quickFormat) {
        this.id = id;
        this.wordName = wordName;
        this.basedOn = basedOn;
        this.next = next;
        this.uiPriority = uiPriority;
        this.quickFormat = quickFormat;
    }

    /** Our style id; a reference document may use another id for the same name. */
    String id() {
        return id;
    }

    /** The name Word knows the style by (lower case for built-in headings, as Word writes them). */
    String wordName() {
        return wordName;
    }

    /** The style this one inherits from, or null. */
    WordStyle basedOn() {
        return basedOn;
    }

    /** The style of the paragraph Word starts after this one when Enter is pressed; null for the same. */
    WordStyle next() {
        return next;
    }

    int uiPriority() {
        return uiPriority;
    }

    /** Shown in Word's style gallery. */
    boolean quickFormat() {
        return quickFormat;
    }

    Type type() {
        return switch (this) {
            case HYPERLINK, STRONG, EMPHASIS, META_LABEL, LINK_URL, CLASSIFICATION, FOOTNOTE_REFERENCE ->
                    Type.CHARACTER;
            case TABLE -> Type.TABLE;
            default -> Type.PARAGRAPH;
        };
    }
}
