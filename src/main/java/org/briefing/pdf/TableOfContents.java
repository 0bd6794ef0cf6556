package org.briefing.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A printed table of contents for long briefings: one line per bookmark of the XHTML head, with
 * the page its section starts on (CSS {@code target-counter}), placed after the title block. Each
 * line is a link to its section, for a reader on screen. The DOCX makes a Word table of contents
 * of it, with the pages the layout found.
 */
final class TableOfContents {
    /** Briefings of more pages than this get a table of contents. */
    static final int PAGES_WITHOUT = 3;
    /** The attribute of an entry that names its section ({@code #achievements}). */
    static final String TARGET = "data-target";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private TableOfContents() {
    }

    /**
     * A copy of {@code xhtml} with the table of contents, titled {@code heading}; {@code xhtml}
     * itself where it has no title block to put it after (the bilingual edition). Its title and
     * lines (the section headings) are labels in {@code labelLanguage}, tagged as such where that
     * is not the document's language.
     */
    static Document addTo(Document xhtml, String heading, String labelLanguage) {
        if (titleBlock(xhtml) == null) {
            return xhtml;
        }
        Document copy = (Document) xhtml.cloneNode(true);
        Element toc = element(copy, "div", "toc");
        if (!labelLanguage.equals(copy.getDocumentElement().getAttribute("lang"))) {
            toc.setAttribute("lang", labelLanguage);
        }
        Element title = element(copy, "h2", "toc-title");
        title.setTextContent(heading);
        toc.appendChild(title);
        Element list = element(copy, "ul", "toc-entries");
        NodeList bookmarks = copy.getElementsByTagName("bookmark");
        for (int i = 0; i < bookmarks.getLength(); i++) {
            Element bookmark = (Element) bookmarks.item(i);
            Element entry = element(copy, "span", "toc-entry");
            entry.setAttribute(TARGET, bookmark.getAttribute("href"));
            entry.setTextContent(bookmark.getAttribute("name"));
            Element link = element(copy, "a", null);
            link.setAttribute("href", bookmark.getAttribute("href"));
            link.appendChild(entry);
            Element paragraph = element(copy, "p", null);
            paragraph.appendChild(link);
            Element item = element(copy, "li", null);
            item.appendChild(paragraph);
            list.appendChild(item);
        }
        toc.appendChild(list);
        Node titleBlock = titleBlock(copy);
        titleBlock.getParentNode().insertBefore(toc, titleBlock.getNextSibling());
        return copy;
    }

    private static Node titleBlock(Document xhtml) {
        NodeList divs = xhtml.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            if (((Element) divs.item(i)).getAttribute("class").equals("title-block")) {
                return divs.item(i);
            }
        }
        return null;
    }

    private static Element element(Document xhtml, String name, String cssClass) {
        Element element = xhtml.createElementNS(XHTML, name);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        return element;
    }
}
