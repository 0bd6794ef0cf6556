package org.briefing.redline;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.html.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How many items of each section a redline shows added, changed and deleted, and the short
 * summary the redline PDF opens with: a heading naming the older version, how changes are shown,
 * and a line per section that changed.
 */
final class ChangeSummary {
    /** The counts of one section. */
    record Counts(int added, int changed, int deleted) {
        Counts plus(String change) {
            return switch (change) {
                case XhtmlRedline.INSERTED -> new Counts(added + 1, changed, deleted);
                case XhtmlRedline.DELETED -> new Counts(added, changed, deleted + 1);
                default -> new Counts(added, changed + 1, deleted);
            };
        }
    }

    private ChangeSummary() {
    }

    /** The counts by section id ("" for the title block and summary), in document order. */
    static Map<String, Counts> count(Document redline) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        count(XhtmlRedline.body(redline), "", counts);
        return counts;
    }

    private static void count(Element element, String section, Map<String, Counts> counts) {
        String here = element.getLocalName().equals("section") && !element.getAttribute("id").isEmpty()
                ? element.getAttribute("id") : section;
        String change = element.getAttribute(XhtmlRedline.CHANGE);
        boolean heading = element.getLocalName().matches("h[2-6]");
        if (!change.isEmpty() && !heading) {
            counts.merge(here, new Counts(0, 0, 0).plus(change), (a, b) -> a.plus(change));
        }
        for (Element child : XhtmlRedline.elements(element)) {
            count(child, here, counts);
        }
    }

    /**
     * Puts the summary after the title block: {@code div.changes} with {@code h2.changes-title},
     * {@code p.changes-legend} and {@code ul.changes-list}.
     *
     * @param olderDate the older version's date as the edition writes it
     */
    static void insert(Document redline, Map<String, Counts> counts, Messages messages, String language,
                       String olderDate) {
        Element body = XhtmlRedline.body(redline);
        String ns = body.getNamespaceURI();
        Element summary = element(redline, ns, "div", "changes");
        if (!messages.labelLanguage(language).equals(language)) {
            summary.setAttribute("lang", messages.labelLanguage(language)); // English labels of a language without any
        }
        Element title = element(redline, ns, "h2", "changes-title");
        title.setTextContent(format(messages, language, "redline.heading", olderDate));
        summary.appendChild(title);
        Element legend = element(redline, ns, "p", "changes-legend");
        legend.setTextContent(messages.get(language, "redline.legend"));
        summary.appendChild(legend);
        if (counts.isEmpty()) {
            Element none = element(redline, ns, "p", null);
            none.setTextContent(messages.get(language, "redline.none"));
            summary.appendChild(none);
        } else {
            Element list = element(redline, ns, "ul", "changes-list");
            counts.forEach((section, count) -> {
                Element item = element(redline, ns, "li", null);
                Element line = element(redline, ns, "p", null);
                line.setTextContent(label(redline, section, messages, language) + ": " + parts(count, messages, language));
                item.appendChild(line);
                list.appendChild(item);
            });
            summary.appendChild(list);
        }
        Node after = null;
        for (Element child : XhtmlRedline.elements(body)) {
            if (child.getAttribute("class").contains("title-block")) {
                after = child.getNextSibling();
            }
        }
        body.insertBefore(summary, after);
    }

    private static String parts(Counts count, Messages messages, String language) {
        List<String> parts = new ArrayList<>();
        if (count.added() > 0) {
            parts.add(format(messages, language, "redline.added", count.added()));
        }
        if (count.changed() > 0) {
            parts.add(format(messages, language, "redline.changed", count.changed()));
        }
        if (count.deleted() > 0) {
            parts.add(format(messages, language, "redline.deleted", count.deleted()));
        }
        return String.join(", ", parts);
    }

    /** A section's name: its heading's text, as the newer version (or, if deleted, the older) has it. */
    private static String label(Document redline, String section, Messages messages, String language) {
        if (section.isEmpty()) {
            return messages.get(language, "redline.titleblock");
        }
        var sections = redline.getElementsByTagNameNS("*", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element element = (Element) sections.item(i);
            if (element.getAttribute("id").equals(section)) {
                for (Element child : XhtmlRedline.elements(element)) {
                    if (child.getLocalName().matches("h[2-6]")) {
                        return child.getTextContent().strip();
                    }
                }
            }
        }
        return section;
    }

    private static String format(Messages messages, String language, String key, Object argument) {
        return new MessageFormat(messages.get(language, key).replace("'", "''"), Locale.forLanguageTag(language))
                .format(new Object[] {argument});
    }

    private static Element element(Document document, String ns, String name, String className) {
        Element element = document.createElementNS(ns, name);
        if (className != null) {
            element.setAttribute("class", className);
        }
        return element;
    }
}
