package org.briefing.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Completes the document information openhtmltopdf fills from the XHTML head (title, subject,
 * keywords, author, producer): the tool as creator and the document's own date instead of the
 * clock, and no author where the briefing names no issuer. Then states the same in XMP, with the language, replacing openhtmltopdf's packet: PDF/A
 * requires the two to agree.
 */
final class DocumentMetadata {
    private DocumentMetadata() {
    }

    static void apply(PDDocument pdf, Calendar date, String language, String tool) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setCreator(tool);
        if (info.getAuthor() != null && info.getAuthor().isBlank()) {
            info.setAuthor(null); // no issuer: no author, rather than an empty one
        }
        String xmp = XmpPacket.of(new XmpPacket.Properties(info.getTitle(), info.getSubject(), info.getAuthor(),
                info.getKeywords(), language, info.getProducer(), tool, date));
        PDMetadata stream = new PDMetadata(pdf);
        stream.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(stream);
    }
}
