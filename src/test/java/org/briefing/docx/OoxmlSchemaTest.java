package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every WordprocessingML part of every sample edition is valid against the OOXML schema (Word
 * refuses a document whose properties are out of order, for one): each part is parsed with POI's
 * schema types and validated by XMLBeans.
 */
class OoxmlSchemaTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.docx.Editions#all")
    void everyPartIsValidAgainstTheSchema(Editions.Edition edition) throws Exception {
        assertValid(edition.docx());
    }

    /** Tables, their style and cells: the bilingual edition is made of them. */
    @Test
    void theBilingualEditionIsValidAgainstTheSchema() throws Exception {
        try (var edition = Editions.RENDERER.parallelEdition(Editions.canonical("en").briefing(), "ru", "ky",
                org.briefing.render.Paper.A4)) {
            assertValid(edition.as(org.briefing.render.Format.DOCX));
        }
    }

    private static void assertValid(byte[] docx) throws Exception {
        Map<String, byte[]> parts = DocxParts.unzip(docx);
        // a header only where the model has a classification
        assertThat(parts).containsKeys("word/document.xml", "word/styles.xml", "word/numbering.xml",
                "word/settings.xml", "word/footer1.xml");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            XmlObject parsed = parse(part.getKey(), part.getValue());
            if (parsed == null) {
                continue; // not a WordprocessingML part: relationships, content types, properties
            }
            List<XmlError> errors = new ArrayList<>();
            boolean valid = parsed.validate(new XmlOptions().setErrorListener(errors));
            assertThat(errors).as(part.getKey()).isEmpty();
            assertThat(valid).as(part.getKey()).isTrue();
        }
    }

    /** The check above can fail: paragraph properties out of the schema's order are an error. */
    @Test
    void theValidatorNoticesPropertiesOutOfOrder() throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String inOrder = "<w:document " + w + "><w:body><w:p><w:pPr><w:pStyle w:val=\"Quote\"/><w:keepNext/>"
                + "</w:pPr><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>";
        assertThat(parse("word/document.xml", inOrder.getBytes(StandardCharsets.UTF_8)).validate()).isTrue();
        String outOfOrder = inOrder.replace("<w:pStyle w:val=\"Quote\"/><w:keepNext/>",
                "<w:keepNext/><w:pStyle w:val=\"Quote\"/>");
        assertThat(parse("word/document.xml", outOfOrder.getBytes(StandardCharsets.UTF_8)).validate()).isFalse();
    }

    private static XmlObject parse(String name, byte[] xml) throws XmlException {
        String text = new String(xml, StandardCharsets.UTF_8);
        return switch (name) {
            case "word/document.xml" -> DocumentDocument.Factory.parse(text);
            case "word/styles.xml" -> StylesDocument.Factory.parse(text);
            case "word/numbering.xml" -> NumberingDocument.Factory.parse(text);
            case "word/settings.xml" -> SettingsDocument.Factory.parse(text);
            case "word/header1.xml" -> HdrDocument.Factory.parse(text);
            case "word/footer1.xml" -> FtrDocument.Factory.parse(text);
            default -> null;
        };
    }
}
