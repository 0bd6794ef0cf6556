package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.ModelText;
import org.briefing.TestModels;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Markup, entities and template syntax in model text come out literally, never evaluated. */
class NoInjectionTest {
    private static final Renderer RENDERER = Renderer.bundled("test");

    @TempDir
    Path dir;

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script><b>bold</b>",
                "&amp; &lt; &#x41; &xxe; \"quoted\" 'single'",
                "${7*7} and ${T(java.lang.Runtime).getRuntime().exec('id')}",
                "__${7*7}__ [[${7*7}]] [(${7*7})] #{label.briefing} *{id} @{/x} ~{briefing}",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
                "]]><![CDATA[x]]> <?xml-stylesheet href=\"x\"?> <!-- c --> </dc:title><dc:creator>x");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void comesOutLiterallyInThePdf(String payload) throws Exception {
        String yaml = TestModels.VALID.replace("{en: First achievement,", "{en: '" + payload.replace("'", "''") + "',");
        Briefing b = new ModelLoader(RENDERER.loadOptions()).load(TestModels.write(dir, "m.yaml", yaml)).briefing();
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(b, "en", Format.PDF, Paper.A4))) {
            String text = ModelText.collapse(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(ModelText.collapse(payload)).doesNotContain("49").doesNotContain("root:");
        }
    }

    /** The title goes into the body and, outside POI's beans, into the core properties part. */
    @ParameterizedTest
    @MethodSource("payloads")
    void comesOutLiterallyInTheDocx(String payload) throws Exception {
        String yaml = TestModels.VALID.replace("{en: Progress on trafficking,", "{en: '" + payload.replace("'", "''") + "',");
        Briefing b = new ModelLoader(RENDERER.loadOptions()).load(TestModels.write(dir, "m.yaml", yaml)).briefing();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                RENDERER.render(b, "en", Format.DOCX, Paper.A4)))) {
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(payload);
            assertThat(docx.getParagraphs()).extracting(p -> ModelText.collapse(p.getText()))
                    .contains(ModelText.collapse(payload));
            assertThat(docx.getProperties().getCoreProperties().getCreator()).as("no issuer, no author").isNull();
        }
    }
}
