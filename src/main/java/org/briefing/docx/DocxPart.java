package org.briefing.docx;

/**
 * The parts a briefing's DOCX has: where each lives in the package, its content type, and the
 * type of the relationship that points at it. One place for the package's names, so the
 * relationships, the content types and the zip entries cannot disagree.
 */
enum DocxPart {
    DOCUMENT("word/document.xml", "document", WordprocessingML.MAIN + "document.main+xml",
            Relationships.OFFICE_DOCUMENT + "officeDocument"),
    STYLES("word/styles.xml", "styles", WordprocessingML.MAIN + "styles+xml", Relationships.OFFICE_DOCUMENT + "styles"),
    SETTINGS("word/settings.xml", "settings", WordprocessingML.MAIN + "settings+xml",
            Relationships.OFFICE_DOCUMENT + "settings"),
    NUMBERING("word/numbering.xml", "numbering", WordprocessingML.MAIN + "numbering+xml",
            Relationships.OFFICE_DOCUMENT + "numbering"),
    HEADER("word/header1.xml", "hdr", WordprocessingML.MAIN + "header+xml", Relationships.OFFICE_DOCUMENT + "header"),
    FOOTER("word/footer1.xml", "ftr", WordprocessingML.MAIN + "footer+xml", Relationships.OFFICE_DOCUMENT + "footer"),
    /** The first page's header and footer, where later pages have a running header. */
    FIRST_HEADER("word/header2.xml", "hdr", WordprocessingML.MAIN + "header+xml",
            Relationships.OFFICE_DOCUMENT + "header"),
    FIRST_FOOTER("word/footer2.xml", "ftr", WordprocessingML.MAIN + "footer+xml",
            Relationships.OFFICE_DOCUMENT + "footer"),
    FOOTNOTES("word/footnotes.xml", "footnotes", WordprocessingML.MAIN + "footnotes+xml",
            Relationships.OFFICE_DOCUMENT + "footnotes"),
    CORE_PROPERTIES("docProps/core.xml", null, "application/vnd.openxmlformats-package.core-properties+xml",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
    EXTENDED_PROPERTIES("docProps/app.xml", null,
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            Relationships.OFFICE_DOCUMENT + "extended-properties"),
    CUSTOM_PROPERTIES("docProps/custom.xml", null,
            "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            Relationships.OFFICE_DOCUMENT + "custom-properties");

    private final String name;
    private final String rootElement;
    private final String contentType;
    private final String relationshipType;

    DocxPart(String name, String rootElement, String contentType, String relationshipType) {
        this.name = name;
        this.rootElement = rootElement;
        this.contentType = contentType;
        this.relationshipType = relationshipType;
    }

    /** The zip entry name, e.g. {@code word/styles.xml}. */
    String partName() {
        return name;
    }

    /** The local name of the WordprocessingML root element, or null for the property parts. */
    String rootElement() {
        return rootElement;
    }

    String contentType() {
        return contentType;
    }

    String relationshipType() {
        return relationshipType;
    }

    /** Whether the package itself points at the part (not the main document): the document and the properties. */
    boolean isPackageLevel() {
        return this == DOCUMENT || this == CORE_PROPERTIES || this == EXTENDED_PROPERTIES || this == CUSTOM_PROPERTIES;
    }

    /** The part's name relative to {@code word/}, as the main document's relationships name it. */
    String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Names shared by the WordprocessingML parts. */
    static final class WordprocessingML {
        static final String NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

        private WordprocessingML() {
        }
    }
}
