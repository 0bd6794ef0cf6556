package org.briefing.html;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The page furniture of the HTML edition as a browser prints it: the classification banner in the
 * top and bottom margins of every page and "page X of Y" beside the bottom one, as in the PDF, in
 * CSS page-margin boxes holding the text as strings (browsers have no running elements), in the
 * room the stylesheet's {@code @page} margins leave. The banners in the page itself stay, at the
 * start and the end, so that a browser without page-margin boxes still prints them once; the
 * first page has that top banner instead of the margin's.
 */
final class PrintedPageFurniture {
    private static final String BANNER_FONT = "font-family: \"Briefing Sans\", Arial, sans-serif; font-size: 9pt;"
            + " font-weight: bold; color: #000;";
    private static final String FOOTER_FONT = "font-family: \"Briefing Sans\", Arial, sans-serif; font-size: 8.5pt;"
            + " font-weight: normal; color: #444;";

    private String bannerTop;
    private String bannerBottom;
    private String pageLabel;

    /** Takes note of {@code element} where it is a piece of furniture. */
    void note(Element element) {
        if (HtmlWriter.hasClass(element, "banner-top")) {
            bannerTop = string(element.getTextContent().strip());
        } else if (HtmlWriter.hasClass(element, "banner-bottom")) {
            bannerBottom = string(element.getTextContent().strip());
        } else if (HtmlWriter.hasClass(element, "page-footer")) {
            pageLabel = pageLabel(element);
        }
    }

    /** The print rules for what was noted; empty where there was nothing. */
    String css() {
        StringBuilder css = new StringBuilder("@page {");
        box(css, "top-center", bannerTop, BANNER_FONT);
        box(css, "bottom-center", bannerBottom, BANNER_FONT);
        box(css, "bottom-right", pageLabel, FOOTER_FONT);
        css.append(" }\n");
        if (bannerTop != null) {
            css.append("@page :first { @top-center { content: none; } }\n");
        }
        return css.toString();
    }

    private static void box(StringBuilder css, String name, String content, String font) {
        if (content != null) {
            css.append(" @").append(name).append(" { content: ").append(content).append("; ").append(font).append(" }");
        }
    }

    /** "page X of Y" as CSS content: its words as strings, its numbers as the page counters. */
    private static String pageLabel(Element footer) {
        StringBuilder content = new StringBuilder();
        for (Node child = footer.getFirstChild(); child != null; child = child.getNextSibling()) {
            String part;
            if (child instanceof Element span && HtmlWriter.hasClass(span, "page-number")) {
                part = "counter(page)";
            } else if (child instanceof Element span && HtmlWriter.hasClass(span, "page-count")) {
                part = "counter(pages)";
            } else if (child.getTextContent().isEmpty()) {
                continue;
            } else {
                part = string(child.getTextContent());
            }
            content.append(content.length() == 0 ? "" : " ").append(part);
        }
        return content.length() == 0 ? null : content.toString();
    }

    /**
     * {@code text} as a CSS string, its runs of white space as one space: quotes, backslashes,
     * angle brackets and control characters escaped.
     */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.replaceAll("\\s+", " ").codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f || c == '<' || c == '>') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
