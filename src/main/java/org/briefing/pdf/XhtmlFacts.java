package org.briefing.pdf;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the PDF needs from the edition's XHTML beyond its layout: the language and date of the
 * document, and for each link target the words that describe it to a screen reader (the
 * {@code title} of the {@code a} element, else its text).
 */
record XhtmlFacts(String language, String isoDate, Map<String, String> linkDescriptions) {

    static XhtmlFacts of(Document xhtml) {
        Element root = xhtml.getDocumentElement();
        String language = root.getAttribute("lang").isEmpty() ? root.getAttribute("xml:lang") : root.getAttribute("lang");
        return new XhtmlFacts(language, metaContent(xhtml, "date"), linkDescriptions(xhtml));
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
