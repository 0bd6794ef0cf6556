package org.briefing.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.Shape;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.briefing.chart.ChartLayout;
import org.briefing.chart.ChartSpec;
import org.briefing.chart.Graphics2DPainter;
import org.briefing.chart.Palette;
import org.briefing.html.EditionView;
import org.w3c.dom.Element;

/**
 * Draws an edition's charts ({@code <object type="application/x-briefing-chart">}) into the PDF
 * as vector graphics: openhtmltopdf lays the object out as a replaced element, tags it as a
 * Figure whose alternative text is the object's {@code alt}, and hands it here to paint; the
 * painting goes through PDFBox's Java 2D bridge into a form of lines, shapes and text set in the
 * document's own embedded sans font. No image is made. Stateless and thread-safe.
 */
final class ChartDrawer implements FSObjectDrawer {
    /** The factory that gives chart objects this drawer, and nothing else one. */
    static final FSObjectDrawerFactory FACTORY = new FSObjectDrawerFactory() {
        private final ChartDrawer drawer = new ChartDrawer();

        @Override
        public FSObjectDrawer createDrawer(Element e) {
            return isReplacedObject(e) ? drawer : null;
        }

        @Override
        public boolean isReplacedObject(Element e) {
            return EditionView.ChartView.TYPE.equals(e.getAttribute("type"));
        }
    };

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        ChartSpec chart = ChartSpec.fromJson(e.getAttribute("data-chart"));
        float pixelsWide = (float) (width / dotsPerPixel);
        float pixelsHigh = (float) (height / dotsPerPixel);
        ChartLayout layout = ChartLayout.of(chart, pixelsWide, pixelsHigh);
        Graphics2DPainter painter = new Graphics2DPainter(Palette.ofAttribute(e.getAttribute("data-palette")),
                FontSet.SANS);
        outputDevice.drawWithGraphics((float) x, (float) y, pixelsWide, pixelsHigh, graphics -> {
            if (graphics instanceof PdfBoxGraphics2D pdf) {
                pdf.setFontTextDrawer(new DocumentFonts(ctx));
            }
            painter.paint(layout, graphics);
        });
        return null;
    }

    /**
     * Sets a chart's text in the fonts the layout engine has for the document, by family name
     * (the Java 2D font of that name is not installed, so its own family would be a stand-in).
     */
    private static final class DocumentFonts extends PdfBoxGraphics2DFontTextDrawer {
        private final RenderingContext ctx;

        DocumentFonts(RenderingContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
            FontSpecification spec = new FontSpecification();
            spec.size = font.getSize2D();
            spec.families = new String[] {font.getName()};
            spec.fontStyle = IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            spec.fontWeight = font.isBold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
            PdfBoxFSFont resolved = (PdfBoxFSFont) ctx.getFont(spec);
            PdfBoxFontResolver.FontDescription face = resolved.getFontDescriptions().get(0);
            return face.realizeFont() ? face.getFont() : null; // null: the text is drawn as outlines
        }
    }
}
