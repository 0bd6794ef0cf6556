package org.briefing.render;

import org.briefing.pdf.PdfLayout;
import org.w3c.dom.Document;

/**
 * One edition (a briefing in one language, on one paper size) as the XHTML the template made,
 * ready to be written in any format: the template runs once however many formats are wanted, and
 * the PDF's layout once for the PDF and the DOCX, which breaks its pages where the PDF does.
 * Writers copy what they change, so one edition serves them all; use it from one thread. It
 * holds its share of the {@link MemoryBudget} until closed: close it when its documents are written.
 */
public final class Edition implements AutoCloseable {
    private final String language;
    private final Document xhtml;
    private final Writers writers;
    private final MemoryBudget.Reservation memory;
    private PdfLayout layout;

    /** @param memory the edition's share of the budget, or null for a document that holds none */
    Edition(String language, Document xhtml, Writers writers, MemoryBudget.Reservation memory) {
        this.language = language;
        this.xhtml = xhtml;
        this.writers = writers;
        this.memory = memory;
    }

    public String language() {
        return language;
    }

    /** The edition as a {@code format} document. */
    public byte[] as(Format format) {
        return switch (format) {
            case HTML -> writers.html(xhtml);
            case DOCX -> writers.docx(layout().xhtml());
            case PDF -> {
                if (!layout().canWritePdf()) {
                    layout = writers.layout(xhtml); // a second PDF of the edition
                }
                yield layout.pdf();
            }
        };
    }

    private PdfLayout layout() {
        if (layout == null) {
            layout = writers.layout(xhtml);
        }
        return layout;
    }

    /** Gives its memory back to the budget. */
    @Override
    public void close() {
        if (layout != null) {
            layout.close();
        }
        if (memory != null) {
            memory.close();
        }
    }

    /** What writes an edition's documents. */
    interface Writers {
        PdfLayout layout(Document xhtml);

        /** The DOCX of an XHTML as the PDF's layout left it. */
        byte[] docx(Document laidOut);

        byte[] html(Document xhtml);
    }
}
