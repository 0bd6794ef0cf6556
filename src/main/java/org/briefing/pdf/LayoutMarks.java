package org.briefing.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The declarations {@link Pagination} puts into elements' {@code style} attributes and takes back
 * as the layout changes: a page break before a section, no space above a heading that begins a
 * page, and a paragraph's widows. Templates set none of them (templates/README.md), so the ones
 * found are the layout's own.
 */
final class LayoutMarks {
    static final String BREAK_BEFORE = "page-break-before: always";
    static final String NO_SPACE_ABOVE = "margin-top: 0";
    /** On the block before a section whose heading begins a page: its space under goes with the break. */
    static final String NO_SPACE_BELOW = "padding-bottom: 0";
    private static final Pattern WIDOWS = Pattern.compile("widows: (\\d+);?");

    private LayoutMarks() {
    }

    static boolean has(Element element, String declaration) {
        return element.getAttribute("style").contains(declaration);
    }

    static void add(Element element, String declaration) {
        String style = element.getAttribute("style").strip();
        element.setAttribute("style", style.isEmpty() ? declaration
                : (style.endsWith(";") ? style : style + ";") + " " + declaration);
    }

    static void remove(Element element, String declaration) {
        if (has(element, declaration)) {
            setStyle(element, element.getAttribute("style").replace(declaration, ""));
        }
    }

    /**
     * The widows an earlier attempt set on {@code paragraph}, or 0: its lines after the page break
     * it forced, which may be on two pages, so more go over counting from there.
     */
    static int widows(Element paragraph) {
        Matcher widows = WIDOWS.matcher(paragraph.getAttribute("style"));
        return widows.find() ? Integer.parseInt(widows.group(1)) : 0;
    }

    static void setWidows(Element paragraph, int widows) {
        setStyle(paragraph, WIDOWS.matcher(paragraph.getAttribute("style")).replaceAll(""));
        add(paragraph, "widows: " + widows);
    }

    /** Takes back every page break and space taken: for a layout whose pages all break anew. */
    static void releaseAll(Document copy) {
        NodeList all = copy.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            release((Element) all.item(i));
        }
    }

    /**
     * Takes back the page breaks and the space taken after {@code changed}: the text after it
     * moves, so they would now break pages where no heading needs it. The layout makes those that
     * are still needed again.
     */
    static void releaseAfter(Document copy, Element changed) {
        NodeList all = copy.getElementsByTagName("*");
        boolean after = false;
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (after && !PageLines.isInside(element, changed)) {
                release(element);
            }
            after |= element == changed;
        }
    }

    /** Takes back the break before {@code element} and the space it took, the space below the block before it too. */
    private static void release(Element element) {
        if (has(element, BREAK_BEFORE)) {
            remove(element, BREAK_BEFORE);
            Element before = Pagination.previousElementSibling(element);
            if (before != null) {
                remove(before, NO_SPACE_BELOW);
            }
        }
        remove(element, NO_SPACE_ABOVE);
    }

    /** Sets {@code style} without the separators a removed declaration left; none left, no attribute. */
    private static void setStyle(Element element, String style) {
        String tidy = style.replaceAll(";\\s*;", ";").replaceAll("^[ ;]+|[ ;]+$", "");
        if (tidy.isEmpty()) {
            element.removeAttribute("style");
        } else {
            element.setAttribute("style", tidy);
        }
    }
}
