package org.briefing.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An edition laid out on the PDF's pages: its PDF, written once from this layout, and the XHTML
 * as laid out, for the DOCX to break its pages alike. That XHTML is the edition's with what the
 * layout added: the table of contents of a long briefing (each entry's page in
 * {@code data-page}), {@code body.tight} where the spacing was tightened, {@code data-keep-to-end}
 * on the block from which the end of the text was kept together, and the page count in
 * {@code <meta name="briefing-pages">}. Close it when done; not thread-safe.
 */
public final class PdfLayout implements AutoCloseable {
    /** The head's {@code meta} that tells how many pages the PDF has. */
    public static final String PAGES = "briefing-pages";

    private final PdfWriter writer;
    private final Document document;
    private final PageLines lines;
    private final int layouts;
    /** Made when first asked for: a PDF alone needs no copy of the document. */
    private Document forOtherFormats;
    private PdfBoxRenderer renderer;

    PdfLayout(PdfWriter writer, PdfBoxRenderer renderer, Document document, PageLines lines, int layouts) {
        this.writer = writer;
        this.renderer = renderer;
        this.document = document;
        this.lines = lines;
        this.layouts = layouts;
    }

    /** How many pages the PDF has. */
    public int pages() {
        return lines.pageCount();
    }

    /** How many layouts it took to find the pages (each about a third of the PDF's time). */
    public int layouts() {
        return layouts;
    }

    /** The XHTML as laid out, with the page count and the pages of the table of contents' entries. */
    public Document xhtml() {
        if (forOtherFormats == null) {
            forOtherFormats = annotated(document, lines);
        }
        return forOtherFormats;
    }

    /** Whether the PDF can still be written from this layout (once). */
    public boolean canWritePdf() {
        return renderer != null;
    }

    /** The PDF; a layout writes it once. */
    public byte[] pdf() {
        if (renderer == null) {
            throw new IllegalStateException("the PDF of this layout was written already");
        }
        try {
            return writer.pdf(renderer, document);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }

    private static Document annotated(Document laidOut, PageLines lines) {
        Document copy = (Document) laidOut.cloneNode(true);
        NodeList entries = copy.getElementsByTagName("span");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (entry.hasAttribute(TableOfContents.TARGET)) {
                Element section = byId(laidOut, entry.getAttribute(TableOfContents.TARGET).substring(1));
                int page = section == null ? -1 : lines.pageOf(section);
                if (page >= 0) {
                    entry.setAttribute("data-page", String.valueOf(page + 1));
                }
            }
        }
        Element head = (Element) copy.getElementsByTagName("head").item(0);
        if (head != null) {
            Element meta = copy.createElementNS(copy.getDocumentElement().getNamespaceURI(), "meta");
            meta.setAttribute("name", PAGES);
            meta.setAttribute("content", String.valueOf(lines.pageCount()));
            head.appendChild(meta);
        }
        return copy;
    }

    /** The element with {@code id} (the XHTML declares no ID attributes, so the DOM cannot find it). */
    private static Element byId(Document document, String id) {
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }
}
