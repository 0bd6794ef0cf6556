package org.briefing.pdf;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Gives every link annotation the alternate description PDF/UA requires (ISO 14289-1, 7.18.5:
 * its {@code Contents}), which openhtmltopdf leaves out: for a web link, the title of the XHTML
 * anchor with that URI, else the URI itself; for a link to a place in the document (a line of the
 * table of contents), the description of the anchor leading there. Such a link's annotation knows
 * only where it leads, so places are matched in document order: the n-th place led to is the
 * n-th target the XHTML's links name.
 */
final class LinkAlternateText {
    private LinkAlternateText() {
    }

    static void apply(PDDocument pdf, XhtmlFacts facts) throws IOException {
        Map<PDAnnotationLink, Place> toPlaces = new LinkedHashMap<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    if (link.getAction() instanceof PDActionURI uri) {
                        link.setContents(facts.describeLink(uri.getURI()));
                    } else if (link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageXYZDestination destination) {
                        int target = pdf.getPages().indexOf(destination.getPage());
                        toPlaces.put(link, new Place(target, destination.getTop()));
                    }
                }
            }
        }
        // a line of the table of contents that wraps is two annotations leading to one place
        List<Place> inOrder = toPlaces.values().stream().distinct()
                .sorted(Comparator.comparingInt(Place::page).thenComparing(Place::top, Comparator.reverseOrder()))
                .toList();
        List<String> descriptions = facts.placeDescriptions();
        toPlaces.forEach((link, place) -> {
            int rank = inOrder.indexOf(place);
            link.setContents(rank < descriptions.size() ? descriptions.get(rank) : "");
        });
    }

    /** Where a link leads: a page, and the height on it (PDF units, from the bottom). */
    private record Place(int page, int top) {
    }
}
