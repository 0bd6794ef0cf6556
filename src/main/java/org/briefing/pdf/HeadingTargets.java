package org.briefing.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Points each bookmark that names a section at the section's heading instead. A heading pushed
 * to the next page takes its lines there but leaves the section's box beginning on the page
 * before, so a bookmark (and a table of contents line) to the section would lead one page short.
 */
final class HeadingTargets {
    private HeadingTargets() {
    }

    /** A copy of {@code xhtml} with its bookmarks retargeted, or {@code xhtml} when none needs it. */
    static Document apply(Document xhtml) {
        NodeList bookmarks = xhtml.getElementsByTagName("bookmark");
        for (int i = 0; i < bookmarks.getLength(); i++) {
            String href = ((Element) bookmarks.item(i)).getAttribute("href");
            if (href.startsWith("#") && headingOf(xhtml, href.substring(1)) != null) {
                return retarget((Document) xhtml.cloneNode(true)); // writers copy what they change
            }
        }
        return xhtml;
    }

    private static Document retarget(Document copy) {
        NodeList bookmarks = copy.getElementsByTagName("bookmark");
        for (int i = 0; i < bookmarks.getLength(); i++) {
            Element bookmark = (Element) bookmarks.item(i);
            String href = bookmark.getAttribute("href");
            Element heading = href.startsWith("#") ? headingOf(copy, href.substring(1)) : null;
            if (heading != null) {
                if (heading.getAttribute("id").isEmpty()) {
                    heading.setAttribute("id", href.substring(1) + "-heading");
                }
                bookmark.setAttribute("href", "#" + heading.getAttribute("id"));
            }
        }
        return copy;
    }

    /** The first element of the section with {@code id} when it is a heading, else null. */
    private static Element headingOf(Document xhtml, String id) {
        NodeList sections = xhtml.getElementsByTagNameNS("*", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            if (section.getAttribute("id").equals(id)) {
                for (Node child = section.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element first) {
                        return first.getLocalName().matches("h[1-6]") ? first : null;
                    }
                }
            }
        }
        return null;
    }
}
