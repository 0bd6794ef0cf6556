package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.ModelText;
import org.briefing.TestModels;
import org.briefing.TestTemplates;
import org.briefing.html.TemplateException;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.pdf.FontSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A template folder of one's own is read through the template set only: fragments, bundles and
 * stylesheets outside it, or linked out of it, are refused by name, the same way in every format,
 * and a PDF never comes out without its text.
 */
class TemplateFolderTest {
    private static final String SECRET = "SECRET-MARKER-5d1e";

    @TempDir
    Path dir;

    private Path templates;
    private Path secret;
    private Briefing briefing;

    @BeforeEach
    void copyTemplates() throws Exception {
        templates = TestTemplates.copy(dir.resolve("templates"));
        secret = Files.writeString(dir.resolve("secret.html"), "<p xmlns:th=\"http://www.thymeleaf.org\">" + SECRET
                + "</p>");
        Path model = TestModels.write(dir, "m.yaml", TestModels.VALID);
        briefing = new ModelLoader(Renderer.loadOptions(FontSet.bundled())).load(model).briefing();
    }

    private Renderer renderer() {
        return new Renderer(TemplateSet.directory(templates), FontSet.bundled(), "test");
    }

    private void insertIntoMain(String element) throws IOException {
        Path main = templates.resolve("briefing.html");
        Files.writeString(main, Files.readString(main).replace("<div class=\"title-block\">",
                element + "\n  <div class=\"title-block\">"));
    }

    @Test
    void aFragmentOutsideTheFolderIsNotInserted() throws Exception {
        insertIntoMain("<div th:insert=\"~{../secret.html}\"></div>");
        assertThatThrownBy(() -> renderer().render(briefing, "en", Format.HTML, Paper.A4))
                .isInstanceOf(TemplateException.class).hasMessageContaining("../secret.html")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aFragmentLinkedOutOfTheFolderIsRefusedByName() throws Exception {
        Files.createDirectories(templates.resolve("parts"));
        Files.createSymbolicLink(templates.resolve("parts/note.html"), secret);
        insertIntoMain("<div th:insert=\"~{parts/note}\"></div>");
        for (Format format : Format.values()) {
            assertThatThrownBy(() -> renderer().render(briefing, "en", format, Paper.A4)).as(format.name())
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("parts/note.html: a symbolic link out of the template folder")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void aFragmentInsideTheFolderIsInserted() throws Exception {
        Files.createDirectories(templates.resolve("parts"));
        Files.writeString(templates.resolve("parts/note.html"),
                "<p xmlns:th=\"http://www.thymeleaf.org\" class=\"lead\" th:fragment=\"note\">A house note</p>");
        insertIntoMain("<div th:replace=\"~{parts/note :: note}\"></div>");
        String html = new String(renderer().render(briefing, "en", Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        assertThat(html).contains("A house note");
    }

    @Test
    void aMessageBundleLinkedOutOfTheFolderIsRefused() throws Exception {
        Path bundle = templates.resolve("messages/messages_ru.properties");
        Path outside = Files.move(bundle, dir.resolve("messages_ru.properties"));
        Files.createSymbolicLink(bundle, outside);
        assertThatThrownBy(() -> renderer().render(briefing, "ru", Format.HTML, Paper.A4))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("messages/messages_ru.properties: a symbolic link out of the template folder");
    }

    /** Before, the PDF came out blank with exit 0 while the DOCX writer refused the same folder. */
    @ParameterizedTest
    @EnumSource(Format.class)
    void aMissingStylesheetIsRefusedTheSameWayInEveryFormat(Format format) throws Exception {
        Files.delete(templates.resolve("briefing.css"));
        assertThatThrownBy(() -> renderer().render(briefing, "en", format, Paper.A4))
                .isInstanceOf(TemplateException.class)
                .hasMessage(templates.toRealPath() + "/briefing.html: <link rel=\"stylesheet\" href=\"briefing.css\">:"
                        + " no such file in the template folder (stylesheets are read from there only)");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aStylesheetLinkedOutOfTheFolderIsRefusedTheSameWayInEveryFormat(Format format) throws Exception {
        Path outside = Files.move(templates.resolve("briefing.css"), dir.resolve("briefing.css"));
        Files.createSymbolicLink(templates.resolve("briefing.css"), outside);
        assertThatThrownBy(() -> renderer().render(briefing, "en", format, Paper.A4))
                .isInstanceOf(TemplateException.class)
                .hasMessageEndingWith("/briefing.css: a symbolic link out of the template folder; templates are read"
                        + " from the folder only");
    }

    @Test
    void aStylesheetNamingNoFontOfTheSetStillGivesAPdfWithItsText() throws Exception {
        Files.writeString(templates.resolve("briefing.css"), "html { font-family: Arial; } h1 { font-family: x; }");
        byte[] pdf = renderer().render(briefing, "ru", Format.PDF, Paper.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ModelText.collapse(new PDFTextStripper().getText(document)))
                    .contains("Прогресс в борьбе с торговлей людьми")
                    .contains("Первое достижение");
        }
    }
}
