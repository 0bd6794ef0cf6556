package org.briefing.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Numbers an edition's notes in the order its texts first cite them, as a reader meets them in
 * this template's order: each marker ({@code a.note-ref}, made from {@code [^id]}) gets its
 * number and a link to its note, and the template's list of notes ({@code li[data-note]}, or rows
 * {@code tr[data-note]} of a table) is put in that order, each item the target of its markers,
 * its {@code .note-number} (if it has one) showing its number. A note no shown text cites is left out.
 */
final class NotesPass {
    /** The class of a marker. */
    static final String REFERENCE = "note-ref";
    /** The attribute naming the note a marker cites. */
    static final String CITES = "data-cites";
    /** The attribute naming the note an item of the template's list is. */
    static final String NOTE = "data-note";

    private NotesPass() {
    }

    /** @param title a marker's description for screen readers, {@code {0}} its number ("Note {0}") */
    static void apply(Document xhtml, String title) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Element> markers = new ArrayList<>();
        Map<String, Element> items = new LinkedHashMap<>();
        for (Element element : elements(xhtml)) {
            if (element.hasAttribute(CITES)) {
                markers.add(element);
            } else if (element.hasAttribute(NOTE)) {
                items.putIfAbsent(element.getAttribute(NOTE), element);
            }
        }
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        for (Element marker : markers) {
            String id = marker.getAttribute(CITES);
            if (!items.containsKey(id)) {
                marker.getParentNode().removeChild(marker); // the template lists no notes
                continue;
            }
            int number = numbers.computeIfAbsent(id, k -> numbers.size() + 1);
            int time = seen.merge(number, 1, Integer::sum);
            marker.setAttribute("id", "note-ref-" + number + (time == 1 ? "" : "-" + time));
            marker.setAttribute("href", "#note-" + number);
            marker.setAttribute("title", title.replace("{0}", String.valueOf(number)));
            marker.setTextContent(String.valueOf(number));
        }
        order(items, numbers);
    }

    /** The list items in the markers' order, where the first of them was; uncited ones removed. */
    private static void order(Map<String, Element> items, Map<String, Integer> numbers) {
        if (items.isEmpty()) {
            return;
        }
        Element first = items.values().iterator().next();
        Node list = first.getParentNode();
        Node place = first.getOwnerDocument().createComment("notes");
        list.insertBefore(place, first);
        items.values().forEach(item -> item.getParentNode().removeChild(item));
        for (Map.Entry<String, Integer> cited : numbers.entrySet()) {
            Element item = items.get(cited.getKey());
            item.setAttribute("id", "note-" + cited.getValue());
            for (Element part : elements(item)) {
                if (HtmlWriter.hasClass(part, "note-number")) {
                    part.setTextContent(String.valueOf(cited.getValue()));
                }
            }
            list.insertBefore(item, place);
        }
        list.removeChild(place);
        if (numbers.isEmpty()) {
            removeEmptySection(list);
        }
    }

    /** A list of notes none of which is cited goes, with the section (and its bookmark) around it. */
    private static void removeEmptySection(Node list) {
        Node gone = list;
        for (Node up = list.getParentNode(); up instanceof Element parent; up = parent.getParentNode()) {
            if (parent.getLocalName().equals("section")) {
                gone = parent;
                break;
            }
        }
        if (gone instanceof Element section && section.hasAttribute("id")) {
            for (Element bookmark : elements(section.getOwnerDocument())) {
                if (bookmark.getLocalName().equals("bookmark")
                        && bookmark.getAttribute("href").equals("#" + section.getAttribute("id"))) {
                    bookmark.getParentNode().removeChild(bookmark);
                }
            }
        }
        gone.getParentNode().removeChild(gone);
    }

    private static List<Element> elements(Document xhtml) {
        return elements(xhtml.getDocumentElement());
    }

    /** {@code root} and the elements under it, in document order. */
    private static List<Element> elements(Element root) {
        NodeList all = root.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(all.getLength() + 1);
        elements.add(root);
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }
}
