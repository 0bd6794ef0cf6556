package org.briefing.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefing.chart.ChartSpec;
import org.briefing.chart.Palette;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives every chart of an edition ({@code <object type="application/x-briefing-chart">}) the
 * palette its stylesheets set ({@code data-palette}, see {@link Palette#parse}), so that the PDF,
 * DOCX and HTML writers colour it alike without reading CSS; and refuses a chart object whose
 * {@code data-chart} is not a chart's spec or that has no alternative text.
 */
final class ChartSources {
    private ChartSources() {
    }

    static void apply(Document xhtml, TemplateSet templates) {
        List<Element> charts = charts(xhtml);
        if (charts.isEmpty()) {
            return;
        }
        String palette = Palette.parse(stylesheets(xhtml, templates)).attribute();
        for (Element chart : charts) {
            try {
                ChartSpec.fromJson(chart.getAttribute("data-chart"));
            } catch (IllegalArgumentException e) {
                throw new TemplateException(templates.describe() + "/" + TemplateSet.MAIN + ".html: <object type=\""
                        + EditionView.ChartView.TYPE + "\"> needs th:data-chart=\"${chart.spec}\": " + e.getMessage());
            }
            if (chart.getAttribute("alt").isBlank()) {
                throw new TemplateException(templates.describe() + "/" + TemplateSet.MAIN + ".html: <object type=\""
                        + EditionView.ChartView.TYPE + "\"> needs th:alt=\"${chart.alt}\", its alternative text");
            }
            chart.setAttribute("data-palette", palette);
        }
    }

    /** The edition's chart objects. */
    static List<Element> charts(Document xhtml) {
        List<Element> charts = new ArrayList<>();
        NodeList objects = xhtml.getElementsByTagNameNS("*", "object");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            if (EditionView.ChartView.TYPE.equals(object.getAttribute("type"))) {
                charts.add(object);
            }
        }
        return charts;
    }

    private static String stylesheets(Document xhtml, TemplateSet templates) {
        StringBuilder css = new StringBuilder();
        NodeList links = xhtml.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getAttribute("rel").strip().equalsIgnoreCase("stylesheet")) {
                templates.read(link.getAttribute("href").strip())
                        .ifPresent(bytes -> css.append(new String(bytes, StandardCharsets.UTF_8)).append('\n'));
            }
        }
        return css.toString();
    }
}
