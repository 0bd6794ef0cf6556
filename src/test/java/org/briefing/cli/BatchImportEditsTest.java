package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch runs and staff edits: a protected DOCX comes with the command that imports it, and
 * {@code --import-edits} imports every edited DOCX first, so the run's documents all have the
 * edits; an imported DOCX is replaced by its new edition, one with something left out stays
 * protected. Editions of a language a new item lacks fail; the others are made.
 */
class BatchImportEditsTest {
    @TempDir
    Path dir;
    private Path model;
    private Path out;
    private Path ruDocx;

    @BeforeEach
    void firstRun() throws Exception {
        model = dir.resolve("models/kg.yaml");
        out = dir.resolve("out");
        Files.createDirectories(model.getParent());
        Files.copy(Path.of("samples/kyrgyzstan.yaml"), model);
        CliTest.Run run = batch();
        assertThat(run.code()).as(run.err()).isZero();
        ruDocx = out.resolve("kg/kg-tip-2020.ru.docx");
    }

    private CliTest.Run batch(String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"batch", model.getParent().toString(), "-o", out.toString(), "-f", "pdf,docx"},
                0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliTest.run(args);
    }

    private void editRu(Consumer<XWPFDocument> edit) throws Exception {
        byte[] bytes = Files.readAllBytes(ruDocx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             OutputStream stream = Files.newOutputStream(ruDocx)) {
            edit.accept(document);
            document.write(stream);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String containing) {
        return document.getParagraphs().stream().filter(p -> p.getText().contains(containing)).findFirst()
                .orElseThrow();
    }

    private void retitle() throws Exception {
        editRu(document -> paragraph(document, "Правительство США отмечает").getRuns().get(0)
                .setText("Новый заголовок", 0));
    }

    @Test
    void aProtectedDocxIsReportedWithTheCommandThatImportsItAndThatCommandWorks() throws Exception {
        retitle();
        CliTest.Run run = batch();
        assertThat(run.code()).as(run.err()).isZero();
        String command = run.out().lines().filter(l -> l.contains("to take its edits into the model: "))
                .findFirst().orElseThrow().replaceFirst(".*to take its edits into the model: ", "");
        assertThat(command).isEqualTo("briefing import " + Console.display(ruDocx) + " --model "
                + Console.display(model));
        CliTest.Run imported = CliTest.run(command.replaceFirst("^briefing ", "").split(" "));
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("the next batch run replaces");
        assertThat(Files.readString(model)).contains("ru: Новый заголовок");

        CliTest.Run after = batch();
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains("0 protected").doesNotContain("protected: ");
        assertThat(out.resolve("kg/kg-tip-2020.ru.new.docx")).doesNotExist();
        assertThat(Files.readAllBytes(ruDocx)).isEqualTo(CliTest.render(model, "ru", "docx", dir.resolve("fresh")));
    }

    @Test
    void importEditsTakesEveryEditedDocxIntoItsModelFirstAndMakesTheRestWithTheEdits() throws Exception {
        retitle();
        CliTest.Run run = batch("--import-edits", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = JsonMapper.shared().readTree(run.out());
        JsonNode imported = summary.get("imports").get(0);
        assertThat(imported.get("docx").asString()).endsWith("kg-tip-2020.ru.docx");
        assertThat(imported.get("changes").asInt()).isEqualTo(1);
        assertThat(imported.get("complete").asBoolean()).isTrue();
        assertThat(summary.get("protected").asInt()).isZero();
        assertThat(Files.readString(model)).contains("ru: Новый заголовок").contains("outdated: [en, ky]");
        assertThat(CliTest.pdfText(out.resolve("kg/kg-tip-2020.ru.pdf"))).contains("Новый заголовок");
        assertThat(run.err()).contains("title.en: outdated translation");
    }

    @Test
    void aNewItemInOneLanguageMakesThatEditionAndFailsTheOthersUntilTranslated() throws Exception {
        editRu(document -> {
            XWPFParagraph last = paragraph(document, "Активизация усилий");
            var cursor = last.getCTP().newCursor();
            cursor.toEndToken();
            cursor.toNextToken();
            XWPFParagraph added = document.insertNewParagraph(cursor);
            added.getCTP().setPPr(last.getCTP().getPPr());
            added.createRun().setText("Новое достижение.");
            cursor.dispose();
        });
        CliTest.Run run = batch("--import-edits");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("imported: ").contains("1 change");
        assertThat(run.err()).contains("achievements[7].en: missing translation")
                .contains("achievements[7].ky: missing translation");
        assertThat(CliTest.pdfText(out.resolve("kg/kg-tip-2020.ru.pdf"))).contains("Новое достижение.");
        assertThat(Files.readString(model)).contains("  - ru: Новое достижение.\n");
    }

    @Test
    void aDocxWithTextOutsideEveryFieldStaysProtectedAfterItsFieldsAreImported() throws Exception {
        editRu(document -> {
            paragraph(document, "Правительство США отмечает").getRuns().get(0).setText("Новый заголовок", 0);
            document.createParagraph().createRun().setText("Приписка в конце.");
        });
        CliTest.Run run = batch("--import-edits");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 not imported, so it stays protected")
                .contains("not imported: paragraph").contains("Приписка в конце.")
                .contains("protected: " + Console.display(ruDocx));
        assertThat(out.resolve("kg/kg-tip-2020.ru.new.docx")).exists();
        assertThat(Files.readString(model)).contains("ru: Новый заголовок");
    }
}
