package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.TestModels;
import org.briefing.chart.Numbers;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.model.Chart;
import org.briefing.pdf.VeraPdf;
import org.briefing.xliff.TranslationUnit;
import org.briefing.xliff.TranslationUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The Kazakh sample's charts in every language and format: vector drawing tagged as a Figure in
 * the PDF, with every label and value in its data table; a native chart with its workbook in the
 * DOCX; SVG in HTML. And every way a chart can be hostile, refused in one line with its place.
 */
class ChartsTest {
    private static final Renderer RENDERER = Renderer.bundled("test");
    private static final Path SAMPLE = Path.of("samples/kazakhstan.yaml");

    @TempDir
    Path dir;

    private static Briefing sample() throws Exception {
        return new ModelLoader(RENDERER.loadOptions()).load(SAMPLE).briefing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void thePdfDrawsEachChartAsAVectorFigureDescribedInTheEditionsLanguageWithItsData(String language)
            throws Exception {
        Briefing briefing = sample();
        byte[] pdf = RENDERER.render(briefing, language, Format.PDF, Paper.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), figures);
            Chart bars = briefing.charts().get(0);
            assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
                    .contains(bars.summary().in(language).orElseThrow())
                    .anySatisfy(alt -> assertThat(alt).as("made from the data where the model has no summary")
                            .startsWith(briefing.charts().get(1).title().in(language).orElseThrow())
                            .contains(Numbers.format(1720, language)));
            List<PDImageXObject> images = new ArrayList<>();
            List<String> forms = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), images, forms);
            }
            assertThat(images).as("the sample's one picture, and no image for a chart").hasSize(1);
            assertThat(forms).as("a form of vector drawing per chart").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(form -> assertThat(form).as("paths filled and stroked, and text")
                            .containsPattern("(?m) m$").containsPattern("(?m) l$").containsPattern("(?m)^f$")
                            .containsPattern("(?m)^S$").containsPattern("T[jJ]"));
            String text = new PDFTextStripper().getText(document);
            for (Chart chart : briefing.charts()) {
                chart.categories().forEach(c -> assertThat(text).contains(c.in(language).orElseThrow()));
                for (Chart.Series series : chart.series()) {
                    series.values().forEach(v -> assertThat(text).contains(Numbers.format(v, language)));
                }
            }
        }
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void numbersAreWrittenAsTheEditionsLanguageWritesThem() {
        assertThat(Numbers.format(1250.5, "en")).isEqualTo("1,250.5");
        assertThat(Numbers.format(1250.5, "ru")).isEqualTo("1\u00A0250,5");
    }

    @Test
    void theDocxHasNativeChartsWhoseWorkbookHoldsTheSameNumbers() throws Exception {
        Briefing briefing = sample();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                RENDERER.render(briefing, "ru", Format.DOCX, Paper.A4)))) {
            assertThat(docx.getCharts()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                Chart model = briefing.charts().get(i);
                XWPFChart chart = docx.getCharts().get(i);
                assertThat(chart.getTitle().getBody().getParagraph(0).getText())
                        .isEqualTo(model.title().in("ru").orElseThrow());
                XDDFChartData data = chart.getChartSeries().get(0);
                assertThat(data.getSeriesCount()).isEqualTo(model.series().size());
                List<XDDFChartData.Series> series = new ArrayList<>();
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    series.add(data.getSeries(s));
                }
                XSSFWorkbook workbook = chart.getWorkbook();
                XSSFSheet sheet = workbook.getSheetAt(0);
                for (int s = 0; s < series.size(); s++) {
                    assertThat(sheet.getRow(0).getCell(s + 1).getStringCellValue())
                            .isEqualTo(model.series().get(s).name().in("ru").orElseThrow());
                    for (int c = 0; c < model.categories().size(); c++) {
                        double value = model.series().get(s).values().get(c);
                        assertThat(series.get(s).getValuesData().getPointAt(c).doubleValue()).isEqualTo(value);
                        assertThat(sheet.getRow(c + 1).getCell(s + 1).getNumericCellValue()).isEqualTo(value);
                    }
                }
            }
            assertThat(docx.getDocument().xmlText()).contains("descr=\"" + briefing.charts().get(0).summary()
                    .in("ru").orElseThrow() + "\"");
        }
    }

    @Test
    void theHtmlDrawsEachChartAsAnSvgWithItsTitleAndDescription() throws Exception {
        Briefing briefing = sample();
        String html = new String(RENDERER.render(briefing, "en", Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<object").contains("<svg").contains("role=\"img\"")
                .contains("<title id=\"chart-1-title\">" + briefing.charts().get(0).title().in("en").orElseThrow())
                .contains("<desc id=\"chart-1-desc\">In these illustrative figures")
                .contains("<table class=\"chart-data\">");
    }

    @Test
    void aPieAndAStackedBarAreDrawnInEveryFormat() throws Exception {
        Path model = TestModels.write(dir, "m.yaml", withChart("""
                  - kind: pie
                    title: {en: Funding by programme (illustrative), ru: Финансирование по программам, ky: Каржылоо}
                    categories:
                      - {en: Prevention, ru: Профилактика, ky: Алдын алуу}
                      - {en: Protection, ru: Защита, ky: Коргоо}
                      - {en: Prosecution, ru: Преследование, ky: Куугунтуктоо}
                    series:
                      - {name: {en: USD thousand, ru: Тыс. долларов, ky: Миң доллар}, values: [250, 400, 150]}
                  - kind: stacked-bar
                    title: {en: Victims by sex (illustrative), ru: Жертвы по полу, ky: Жабырлануучулар}
                    categories: [2019, 2020]
                    series:
                      - {name: {en: Women, ru: Женщины, ky: Аялдар}, values: [30, 41]}
                      - {name: {en: Men, ru: Мужчины, ky: Эркектер}, values: [12, 19]}
                """));
        Briefing briefing = new ModelLoader(RENDERER.loadOptions()).load(model).briefing();
        byte[] pdf = RENDERER.render(briefing, "ru", Format.PDF, Paper.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).as("a slice's share, a stacked bar's total")
                    .contains("Профилактика: 250 (31,3 %)").contains("42").contains("Женщины");
        }
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                RENDERER.render(briefing, "ky", Format.DOCX, Paper.A4)))) {
            assertThat(docx.getCharts()).hasSize(2);
            assertThat(docx.getCharts().get(0).getCTChart().getPlotArea().getPieChartList()).hasSize(1);
            assertThat(docx.getCharts().get(1).getCTChart().getPlotArea().getBarChartArray(0).getGrouping()
                    .getVal().toString()).isEqualTo("stacked");
        }
        String html = new String(RENDERER.render(briefing, "en", Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        assertThat(html).contains("Prevention: 250 (31.3 %)").containsPattern("<path d=\"M[\\d.,]+ L[\\d.,]+ A");
    }

    @Test
    void chartTextsAreTranslationUnitsAndAMissingTranslationIsNamedByItsField() throws Exception {
        List<String> ids = TranslationUnits.of(sample(), "kk", "en").units().stream().map(TranslationUnit::id)
                .toList();
        assertThat(ids).contains("charts[0].title", "charts[0].x_title", "charts[0].series[2].name",
                "charts[0].summary", "charts[1].unit", "charts[1].source")
                .as("a year is the same in every language").doesNotContain("charts[0].categories[0]");
        String yaml = withChart(BAR.formatted("bar", "[a]", "[1]")).replace(", ky: Тергөөлөр", "");
        assertRefused(yaml, "charts[0].series[0].name.ky", "missing translation");
    }

    private static String withChart(String chart) {
        return TestModels.VALID.replace("achievements:", "charts:\n" + chart + "achievements:");
    }

    private static final String BAR = """
              - kind: %s
                title: {en: Cases, ru: Дела, ky: Иштер}
                categories: %s
                series:
                  - name: {en: Investigations, ru: Расследования, ky: Тергөөлөр}
                    values: %s
            """;

    @ParameterizedTest
    @ValueSource(strings = {
        "bar|[2019, 2020]|[1, .nan]|charts[0].series[0].values[1]|not a number",
        "bar|[2019, 2020]|[1, .inf]|charts[0].series[0].values[1]|not a number",
        "bar|[2019, 2020]|[1, -.inf]|charts[0].series[0].values[1]|not a number",
        "bar|[2019, 2020]|[1, \"12\"]|charts[0].series[0].values[1]|",
        "bar|[2019, 2020, 2021]|[1, 2]|charts[0].series[0].values|2 values for 3 categories",
        "bar|[]|[]|charts[0].categories|",
        "pie|[a, b]|[1, -2]|charts[0].series[0].values[1]|negative",
        "stacked-bar|[a, b]|[1, -2]|charts[0].series[0].values[1]|negative",
        "pie|[a, b]|[0, 0]|charts[0].series[0].values|more than zero",
        "area|[a, b]|[1, 2]|charts[0].kind|"})
    void aHostileChartIsRefusedInOneLineWithItsPlace(String hostile) throws Exception {
        String[] parts = hostile.split("\\|", -1);
        assertRefused(withChart(BAR.formatted(parts[0], parts[1], parts[2])), parts[3], parts[4]);
    }

    @Test
    void tenThousandPointsALabelOfTwentyThousandCharactersAndSevenSeriesAreRefused() throws Exception {
        String many = "[" + "1, ".repeat(9_999) + "1]";
        assertRefused(withChart(BAR.formatted("line", many, many)), "charts[0].categories", "");
        assertRefused(withChart(BAR.formatted("bar", "[" + "x".repeat(20_000) + "]", "[1]")),
                "charts[0].categories[0]", "at most 40 characters");
        String seven = withChart(BAR.formatted("bar", "[a]", "[1]") + """
                  - {name: b, values: [1]}
                  - {name: c, values: [1]}
                  - {name: d, values: [1]}
                  - {name: e, values: [1]}
                  - {name: f, values: [1]}
                  - {name: g, values: [1]}
            """);
        assertRefused(seven, "charts[0].series", "");
        assertRefused(withChart("  - {kind: bar, title: x, categories: [a], series: []}\n"), "charts[0].series", "");
    }

    @Test
    void nothingIsWrittenForAModelWithAHostileChart() throws Exception {
        Path model = TestModels.write(dir, "m.yaml", withChart(BAR.formatted("bar", "[a, b]", "[1, .nan]")));
        Path out = dir.resolve("out");
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = org.briefing.cli.Main.run(new String[] {"render", model.toString(), "-o", out.toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("charts[0].series[0].values[1]");
        assertThat(out).satisfiesAnyOf(o -> assertThat(o).doesNotExist(), o -> assertThat(o).isEmptyDirectory());
    }

    private void assertRefused(String yaml, String field, String message) throws Exception {
        Path model = TestModels.write(dir, "m.yaml", yaml);
        assertThatThrownBy(() -> new ModelLoader(RENDERER.loadOptions()).load(model))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem.format()).startsWith(model + ":")
                                .contains(": " + field + ": ").contains(message).doesNotContain("\n")
                                .hasSizeLessThan(400)));
    }

    private static void collect(PDResources resources, List<PDImageXObject> images, List<String> forms)
            throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof PDFormXObject form) {
                forms.add(new String(form.getContents().readAllBytes(), StandardCharsets.ISO_8859_1));
                collect(form.getResources(), images, forms);
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    out.add(element);
                }
                collect(element, out);
            }
        }
    }
}
