package org.briefing.docx;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Writes pictures and charts into the main document as Word's inline drawings: each picture file
 * once in the package's media (however often it is shown), at most as wide as the text; each
 * chart a chart part of its own ({@link ChartWriter}), as wide as the text; the alternative text
 * of either as the drawing's description (what Word and screen readers announce).
 * Not thread-safe: one per document.
 */
final class PictureWriter {
    /** English Metric Units per point. */
    private static final long EMU_PER_POINT = 12_700;
    private static final String NAMESPACES = " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
            + "wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /** Parses an element's content alone, so that it can become the content of another. */
    private static final XmlOptions CONTENT_ONLY = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
            .setLoadReplaceDocumentElement(null);

    private final DocxPackage docx;
    private final long maxWidth;
    private long drawings;

    /** @param textWidth the width between the page margins, in twips */
    PictureWriter(DocxPackage docx, int textWidth) {
        this.docx = docx;
        this.maxWidth = textWidth * EMU_PER_POINT / 20;
    }

    /** Puts {@code picture} into {@code run}. */
    void write(CTR run, Inline.Picture picture) {
        String relationship = docx.addMedia(picture.mediaType(), picture.bytes());
        long width = Math.min(maxWidth, Math.max(EMU_PER_POINT, Math.round(picture.widthPoints() * EMU_PER_POINT)));
        long height = Math.max(EMU_PER_POINT, Math.round(width * picture.heightPerWidth()));
        long id = ++drawings;
        String alt = attribute(picture.alt());
        inline(run, width, height, "Picture " + id, alt, true,
                "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture " + id + "\" descr=\"" + alt + "\"/>"
                + "<pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + relationship + "\"/><a:stretch><a:fillRect/></a:stretch>"
                + "</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + width + "\" cy=\""
                + height + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData>");
    }

    /**
     * Puts {@code chart} into {@code run}: a native chart as wide as the text, its part and
     * workbook added to the package, its alternative text as the drawing's description.
     */
    void write(CTR run, Inline.Chart chart) {
        long height = Math.round(maxWidth * CHART_SHAPE);
        ChartWriter.Parts parts = ChartWriter.of(chart, maxWidth, height);
        String relationship = docx.addChart(parts.xml(), parts.workbook());
        inline(run, maxWidth, height, "Chart " + (++drawings), attribute(chart.alt()), false,
                "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\""
                + relationship + "\"/></a:graphicData>");
    }

    /** A chart's height for its width: the PDF's 150 by 78 mm. */
    private static final double CHART_SHAPE = 78.0 / 150;

    private void inline(CTR run, long width, long height, String name, String alt, boolean lockShape,
                        String graphicData) {
        String xml = "<wp:inline" + NAMESPACES + ">"
                + "<wp:extent cx=\"" + width + "\" cy=\"" + height + "\"/>"
                + "<wp:docPr id=\"" + drawings + "\" name=\"" + name + "\" descr=\"" + alt + "\"/>"
                + "<wp:cNvGraphicFramePr>" + (lockShape ? "<a:graphicFrameLocks noChangeAspect=\"1\"/>" : "")
                + "</wp:cNvGraphicFramePr><a:graphic>" + graphicData + "</a:graphic></wp:inline>";
        try {
            CTInline inline = run.addNewDrawing().addNewInline();
            inline.set(XmlObject.Factory.parse(xml, CONTENT_ONLY)); // its children; the element is the one added
            inline.setDistT(0);
            inline.setDistB(0);
            inline.setDistL(0);
            inline.setDistR(0);
        } catch (XmlException e) {
            throw new IllegalStateException("a drawing does not parse", e);
        }
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#10;");
    }
}
