package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template folder of one's own: what the DOCX writer does with and outside the vocabulary. */
class TemplateVocabularyTest {
    private static final Editions.Edition EN = Editions.canonical("en");

    @TempDir
    Path folder;

    @Test
    void anElementOutsideTheVocabularyIsAnErrorNamingItAndWhereItIs() throws Exception {
        Renderer renderer = rendererFor("""
                <h1 th:text="${e.title}">Title</h1>
                <section id="facts"><dl><dt th:text="${e.countryName}">Country</dt></dl></section>
                """);
        assertThatThrownBy(() -> renderer.render(EN.briefing(), "en", Format.DOCX, Paper.A4))
                .isInstanceOf(DocxException.class)
                .hasMessageContaining("<dl>")
                .hasMessageContaining("html > body > section#facts > dl")
                .hasMessageContaining("outside the template vocabulary");
    }

    @Test
    void aParagraphClassOutsideTheVocabularyIsAnErrorNotBodyText() throws Exception {
        Renderer renderer = rendererFor("<p class=\"note\" th:text=\"${e.title}\">Title</p>");
        assertThatThrownBy(() -> renderer.render(EN.briefing(), "en", Format.DOCX, Paper.A4))
                .isInstanceOf(DocxException.class)
                .hasMessageContaining("class=\"note\"");
    }

    @Test
    void everyNumberedListCountsFromOne() throws Exception {
        String list = """
                <ol><li th:each="item : ${e.recommendations}"><p th:text="${item[0]}">R</p></li></ol>
                """;
        Renderer renderer = rendererFor("<h2>First</h2>" + list + "<h2>Second</h2>" + list);
        byte[] bytes = renderer.render(EN.briefing(), "en", Format.DOCX, Paper.A4);
        try (XWPFDocument docx = Editions.open(bytes)) {
            List<BigInteger> lists = new ArrayList<>();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                if ("List Number".equals(Editions.styleName(docx, paragraph))
                        && !lists.contains(paragraph.getNumID())) {
                    lists.add(paragraph.getNumID());
                }
            }
            assertThat(lists).hasSize(2);
            var numbering = docx.getNumbering();
            for (BigInteger numId : lists) {
                var num = numbering.getNum(numId).getCTNum();
                assertThat(num.getLvlOverrideArray(0).getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
            }
            assertThat(numbering.getNum(lists.get(0)).getCTNum().getAbstractNumId().getVal())
                    .isEqualTo(numbering.getNum(lists.get(1)).getCTNum().getAbstractNumId().getVal());
        }
    }

    @Test
    void pageSizeAndMarginsComeFromTheTemplatesStylesheet() throws Exception {
        Files.writeString(folder.resolve("briefing.css"), "@page { size: letter landscape; margin: 1in 2cm; }");
        byte[] bytes = rendererFor("<h1 th:text=\"${e.title}\">Title</h1>")
                .render(EN.briefing(), "en", Format.DOCX, Paper.A4);
        var document = DocxParts.part(bytes, "word/document.xml");
        var size = DocxParts.w(document, "pgSz").get(0);
        var margins = DocxParts.w(document, "pgMar").get(0);
        assertThat(List.of(DocxParts.wAttr(size, "w"), DocxParts.wAttr(size, "h"), DocxParts.wAttr(size, "orient")))
                .containsExactly("15840", "12240", "landscape");
        assertThat(List.of(DocxParts.wAttr(margins, "top"), DocxParts.wAttr(margins, "left")))
                .containsExactly("1440", "1134");
    }

    private Renderer rendererFor(String body) throws Exception {
        return TemplateFolders.renderer(folder, body);
    }
}
