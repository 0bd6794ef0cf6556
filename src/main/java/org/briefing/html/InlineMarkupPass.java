package org.briefing.html;

import java.util.ArrayList;
import java.util.List;
import org.briefing.markup.InlineMarkup;
import org.briefing.markup.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * Sets the inline syntax of model texts as the vocabulary's elements: {@code *words*} as
 * {@code em}, {@code **words**} as {@code strong}, a link as {@code a[href]} (titled with its words
 * for screen readers), a line break as {@code br}, a note marker as an {@code a.note-ref}
 * ({@link NotesPass} numbers it). A model text is what an element names with
 * {@code data-field}, except the date and the addresses ({@code source.url}, {@code links[0].url}),
 * which have no syntax. Text the template wrote is never read as syntax.
 */
final class InlineMarkupPass {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private InlineMarkupPass() {
    }

    static void apply(Document xhtml) {
        NodeList all = xhtml.getElementsByTagNameNS("*", "*");
        List<Element> fields = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("data-field") && hasSyntax(element.getAttribute("data-field"))) {
                fields.add(element);
            }
        }
        fields.forEach(field -> setTexts(field, insideLink(field)));
    }

    private static boolean hasSyntax(String field) {
        return !field.equals("date") && !field.endsWith(".url");
    }

    /** Replaces each text node under {@code parent} (a paragraph of the text, or all of it) by its spans. */
    private static void setTexts(Element parent, boolean inLink) {
        for (Node node = parent.getFirstChild(); node != null; ) {
            Node next = node.getNextSibling();
            if (node instanceof Text text && node.getNodeType() == Node.TEXT_NODE && !text.getData().isBlank()) {
                List<Span> spans = InlineMarkup.parse(text.getData());
                boolean asTyped = spans.size() == 1 && spans.get(0) instanceof Span.Text same
                        && same.text().equals(text.getData());
                if (!asTyped) {
                    for (Node made : nodes(parent.getOwnerDocument(), spans, inLink)) {
                        parent.insertBefore(made, node);
                    }
                    parent.removeChild(node);
                }
            } else if (node instanceof Element element) {
                setTexts(element, inLink || element.getLocalName().equals("a"));
            }
            node = next;
        }
    }

    private static List<Node> nodes(Document document, List<Span> spans, boolean inLink) {
        List<Node> nodes = new ArrayList<>();
        for (Span span : spans) {
            if (span instanceof Span.Text text) {
                nodes.add(document.createTextNode(text.text()));
            } else if (span instanceof Span.Emphasis emphasis) {
                nodes.add(element(document, "em", nodes(document, emphasis.content(), inLink)));
            } else if (span instanceof Span.Strong strong) {
                nodes.add(element(document, "strong", nodes(document, strong.content(), inLink)));
            } else if (span instanceof Span.Link link && !inLink) {
                Element anchor = element(document, "a", nodes(document, link.content(), true));
                anchor.setAttribute("href", link.href());
                StringBuilder words = new StringBuilder();
                InlineMarkup.plain(link.content(), words);
                anchor.setAttribute("title", words.toString());
                nodes.add(anchor);
            } else if (span instanceof Span.Link link) {
                nodes.addAll(nodes(document, link.content(), true)); // a link inside a link is its words
            } else if (span instanceof Span.NoteRef note) {
                Element reference = document.createElementNS(XHTML, "a");
                reference.setAttribute("class", NotesPass.REFERENCE);
                reference.setAttribute(NotesPass.CITES, note.id());
                nodes.add(reference); // numbered and linked by NotesPass, once every text is set
            } else {
                nodes.add(document.createElementNS(XHTML, "br"));
            }
        }
        return nodes;
    }

    private static Element element(Document document, String name, List<Node> content) {
        Element element = document.createElementNS(XHTML, name);
        content.forEach(element::appendChild);
        return element;
    }

    private static boolean insideLink(Element element) {
        for (Node node = element; node instanceof Element e; node = e.getParentNode()) {
            if (e.getLocalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
