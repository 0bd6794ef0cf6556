package org.briefing.docx;

import java.util.List;

/**
 * One edition as the DOCX writer sees it: properties, page, language, what goes into the header
 * and footer, and the body.
 *
 * @param language the BCP 47 tag of {@code <html lang>}
 */
public record BriefingDocument(
        DocumentInfo info,
        PageSetup page,
        String language,
        Furniture furniture,
        List<Block> body,
        List<Footnote> footnotes) {

    public BriefingDocument {
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
    }

    /**
     * A note the body cites by its number: a Word footnote, its paragraphs with their field marks.
     *
     * @param note the model's id of the note
     */
    public record Footnote(int number, String note, List<List<Inline>> paragraphs) {
        public Footnote {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * The running content of the pages (each empty when the template has none): the banners at
     * the top and bottom of every page, the running header's left and right parts (every page but
     * the first), and the "page X of Y" line.
     */
    public record Furniture(List<Inline> bannerTop, List<Inline> bannerBottom, List<Inline> runningLeft,
                            List<Inline> runningRight, List<Inline> pageFooter) {
        public Furniture {
            bannerTop = List.copyOf(bannerTop);
            bannerBottom = List.copyOf(bannerBottom);
            runningLeft = List.copyOf(runningLeft);
            runningRight = List.copyOf(runningRight);
            pageFooter = List.copyOf(pageFooter);
        }

        /** Whether pages after the first have a running header of their own. */
        boolean hasRunningHeader() {
            return !runningLeft.isEmpty() || !runningRight.isEmpty();
        }
    }

    /**
     * The document properties from {@code head}, and what the PDF's layout decided; any may be null.
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
     * @param pages   how many pages the PDF has ({@code meta[name=briefing-pages]}), 0 when unknown
     * @param spacing how much of the stylesheet's space between paragraphs the PDF kept: 1, or less
     *                where it tightened the spacing ({@code body.tight}) to spare a near-empty page
     */
    public record DocumentInfo(String title, String subject, String keywords, String author, String date,
                               String id, String country, String revisionAuthor, String languages, int pages,
                               double spacing) {
    }
}
