package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.briefing.ModelText;
import org.briefing.TestModels;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlEditionTest {
    private static final Renderer RENDERER = Renderer.bundled("test");

    @TempDir
    Path dir;

    private String html(String yaml, String language) throws Exception {
        Briefing b = new ModelLoader(RENDERER.loadOptions()).load(TestModels.write(dir, "m.yaml", yaml)).briefing();
        return new String(RENDERER.render(b, language, Format.HTML, Paper.A4), StandardCharsets.UTF_8);
    }

    @Test
    void isAStandalonePageWithTheStylesheetInline() throws Exception {
        String html = html(TestModels.VALID, "ru");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ru\"").contains("<style>")
                .contains("@font-face").contains("local(\"Times New Roman\")");
        assertThat(html).doesNotContain("<link").doesNotContain("<bookmarks").doesNotContain("url(")
                .doesNotContain("<script");
    }

    @Test
    void carriesEveryTextOfTheEdition() throws Exception {
        Briefing b = new ModelLoader(RENDERER.loadOptions()).load(Path.of("samples/kyrgyzstan.yaml")).briefing();
        String html = new String(RENDERER.render(b, "ky", Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        String text = ModelText.collapse(html.replaceAll("<[^>]+>", " ").replace("&amp;", "&"));
        for (String expected : ModelText.of(b, "ky")) {
            assertThat(text).contains(ModelText.collapse(expected));
        }
    }

    @Test
    void modelTextIsNeverMarkup() throws Exception {
        String html = html(TestModels.VALID.replace("en: Progress on trafficking",
                "en: \"<script>alert(1)</script> & <b>bold</b> ${7*7} [[${e.id}]]\""), "en");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; ${7*7} [[${e.id}]]")
                .doesNotContain("<script>").doesNotContain("<b>").doesNotContain("49");
    }

    @Test
    void aModelDeclaringTheInlineSyntaxMarksWordsAndAnOlderModelKeepsEveryCharacter() throws Exception {
        String text = "en: \"*new* **annual** [report](https://example.org/r) 5 * 3 snake_case_name\"";
        String marked = TestModels.VALID.replace("schema: briefing/1", "schema: briefing/1.1")
                .replace("en: Progress on trafficking", text);
        // (as read: the typesetting joins a number to the word after it)
        assertThat(ModelText.plain(html(marked, "en"))).contains("<em>new</em> <strong>annual</strong> <a href=\"https://example.org/r\""
                + " title=\"report\">report</a> 5 * 3 snake_case_name");
        assertThat(ModelText.plain(html(TestModels.VALID.replace("en: Progress on trafficking", text), "en")))
                .contains("*new* **annual** [report](https://example.org/r) 5 * 3 snake_case_name")
                .doesNotContain("<em>new</em>");
    }

    @Test
    void aBlankLineStartsANewParagraphAndALineBreakIsASpace() throws Exception {
        String html = html(TestModels.VALID.replace("summary: {en: A short summary., ru: Краткое содержание., ky: Кыскача мазмуну.}",
                "summary:\n  en: |\n    First line\n    same paragraph.\n\n    Second paragraph.\n  ru: Краткое.\n  ky: Кыскача."), "en");
        assertThat(html).contains("<p class=\"lead\" data-field=\"summary\">First line same paragraph.</p>")
                .contains("<p class=\"lead\" data-field=\"summary\">Second paragraph.</p>");
    }

    /** Before, U+2028 and U+2029 were kept as they were in DOCX and HTML while the PDF showed a space. */
    @Test
    void unicodeSeparatorsAreTheBreaksTheyName() throws Exception {
        String html = html(TestModels.VALID.replace("A short summary.", "\"First\u2028line\u2029Second\""), "en");
        assertThat(html).contains("<p class=\"lead\" data-field=\"summary\">First line</p>")
                .contains("<p class=\"lead\" data-field=\"summary\">Second</p>")
                .doesNotContain("\u2028").doesNotContain("\u2029");
    }

    /**
     * Before, the page kept a stylesheet's @import and url() as written, and a browser opening it
     * fetched them: it must be as self-contained as the PDF.
     */
    @Test
    void fetchesNothingImportsAndImagesOfTheTemplateFolderAreInIt() throws Exception {
        Path templates = org.briefing.TestTemplates.copy(dir.resolve("templates"));
        java.nio.file.Files.writeString(templates.resolve("extra.css"), ".kicker { letter-spacing: 0.07em; }");
        java.nio.file.Files.write(templates.resolve("mark.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path css = templates.resolve("briefing.css");
        java.nio.file.Files.writeString(css, "@import \"extra.css\";\n@import url(\"http://127.0.0.1:9/remote.css\");\n"
                + ".title-block { background: url(mark.png); }\nh1 { background: url('https://example.org/x.png'); }\n"
                + java.nio.file.Files.readString(css));
        Renderer renderer = new Renderer(TemplateSet.directory(templates), org.briefing.pdf.FontSet.bundled(), "test");
        Briefing b = new ModelLoader(renderer.loadOptions()).load(TestModels.write(dir, "m.yaml", TestModels.VALID))
                .briefing();
        String html = new String(renderer.render(b, "en", Format.HTML, Paper.A4), StandardCharsets.UTF_8);

        assertThat(html).contains("<head><meta content=\"" + HtmlText.escape(HtmlWriter.POLICY)
                        + "\" http-equiv=\"Content-Security-Policy\">")
                .contains(".kicker { letter-spacing: 0.07em; }")
                .contains("url(\"data:image/png;base64,iVBORw==\")")
                .doesNotContain("@import").doesNotContain("127.0.0.1").doesNotContain("example.org/x.png")
                .doesNotContain("url(mark.png)");
        assertThat(HtmlWriter.POLICY).contains("default-src 'none'");
    }
}
