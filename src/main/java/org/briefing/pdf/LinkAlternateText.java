package org.briefing.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Gives every link annotation the alternate description PDF/UA requires (ISO 14289-1, 7.18.5:
 * its {@code Contents}), which openhtmltopdf leaves out: the title of the XHTML anchor with that
 * URI, else the URI itself.
 */
final class LinkAlternateText {
    private LinkAlternateText() {
    }

    static void apply(PDDocument pdf, XhtmlFacts facts) throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null
                        && link.getAction() instanceof PDActionURI uri) {
                    link.setContents(facts.describeLink(uri.getURI()));
                }
            }
        }
    }
}
