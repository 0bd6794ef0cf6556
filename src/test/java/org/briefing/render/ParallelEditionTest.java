package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.ModelText;
import org.briefing.docx.DocumentProperties;
import org.briefing.docximport.DocxImport;
import org.briefing.docximport.ImportException;
import org.briefing.html.TemplateException;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.Paragraphs;
import org.briefing.pdf.FontSet;
import org.briefing.pdf.Qpdf;
import org.briefing.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The bilingual review edition of the canonical sample, English beside Russian: read back from
 * the PDF (text, tags, languages, standards) and the DOCX (tables, cells, language tags).
 */
class ParallelEditionTest {
    private static final Renderer RENDERER = Renderer.bundled("test");
    private static Briefing briefing;
    private static byte[] pdf;
    private static byte[] docx;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() throws Exception {
        briefing = new ModelLoader(RENDERER.loadOptions()).load(Path.of("samples/kyrgyzstan.yaml")).briefing();
        try (Edition edition = RENDERER.parallelEdition(briefing, "en", "ru", Paper.A4)) {
            assertThat(edition.language()).isEqualTo("en+ru");
            pdf = edition.as(Format.PDF);
            docx = edition.as(Format.DOCX);
        }
    }

    private static String text(LocalizedText text, String language) {
        return String.join(" ", Paragraphs.of(text.in(language).orElseThrow()));
    }

    @Test
    void thePdfHoldsEveryTextInBothLanguages() throws Exception {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = ModelText.collapse(new PDFTextStripper().getText(document));
        }
        for (String language : List.of("en", "ru")) {
            assertThat(text).contains(text(briefing.title(), language).substring(0, 30));
            for (LocalizedText achievement : briefing.achievements()) {
                String words = text(achievement, language);
                assertThat(text).contains(words.substring(0, Math.min(25, words.length())));
            }
            assertThat(text).contains(text(briefing.quotes().get(0).speaker(), language));
        }
    }

    @Test
    void eachPdfRowIsAnItemNumberThenItsTextInEachLanguageTaggedWithItsLanguage() throws Exception {
        List<PDStructureElement> rows = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            collect(document.getDocumentCatalog().getStructureTreeRoot(), "TR", rows);
            PDStructureElement achievement = rows.stream().filter(row -> cells(row).size() == 3
                    && "TH".equals(cells(row).get(0).getStructureType())
                    && "TD".equals(cells(row).get(1).getStructureType())).findFirst().orElseThrow();
            List<PDStructureElement> cells = cells(achievement);
            assertThat(cells.get(1).getLanguage()).as("the first language is the document's").isNull();
            assertThat(cells.get(2).getLanguage()).isEqualTo("ru");
            List<PDStructureElement> headers = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), "TH", headers);
            assertThat(headers).as("every item's number heads its row")
                    .hasSizeGreaterThan(briefing.achievements().size() + briefing.recommendations().size());
        }
    }

    @Test
    void thePdfPassesPdfUaAndPdfA() {
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Qpdf.problems(pdf)).isEmpty();
    }

    @Test
    void theDocxSetsEachItemBesideItsTranslationInWordTablesWithLanguageTags() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable achievements = document.getTables().stream()
                    .filter(table -> table.getRow(0).getTableCells().size() == 3).findFirst().orElseThrow();
            assertThat(achievements.getRows()).hasSize(briefing.achievements().size() + 1);
            assertThat(achievements.getRow(0).isRepeatHeader()).isTrue();
            assertThat(achievements.getRow(0).getCell(2).getText()).isEqualTo("Русский");
            for (int i = 0; i < briefing.achievements().size(); i++) {
                XWPFTableRow row = achievements.getRow(i + 1);
                assertThat(row.getCell(0).getText()).isEqualTo(String.valueOf(i + 1));
                assertThat(ModelText.plain(row.getCell(1).getText()))
                        .isEqualTo(text(briefing.achievements().get(i), "en"));
                assertThat(ModelText.plain(row.getCell(2).getText()))
                        .isEqualTo(text(briefing.achievements().get(i), "ru"));
                for (XWPFParagraph paragraph : row.getCell(2).getParagraphs()) {
                    for (XWPFRun run : paragraph.getRuns()) {
                        assertThat(languageOf(document, run)).as("a Russian cell's run").isEqualTo("ru-RU");
                    }
                }
                for (XWPFParagraph paragraph : row.getCell(1).getParagraphs()) {
                    for (XWPFRun run : paragraph.getRuns()) {
                        assertThat(languageOf(document, run)).as("an English cell's run").isEqualTo("en-US");
                    }
                }
            }
            assertThat(document.getStyles().getStyle(achievements.getStyleID()).getName())
                    .isEqualTo("Briefing Table");
        }
    }

    @Test
    void importRefusesTheBilingualDocxAndSaysWhereEditsBelong() throws Exception {
        Path file = dir.resolve("kg.en+ru.docx");
        Files.write(file, docx);
        Path model = dir.resolve("kg.yaml");
        Files.copy(Path.of("samples/kyrgyzstan.yaml"), model);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getProperties().getCustomProperties().getProperty(DocumentProperties.LANGUAGES)
                    .getLpwstr()).isEqualTo("en ru");
        }
        assertThatThrownBy(() -> new DocxImport(RENDERER, new ModelLoader(RENDERER.loadOptions()))
                .run(file, model, DocxImport.Options.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bilingual review edition (en and ru)");
        assertThat(Files.readString(model)).isEqualTo(Files.readString(Path.of("samples/kyrgyzstan.yaml")));
    }

    @Test
    void aTemplateFolderWithoutTheBilingualTemplateSaysSo() throws Exception {
        Files.writeString(dir.resolve("briefing.html"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("messages"));
        Files.write(dir.resolve("messages/messages_en.properties"),
                TemplateSet.bundled().read("messages/messages_en.properties").orElseThrow());
        Renderer own = new Renderer(TemplateSet.directory(dir), FontSet.bundled(), "test");
        assertThatThrownBy(() -> own.parallelEdition(briefing, "en", "ru", Paper.A4))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("no parallel.html");
    }

    @Test
    void aTextStandingInForAMissingTranslationIsTaggedWithItsOwnLanguage() throws Exception {
        String sample = Files.readString(Path.of("samples/kyrgyzstan.yaml"));
        int at = sample.indexOf("    ru: >-", sample.indexOf("achievements:"));
        int next = sample.indexOf("    ky: >-", at);
        Path model = dir.resolve("kg.yaml");
        Files.writeString(model, sample.substring(0, at) + sample.substring(next));
        Briefing missing = new ModelLoader(RENDERER.loadOptions().withAllowFallback(true)).load(model).briefing();
        String english = text(missing.achievements().get(0), "en");
        for (boolean parallel : new boolean[] {false, true}) {
            try (Edition edition = parallel ? RENDERER.parallelEdition(missing, "en", "ru", Paper.A4)
                    : RENDERER.edition(missing, "ru", Paper.A4)) {
                List<PDStructureElement> tagged = new ArrayList<>();
                try (PDDocument document = Loader.loadPDF(edition.as(Format.PDF))) {
                    collect(document.getDocumentCatalog().getStructureTreeRoot(),
                            element -> "en".equals(element.getLanguage()), tagged);
                }
                assertThat(tagged).as(parallel ? "bilingual" : "Russian").isNotEmpty();
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(edition.as(Format.DOCX)))) {
                    XWPFRun run = runsOf(document).stream().filter(r -> englishStart(r, english)).findFirst()
                            .orElseThrow();
                    assertThat(languageOf(document, run)).isEqualTo("en-US");
                }
            }
        }
    }

    /** The run's language: its own, else the document's (the styles' default). */
    private static String languageOf(XWPFDocument document, XWPFRun run) throws Exception {
        return run.getLang() != null ? run.getLang()
                : document.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal();
    }

    private static boolean englishStart(XWPFRun run, String english) {
        return run.text() != null && !run.text().isBlank() && english.startsWith(run.text().strip());
    }

    private static List<XWPFRun> runsOf(XWPFDocument document) {
        List<XWPFRun> runs = new ArrayList<>();
        document.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()));
        document.getTables().forEach(table -> table.getRows().forEach(row -> row.getTableCells().forEach(cell ->
                cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns())))));
        return runs;
    }

    private static List<PDStructureElement> cells(PDStructureElement row) {
        List<PDStructureElement> cells = new ArrayList<>();
        for (Object kid : row.getKids()) {
            if (kid instanceof PDStructureElement cell) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        collect(node, element -> type.equals(element.getStructureType()), found);
    }

    private static void collect(PDStructureNode node, Predicate<PDStructureElement> wanted,
                                List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (wanted.test(element)) {
                    found.add(element);
                }
                collect(element, wanted, found);
            }
        }
    }
}
