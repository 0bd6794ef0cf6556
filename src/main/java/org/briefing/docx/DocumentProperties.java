package org.briefing.docx;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.briefing.html.HtmlText;

/**
 * The package's property parts: the core properties (title, subject, keywords, author, language
 * and the briefing's date, which Word shows under File, Info) and the extended properties naming
 * the application.
 */
final class DocumentProperties {
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

    private static void element(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(HtmlText.escape(value)).append("</").append(name).append('>');
        }
    }
}
