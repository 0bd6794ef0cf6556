package org.briefing.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.briefing.chart.ChartLayout;
import org.briefing.chart.ChartSpec;
import org.briefing.chart.Palette;
import org.briefing.chart.Scale;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * Makes a chart a native Word chart: a DrawingML chart part whose series read their names and
 * values from an embedded workbook, so that Word's "Edit Data" and LibreOffice's chart editor
 * open the numbers, and a person can change a value or the chart type there. Built with POI's
 * XDDF chart API on a scratch document, then taken out as the chart's XML and the workbook's
 * bytes for the package ({@link DocxPackage#addChart}). Lines are told apart by dash and marker
 * as well as colour, as in the PDF; bars and slices by colour and the values written on them.
 */
final class ChartWriter {
    private static final XmlOptions SAVE = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
            .setSaveSyntheticDocumentElement(new QName(CTChartSpace.type.getName().getNamespaceURI(), "chartSpace",
                    "c"));
    private static final PresetLineDash[] DASHES = {PresetLineDash.SOLID, PresetLineDash.DASH,
        PresetLineDash.SYSTEM_DOT, PresetLineDash.DASH_DOT, PresetLineDash.LARGE_DASH};
    private static final MarkerStyle[] MARKERS = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
        MarkerStyle.DIAMOND, MarkerStyle.X};

    /** The chart's part: its XML given the id of its relationship to the workbook, and the workbook. */
    record Parts(java.util.function.Function<String, byte[]> xml, byte[] workbook) {
    }

    private ChartWriter() {
    }

    static Parts of(Inline.Chart chart, long widthEmu, long heightEmu) {
        ChartSpec spec = chart.spec();
        XWPFDocument scratch = new XWPFDocument();
        try {
            XWPFChart word = scratch.createChart((int) widthEmu, (int) heightEmu);
            word.setTitleText(spec.title());
            word.setTitleOverlay(false);
            titleSize(word);
            XDDFChartData data = data(word, spec);
            int n = spec.categories().size();
            String sheet = word.getWorkbook().getSheetAt(0).getSheetName();
            XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                    spec.categories().toArray(String[]::new), column(sheet, n, 0));
            for (int s = 0; s < spec.series().size(); s++) {
                ChartSpec.Series one = spec.series().get(s);
                XDDFChartData.Series series = data.addSeries(categories, XDDFDataSourcesFactory.fromArray(
                        one.values().toArray(Double[]::new), column(sheet, n, s + 1), s + 1));
                series.setTitle(one.name(), word.setSheetTitle(one.name(), s + 1));
                style(series, s, chart.palette(), spec);
            }
            word.plot(data);
            if (spec.series().size() > 1 || spec.isPie()) {
                word.getOrAddLegend().setPosition(spec.isPie() ? LegendPosition.RIGHT : LegendPosition.TOP);
            }
            labelValues(word.getCTChartSpace(), spec);
            XSSFWorkbook workbook = word.getWorkbook();
            var header = workbook.getSheetAt(0).getRow(0);
            (header == null ? workbook.getSheetAt(0).createRow(0) : header).createCell(0).setCellValue(spec.xTitle());
            byte[] workbookBytes = bytes(workbook);
            CTChartSpace space = (CTChartSpace) word.getCTChartSpace().copy();
            return new Parts(id -> {
                (space.isSetExternalData() ? space.getExternalData() : space.addNewExternalData()).setId(id);
                space.getExternalData().addNewAutoUpdate().setVal(false);
                ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
                try {
                    space.save(out, SAVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toByteArray();
            }, workbookBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("POI could not make a chart part", e);
        } finally {
            scratch.getPackage().revert(); // closed without being saved: its parts were taken out
        }
    }

    /** Rows 2 to {@code n + 1} of a column of the workbook's sheet, as a series refers to them. */
    private static String column(String sheet, int n, int column) {
        return new CellRangeAddress(1, n, column, column).formatAsString(sheet, true);
    }

    /** The title in 11 pt bold, as the PDF sets it, not the 18 pt an application may choose. */
    private static void titleSize(XWPFChart word) {
        for (var paragraph : word.getCTChart().getTitle().getTx().getRich().getPList()) {
            for (var run : paragraph.getRList()) {
                run.getRPr().setSz(1100);
                run.getRPr().setB(true);
            }
        }
    }

    private static XDDFChartData data(XWPFChart word, ChartSpec spec) {
        if (spec.isPie()) {
            XDDFPieChartData pie = (XDDFPieChartData) word.createData(ChartTypes.PIE, null, null);
            pie.setVaryColors(true);
            return pie;
        }
        XDDFCategoryAxis categoryAxis = word.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = word.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        // the PDF's steps, so both print the same axis; Word recomputes them once a value is edited
        Scale scale = ChartLayout.valueScale(spec);
        valueAxis.setMinimum(scale.min());
        valueAxis.setMaximum(scale.max());
        valueAxis.setMajorUnit(scale.step());
        if (!spec.xTitle().isEmpty()) {
            categoryAxis.setTitle(spec.xTitle());
        }
        if (!spec.yTitle().isEmpty()) {
            valueAxis.setTitle(spec.yTitle());
        }
        if (spec.isLine()) {
            return word.createData(ChartTypes.LINE, categoryAxis, valueAxis);
        }
        XDDFBarChartData bar = (XDDFBarChartData) word.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bar.setBarDirection(BarDirection.COL);
        bar.setVaryColors(false);
        if (spec.isStacked()) {
            bar.setBarGrouping(BarGrouping.STACKED);
            bar.setOverlap((byte) 100);
        } else {
            bar.setBarGrouping(BarGrouping.CLUSTERED);
        }
        return bar;
    }

    private static void style(XDDFChartData.Series series, int index, Palette palette, ChartSpec spec) {
        if (spec.isPie()) {
            List<Double> values = spec.series().get(0).values();
            for (int i = 0; i < values.size(); i++) {
                series.getDataPoint(i).setFillProperties(fill(i, palette));
            }
            return;
        }
        XDDFSolidFillProperties colour = new XDDFSolidFillProperties(colour(palette.colour(index)));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(colour);
            stroke.setWidth(2.0);
            stroke.setPresetDash(new XDDFPresetLineDash(DASHES[index % DASHES.length]));
            line.setLineProperties(stroke);
            line.setMarkerStyle(MARKERS[index % MARKERS.length]);
            line.setMarkerSize((short) 6);
            line.setSmooth(false);
        } else {
            series.setFillProperties(fill(index, palette));
        }
    }

    /**
     * A solid fill of the palette's colour: LibreOffice draws a DrawingML pattern fill as an
     * empty area, so the DOCX tells bars apart by colour, legend order and the values written on
     * them, and Word users may add patterns of their own.
     */
    private static XDDFFillProperties fill(int index, Palette palette) {
        return new XDDFSolidFillProperties(colour(palette.colour(index)));
    }

    /**
     * Values written at the bars, points or slices where the PDF writes them (over each series'
     * bars where it writes a stacked bar's total, which a Word chart has no label for).
     */
    private static void labelValues(CTChartSpace space, ChartSpec spec) {
        if (!spec.isPie() && !ChartLayout.writesValues(spec)) {
            return;
        }
        var plot = space.getChart().getPlotArea();
        List<CTDLbls> labels = new java.util.ArrayList<>();
        plot.getBarChartList().forEach(bar -> bar.getSerList().forEach(ser -> labels.add(ser.addNewDLbls())));
        plot.getPieChartList().forEach(pie -> pie.getSerList().forEach(ser -> labels.add(ser.addNewDLbls())));
        plot.getLineChartList().forEach(line -> line.getSerList().forEach(ser -> {
            CTDLbls label = ser.addNewDLbls();
            label.addNewDLblPos().setVal(labels.isEmpty() ? STDLblPos.T : STDLblPos.B); // as the PDF: over, then under
            labels.add(label);
        }));
        for (CTDLbls label : labels) {
            label.addNewShowLegendKey().setVal(false);
            label.addNewShowVal().setVal(true);
            label.addNewShowCatName().setVal(false);
            label.addNewShowSerName().setVal(false);
            label.addNewShowPercent().setVal(spec.isPie());
            label.addNewShowBubbleSize().setVal(false);
        }
    }

    private static XDDFColor colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        workbook.write(out);
        return out.toByteArray();
    }
}
