package org.briefing.docx;

import java.util.List;

/**
 * One edition as the DOCX writer sees it: properties, page, language, the running header and
 * footer content (empty when the template has none) and the body.
 *
 * @param language the BCP 47 tag of {@code <html lang>}
 */
public record BriefingDocument(
        DocumentInfo info,
        PageSetup page,
        String language,
        List<Inline> bannerTop,
        List<Inline> bannerBottom,
        List<Inline> pageFooter,
        List<Block> body) {

    public BriefingDocument {
        bannerTop = List.copyOf(bannerTop);
        bannerBottom = List.copyOf(bannerBottom);
        pageFooter = List.copyOf(pageFooter);
        body = List.copyOf(body);
    }

    /**
     * The document properties from {@code head}; any may be null.
     *
     * @param date    ISO date ({@code meta[name=date]}), used for the created and modified dates so
     *                that the same input gives the same bytes
     * @param id      the model's id ({@code meta[name=briefing-id]}), kept in the DOCX so that an
     *                edited copy can be imported into the model it came from
     * @param country the model's country code ({@code meta[name=briefing-country]})
     * @param revisionAuthor who made the tracked changes ({@code ins}, {@code del}) of a redline
     *                ({@code meta[name=revision-author]})
     * @param languages the two languages of a bilingual edition, space separated
     *                ({@code meta[name=briefing-languages]}), or null for an edition in one
     */
    public record DocumentInfo(String title, String subject, String keywords, String author, String date,
                               String id, String country, String revisionAuthor, String languages) {
    }
}
