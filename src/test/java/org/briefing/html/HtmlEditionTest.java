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
    void aBlankLineStartsANewParagraphAndALineBreakIsASpace() throws Exception {
        String html = html(TestModels.VALID.replace("summary: {en: A short summary., ru: Краткое содержание., ky: Кыскача мазмуну.}",
                "summary:\n  en: |\n    First line\n    same paragraph.\n\n    Second paragraph.\n  ru: Краткое.\n  ky: Кыскача."), "en");
        assertThat(html).contains("<p class=\"lead\" data-field=\"summary\">First line same paragraph.</p>")
                .contains("<p class=\"lead\" data-field=\"summary\">Second paragraph.</p>");
    }
}
