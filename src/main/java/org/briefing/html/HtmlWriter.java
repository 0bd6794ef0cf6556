package org.briefing.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefing.chart.ChartLayout;
import org.briefing.chart.ChartSpec;
import org.briefing.chart.Palette;
import org.briefing.chart.SvgPainter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The edition's XHTML as a standalone HTML5 page: the stylesheet inlined, fonts named by their
 * local names, print-only parts (running page furniture, PDF bookmarks) moved or dropped, the
 * banners and "page X of Y" in the margins of every printed page ({@link PrintedPageFurniture}),
 * and sized for a phone's screen as for a desktop's.
 */
public final class HtmlWriter {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    /**
     * Screen layout for the preview; the print stylesheet stays as the template has it, but that
     * the last section is no longer the body's last child here (the bottom banner follows it).
     */
    private static final String SCREEN_CSS = """
            body section:last-of-type { padding-bottom: 0; }
            @media screen {
              body { max-width: 46em; margin: 2em auto; padding: 0 1.5em; background: #fff; }
              .banner { padding: 0.3em 0; border-top: 1px solid #999; border-bottom: 1px solid #999; margin: 0.5em 0 1.5em 0; }
              .banner-bottom { margin: 2em 0 0.5em 0; }
            }
            """;

    /**
     * The page fetches nothing: styles and images are in it (data: addresses at most), as a
     * PDF's are. Browsers enforce it whatever the stylesheet says, escapes and all.
     */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:;"
            + " base-uri 'none'; form-action 'none'";

    /** A chart's size in CSS pixels: the PDF's, 150 by 78 mm; the stylesheet scales it down on a narrow screen. */
    private static final double CHART_WIDTH = 567;
    private static final double CHART_HEIGHT = 295;
    private static final String CHART_FONT = "Briefing Sans";

    private final TemplateSet templates;
    private final SelfContainedCss selfContained;
    private final String fontFaces;

    /**
     * @param localFonts for each logical family ({@code Briefing Serif}, {@code Briefing Sans}),
     *                   the installed font names a browser should look for, best first
     */
    public HtmlWriter(TemplateSet templates, java.util.Map<String, List<String>> localFonts) {
        this.templates = templates;
        this.selfContained = new SelfContainedCss(templates);
        this.fontFaces = LocalFontFaces.rules(localFonts);
    }

    public byte[] write(Document xhtml) {
        Document page = (Document) xhtml.cloneNode(true);
        Element root = page.getDocumentElement();
        prepare(page, root);
        StringBuilder out = new StringBuilder(16 * 1024).append("<!DOCTYPE html>\n");
        serialize(root, out);
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void prepare(Document page, Element root) {
        List<Element> elements = elements(root);
        PrintedPageFurniture furniture = new PrintedPageFurniture();
        elements.forEach(furniture::note);
        int charts = 0;
        for (Element element : elements) {
            String name = element.getLocalName();
            if ("object".equals(name) && EditionView.ChartView.TYPE.equals(element.getAttribute("type"))) {
                element.getParentNode().replaceChild(chart(page, element, "chart-" + ++charts), element);
            } else if ("head".equals(name)) {
                Element viewport = page.createElementNS(root.getNamespaceURI(), "meta");
                viewport.setAttribute("name", "viewport");
                viewport.setAttribute("content", "width=device-width, initial-scale=1");
                element.insertBefore(viewport, element.getFirstChild());
                Element policy = page.createElementNS(root.getNamespaceURI(), "meta");
                policy.setAttribute("http-equiv", "Content-Security-Policy");
                policy.setAttribute("content", POLICY);
                element.insertBefore(policy, element.getFirstChild());
            } else if ("bookmarks".equals(name) || hasClass(element, "page-footer")
                    || hasClass(element, "running-left") || hasClass(element, "running-right")) {
                element.getParentNode().removeChild(element);
            } else if ("link".equals(name) && "stylesheet".equals(element.getAttribute("rel"))) {
                String css = templates.read(element.getAttribute("href"))
                        .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
                Element style = page.createElementNS(root.getNamespaceURI(), "style");
                style.setTextContent(fontFaces + selfContained.of(css).replace("</", "<\\/") + SCREEN_CSS
                        + furniture.css());
                element.getParentNode().replaceChild(style, element);
            } else if ("style".equals(name)) {
                element.setTextContent(selfContained.of(element.getTextContent()).replace("</", "<\\/"));
            } else if (hasClass(element, "banner-bottom")) {
                Node body = element.getParentNode();
                body.removeChild(element);
                body.appendChild(element);
            }
        }
    }

    /** A chart's {@code object} as the inline SVG a browser draws, sized by the stylesheet's {@code svg.chart}. */
    private static Element chart(Document page, Element object, String id) {
        ChartSpec spec = ChartSpec.fromJson(object.getAttribute("data-chart"));
        Element svg = new SvgPainter(Palette.ofAttribute(object.getAttribute("data-palette")), CHART_FONT)
                .paint(ChartLayout.of(spec, CHART_WIDTH, CHART_HEIGHT), spec, page, id);
        if (object.hasAttribute("lang")) {
            svg.setAttribute("lang", object.getAttribute("lang"));
        }
        return svg;
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, into);
            }
        }
    }

    static boolean hasClass(Element element, String name) {
        for (String c : element.getAttribute("class").split("\\s+")) {
            if (c.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void serialize(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                String name = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
                out.append('<').append(name);
                NamedNodeMap attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node attribute = attributes.item(i);
                    String attributeName = attribute.getNodeName();
                    if (attributeName.equals("xmlns") || attributeName.startsWith("xmlns:")
                            || attributeName.equals("xml:lang")) {
                        continue;
                    }
                    out.append(' ').append(attributeName).append("=\"")
                            .append(HtmlText.escape(attribute.getNodeValue())).append('"');
                }
                out.append('>');
                if (VOID.contains(name)) {
                    return;
                }
                boolean raw = name.equals("style") || name.equals("script");
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (raw && child.getNodeType() == Node.TEXT_NODE) {
                        out.append(child.getNodeValue());
                    } else {
                        serialize(child, out);
                    }
                }
                out.append("</").append(name).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(HtmlText.escape(node.getNodeValue()));
            default -> {
            }
        }
    }

}
