package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.docx.DocxParts.w;
import static org.briefing.docx.DocxParts.wAttr;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.briefing.docximport.DocxImport;
import org.briefing.docximport.ImportReport;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.pdf.Qpdf;
import org.briefing.pdf.VeraPdf;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A template that sets the achievements out as a table with a caption and a header row: a real
 * Word table in the table style, a tagged PDF table, and cells an import reads back.
 */
class TablesTest {
    private static final String TABLE = """
            <h1 th:text="${e.title}" th:data-field="${e.title.field}">Title</h1>
            <table class="facts">
              <caption th:text="#{section.achievements}">Achievements</caption>
              <thead><tr><th scope="col">No.</th><th scope="col">Achievement</th></tr></thead>
              <tbody>
                <tr th:each="item, n : ${e.achievements}">
                  <th scope="row" th:text="${n.count}">1</th>
                  <td th:data-field="${item.field}"><p th:each="paragraph : ${item}" th:text="${paragraph}">A</p></td>
                </tr>
                <tr><td>Notes</td><td></td></tr>
              </tbody>
            </table>
            <p th:text="${e.countryName}" th:data-field="${e.countryName.field}">Country</p>
            """;

    @TempDir
    Path folder;
    private Renderer renderer;
    private ModelLoader loader;
    private Path model;
    private Briefing briefing;

    @BeforeEach
    void template() throws Exception {
        renderer = TemplateFolders.renderer(folder.resolve("templates"), TABLE);
        loader = new ModelLoader(renderer.loadOptions());
        model = folder.resolve("kg.yaml");
        Files.copy(Path.of("samples/kyrgyzstan.yaml"), model);
        briefing = loader.load(model).briefing();
    }

    @Test
    void theDocxHasARealWordTableInTheTableStyleWithARepeatedHeaderRow() throws Exception {
        byte[] bytes = renderer.render(briefing, "en", Format.DOCX, Paper.A4);
        try (XWPFDocument docx = Editions.open(bytes)) {
            assertThat(docx.getTables()).hasSize(1);
            XWPFTable table = docx.getTables().get(0);
            assertThat(docx.getStyles().getStyle(table.getStyleID()).getName()).isEqualTo("Briefing Table");
            int achievements = briefing.achievements().size();
            assertThat(table.getRows()).hasSize(achievements + 2);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(table.getRows()).allMatch(row -> row.isCantSplitRow());
            assertThat(styleOf(docx, table.getRow(0).getCell(1))).isEqualTo("Table Heading");
            assertThat(styleOf(docx, table.getRow(1).getCell(0))).isEqualTo("Table Heading");
            assertThat(styleOf(docx, table.getRow(1).getCell(1))).isEqualTo("Table Text");
            assertThat(table.getRow(1).getCell(1).getText()).startsWith(
                    briefing.achievements().get(0).in("en").orElseThrow().substring(0, 20));
            assertThat(table.getRow(achievements + 1).getCell(1).getParagraphs())
                    .as("an empty cell still has the paragraph Word requires").hasSize(1);

            List<BigInteger> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(col -> (BigInteger) col.getW()).toList();
            var section = docx.getDocument().getBody().getSectPr();
            int textWidth = ((BigInteger) section.getPgSz().getW()).intValue()
                    - ((BigInteger) section.getPgMar().getLeft()).intValue()
                    - ((BigInteger) section.getPgMar().getRight()).intValue();
            assertThat(grid.stream().mapToInt(BigInteger::intValue).sum()).isEqualTo(textWidth);
            assertThat(grid.get(0)).as("the column of numbers is the narrow one").isLessThan(grid.get(1));

            XWPFParagraph caption = (XWPFParagraph) docx.getBodyElements()
                    .get(docx.getBodyElements().indexOf(table) - 1);
            assertThat(Editions.styleName(docx, caption)).isEqualTo("caption");
            assertThat(caption.getText()).isEqualTo("Key achievements");
        }
    }

    @Test
    void thePdfTableHasHeaderCellsAndPassesPdfUaAndPdfA() throws Exception {
        byte[] pdf = renderer.render(briefing, "ru", Format.PDF, Paper.A4);
        List<String> types = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            walk(document.getDocumentCatalog().getStructureTreeRoot(), types);
        }
        assertThat(types).contains("Table", "TR", "TH", "TD", "Caption");
        assertThat(types.stream().filter("TH"::equals)).hasSize(2 + briefing.achievements().size());
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Qpdf.problems(pdf)).isEmpty();
    }

    @Test
    void anUneditedDocumentImportsAsNoChangeAndAnEditedCellIsImported() throws Exception {
        byte[] bytes = renderer.render(briefing, "en", Format.DOCX, Paper.A4);
        Path unedited = folder.resolve("unedited.docx");
        Files.write(unedited, bytes);
        DocxImport importer = new DocxImport(renderer, loader);
        ImportReport same = importer.run(unedited, model, DocxImport.Options.defaults());
        assertThat(same.changes()).isEmpty();
        assertThat(same.notImported()).isEmpty();

        Path edited = folder.resolve("edited.docx");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             OutputStream out = Files.newOutputStream(edited)) {
            XWPFParagraph cell = docx.getTables().get(0).getRow(2).getCell(1).getParagraphs().get(0);
            cell.getRuns().get(0).setText("Rewritten in the table.", 0);
            for (int i = cell.getRuns().size() - 1; i > 0; i--) {
                cell.removeRun(i);
            }
            docx.write(out);
        }
        ImportReport report = importer.run(edited, model, DocxImport.Options.defaults());
        assertThat(report.notImported()).isEmpty();
        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo("achievements[1]");
            assertThat(change.after()).isEqualTo("Rewritten in the table.");
        });
        assertThat(loader.load(model).briefing().achievements().get(1).in("en")).hasValue("Rewritten in the table.");
    }

    private static String styleOf(XWPFDocument docx, XWPFTableCell cell) {
        return Editions.styleName(docx, cell.getParagraphs().get(0));
    }

    private static void walk(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                walk(element, types);
            }
        }
    }

    /**
     * A Word table has no space under it: the paragraph after the key facts gets the stylesheet's
     * 10 pt above it (table margin-bottom), 6 pt where the edition's spacing was tightened.
     */
    @Test
    void theParagraphAfterATableHasTheTablesSpaceAboveIt() {
        Editions.Edition ru = Editions.canonical("ru");
        assertThat(ru.briefing().facts()).as("the sample has key facts").isNotNull();
        Document xhtml = Editions.RENDERER.xhtml(ru.briefing(), "ru", Paper.A4);
        for (String body : List.of("", "tight")) {
            ((Element) xhtml.getElementsByTagName("body").item(0)).setAttribute("class", body);
            Document document = DocxParts.part(Editions.RENDERER.write(xhtml, Format.DOCX),
                    "word/document.xml");
            Element table = w(document, "tbl").get(0);
            Node next = table.getNextSibling();
            while (!(next instanceof Element)) {
                next = next.getNextSibling();
            }
            Element spacing = w((Element) next, "spacing").get(0);
            assertThat(wAttr(spacing, "before")).as("space above the paragraph after the table, body %s",
                    body).isEqualTo(body.isEmpty() ? "200" : "120");
        }
    }
}
