package org.briefing.redline;

import java.util.Map;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The redline of two versions of a briefing in one language: a DOCX with real tracked changes
 * (accept them all and it is the newer edition, reject them all and it is the older), and a PDF
 * that shows insertions underlined, deletions struck through and a bar beside each change, under
 * a short summary of the changes by section. Both are written from one merged XHTML
 * ({@link XhtmlRedline}) by the ordinary writers. Thread-safe.
 */
public final class Redline {
    private final Renderer renderer;

    public Redline(Renderer renderer) {
        this.renderer = renderer;
    }

    /** What changed between two versions of one edition, merged, ready to be written. */
    public final class Edition {
        private final Document merged;
        private final String language;
        private final String olderDate;
        private final String author;

        private Edition(Document merged, String language, String olderDate, String author) {
            this.merged = merged;
            this.language = language;
            this.olderDate = olderDate;
            this.author = author;
        }

        /** The number of items added, changed and deleted, by section. */
        public Map<String, int[]> counts() {
            Map<String, int[]> counts = new java.util.LinkedHashMap<>();
            ChangeSummary.count(merged).forEach((section, count) ->
                    counts.put(section, new int[] {count.added(), count.changed(), count.deleted()}));
            return counts;
        }

        /** The redline as a DOCX (tracked changes) or a PDF (marked changes under a summary). */
        public byte[] as(Format format) {
            Document document = (Document) merged.cloneNode(true);
            // the stylesheet keeps a strip beside a redline's text for its change bars
            XhtmlRedline.body(document).setAttribute("class", "redline");
            if (format == Format.DOCX) {
                meta(document, "revision-author", author);
            } else {
                ChangeSummary.insert(document, ChangeSummary.count(document), renderer.messages(), language, olderDate);
            }
            return renderer.write(document, format);
        }
    }

    /**
     * The redline of {@code older} to {@code newer} in {@code language}, its changes dated the
     * newer version's date and made by {@code author}.
     */
    public Edition edition(Briefing older, Briefing newer, String language, Paper paper, String author) {
        Document before = renderer.xhtml(older, language, paper);
        Document after = renderer.xhtml(newer, language, paper);
        String datetime = newer.date() + "T00:00:00Z";
        return new Edition(XhtmlRedline.merge(before, after, datetime), language, displayedDate(before, older),
                author);
    }

    /** The date as the older edition prints it (its {@code data-field="date"}), else ISO. */
    private static String displayedDate(Document edition, Briefing briefing) {
        NodeList spans = edition.getElementsByTagNameNS("*", "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if (span.getAttribute("data-field").equals("date")) {
                return span.getTextContent().strip();
            }
        }
        return briefing.date().toString();
    }

    private static void meta(Document document, String name, String content) {
        Element head = (Element) document.getElementsByTagNameNS("*", "head").item(0);
        Element meta = document.createElementNS(head.getNamespaceURI(), "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", content);
        head.appendChild(meta);
    }
}
