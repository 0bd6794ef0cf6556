package org.briefing.docx;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.briefing.html.HtmlText;

/**
 * The package's property parts: the core properties (title, subject, keywords, author, language
 * and the briefing's date, which Word shows under File, Info) and the extended properties naming
 * the application.
 */
public final class DocumentProperties {
    private static final byte[] EXTENDED = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>briefing</Application></Properties>").getBytes(StandardCharsets.UTF_8);

    private DocumentProperties() {
    }

    static byte[] extended() {
        return EXTENDED.clone();
    }

    /**
     * The core properties part; absent properties are left out. Created and modified are the
     * briefing's date, not the time of writing, so the same input gives the same file.
     */
    static byte[] core(BriefingDocument.DocumentInfo info, String wordLanguage) {
        StringBuilder xml = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\""
                + " standalone=\"yes\"?><cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        element(xml, "dc:title", info.title());
        element(xml, "dc:subject", info.subject());
        element(xml, "dc:creator", info.author());
        element(xml, "cp:keywords", info.keywords());
        element(xml, "dc:language", wordLanguage);
        if (info.date() != null) {
            String instant = LocalDate.parse(info.date()) + "T00:00:00Z";
            xml.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(instant).append("</dcterms:created>")
                    .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(instant)
                    .append("</dcterms:modified>");
        }
        return xml.append("</cp:coreProperties>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The custom property that names the model a DOCX was made from. */
    public static final String MODEL_ID = "Briefing Model";
    /** The custom property that names the model's country code. */
    public static final String COUNTRY = "Briefing Country";
    /** The custom property that names the edition's language (BCP 47, as the model writes it). */
    public static final String LANGUAGE = "Briefing Language";
    /** The custom property of a bilingual edition: its two languages, space separated. */
    public static final String LANGUAGES = "Briefing Languages";
    /** The custom property that says which version of the field bookmarks the DOCX carries. */
    public static final String MARKS = "Briefing Marks";
    /** The version of the field bookmarks ({@link FieldBookmark}) this writer makes. */
    public static final String MARKS_VERSION = "1";

    /**
     * The custom properties part: which model, country and language the DOCX was made from, so
     * that an edited copy can be imported into that model. Word and LibreOffice keep custom
     * properties through editing (File, Properties, Custom).
     */
    static byte[] custom(BriefingDocument.DocumentInfo info, String language) {
        StringBuilder xml = new StringBuilder(768).append("<?xml version=\"1.0\" encoding=\"UTF-8\""
                + " standalone=\"yes\"?><Properties"
                + " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        int pid = 2; // 0 and 1 are reserved
        // a bilingual edition marks no fields: it is read, not imported
        String[][] properties = {{MODEL_ID, info.id()}, {COUNTRY, info.country()}, {LANGUAGE, language},
            {LANGUAGES, info.languages()}, {MARKS, info.languages() == null ? MARKS_VERSION : null}};
        for (String[] property : properties) {
            if (property[1] != null) {
                xml.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid++)
                        .append("\" name=\"").append(HtmlText.escape(property[0])).append("\"><vt:lpwstr>")
                        .append(HtmlText.escape(property[1])).append("</vt:lpwstr></property>");
            }
        }
        return xml.append("</Properties>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(HtmlText.escape(value)).append("</").append(name).append('>');
        }
    }
}
