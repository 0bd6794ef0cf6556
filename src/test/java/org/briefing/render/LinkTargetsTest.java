package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.briefing.TestModels;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link the model accepts, though it is no URI (a '|', Cyrillic letters), is a working link in
 * every format, pointing at the model's address as a URI; the printed address stays as written.
 * (Before, the PDF silently had no link and the DOCX failed.)
 */
class LinkTargetsTest {
    private static final Renderer RENDERER = Renderer.bundled("test");
    private static final String HREF = "https://example.org/search?q=tip|2020&ru=Кыргызстан";
    private static final String URI = "https://example.org/search?q=tip%7C2020&ru="
            + "%D0%9A%D1%8B%D1%80%D0%B3%D1%8B%D0%B7%D1%81%D1%82%D0%B0%D0%BD";
    private static Briefing briefing;

    @BeforeAll
    static void model(@TempDir Path dir) throws Exception {
        String yaml = TestModels.VALID.replace("https://example.org/report", HREF);
        assertThat(yaml).contains(HREF);
        briefing = new ModelLoader(RENDERER.loadOptions()).load(TestModels.write(dir, "m.yaml", yaml)).briefing();
    }

    @Test
    void pdfLinkActionIsTheUri() throws Exception {
        assertThat(pdfLinks(RENDERER)).contains(URI);
    }

    @Test
    void docxHyperlinkIsTheUri() throws Exception {
        assertThat(docxLinks(RENDERER)).contains(URI);
    }

    private static List<String> pdfLinks(Renderer renderer) throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(renderer.render(briefing, "en", Format.PDF, Paper.A4))) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    private static List<String> docxLinks(Renderer renderer) throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                renderer.render(briefing, "en", Format.DOCX, Paper.A4)))) {
            return Stream.of(docx.getHyperlinks()).map(XWPFHyperlink::getURL).toList();
        }
    }

    @Test
    void htmlLinksToTheUriAndPrintsTheAddressAsWritten() {
        String html = new String(RENDERER.render(briefing, "en", Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"" + URI.replace("&", "&amp;") + "\"")
                .contains(HREF.replace("&", "&amp;"));
    }
}
