package org.briefing.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the PDF needs from the edition's XHTML beyond its layout: the language and date of the
 * document, and for each link target the words that describe it to a screen reader (the
 * {@code title} of the {@code a} element, else its text); for links within the document (the
 * table of contents), the descriptions in the order of the places they lead to.
 */
record XhtmlFacts(String language, String isoDate, Map<String, String> linkDescriptions,
                  List<String> placeDescriptions) {

    static XhtmlFacts of(Document xhtml) {
        Element root = xhtml.getDocumentElement();
        String language = root.getAttribute("lang").isEmpty() ? root.getAttribute("xml:lang") : root.getAttribute("lang");
        Map<String, String> descriptions = linkDescriptions(xhtml);
        return new XhtmlFacts(language, metaContent(xhtml, "date"), descriptions, placeDescriptions(xhtml,
                descriptions));
    }

    /** The descriptions of the links to places in the document ({@code #id}), in the order of those places. */
    private static List<String> placeDescriptions(Document xhtml, Map<String, String> descriptions) {
        List<String> places = new ArrayList<>();
        NodeList all = xhtml.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty() && descriptions.containsKey("#" + id)) {
                places.add(descriptions.get("#" + id));
            }
        }
        return List.copyOf(places);
    }

    /** The description of the link to {@code target}, or the target itself when no anchor names it. */
    String describeLink(String target) {
        return linkDescriptions.getOrDefault(target, target);
    }

    private static String metaContent(Document xhtml, String name) {
        NodeList metas = xhtml.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (name.equals(meta.getAttribute("name"))) {
                return meta.getAttribute("content");
            }
        }
        return null;
    }

    private static Map<String, String> linkDescriptions(Document xhtml) {
        Map<String, String> descriptions = new HashMap<>();
        NodeList anchors = xhtml.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element anchor = (Element) anchors.item(i);
            String title = anchor.getAttribute("title").strip();
            String description = title.isEmpty() ? anchor.getTextContent().strip() : title;
            if (!anchor.getAttribute("href").isEmpty() && !description.isEmpty()) {
                descriptions.putIfAbsent(anchor.getAttribute("href"), description);
            }
        }
        return Map.copyOf(descriptions);
    }
}
