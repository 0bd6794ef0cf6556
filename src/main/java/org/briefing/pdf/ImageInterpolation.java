package org.briefing.pdf;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Takes the interpolation flag off every picture, as PDF/A requires (ISO 19005-2, 6.2.8). The
 * layout engine sets it on pictures a stylesheet lets be smoothed, and leaves it off only when
 * told the document is PDF/A, which {@link PdfWriter} does not tell it (see there why).
 */
final class ImageInterpolation {
    private ImageInterpolation() {
    }

    static void clear(PDDocument pdf) throws IOException {
        Set<Object> seen = new HashSet<>();
        for (PDPage page : pdf.getPages()) {
            clear(page.getResources(), seen);
        }
    }

    /** Pictures drawn by forms too: a form is its own resource tree. */
    private static void clear(PDResources resources, Set<Object> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                image.getCOSObject().removeItem(COSName.INTERPOLATE);
            } else if (object instanceof PDFormXObject form) {
                clear(form.getResources(), seen);
            }
        }
    }
}
