package org.briefing.render;

import java.util.function.Function;
import org.w3c.dom.Document;

/**
 * One edition (a briefing in one language, on one paper size) as the XHTML the template made,
 * ready to be written in any format: the template runs once however many formats are wanted.
 * Writers copy what they change, so one edition serves them all; use it from one thread. It
 * holds its share of the {@link MemoryBudget} until closed: close it when its documents are written.
 */
public final class Edition implements AutoCloseable {
    private final String language;
    private final Document xhtml;
    private final Function<Format, Function<Document, byte[]>> writers;
    private final MemoryBudget.Reservation memory;

    Edition(String language, Document xhtml, Function<Format, Function<Document, byte[]>> writers,
            MemoryBudget.Reservation memory) {
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
        return writers.apply(format).apply(xhtml);
    }

    /** Gives its memory back to the budget. */
    @Override
    public void close() {
        memory.close();
    }
}
