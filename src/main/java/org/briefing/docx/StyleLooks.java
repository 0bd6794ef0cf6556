package org.briefing.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * What each {@link WordStyle} looks like: the print stylesheet {@code briefing.css} in Word's
 * terms, size for size and space for space, so that Word and LibreOffice break lines and pages
 * where the PDF does. Three rules make that hold:
 * <ul>
 * <li>Line pitch is "at least" the stylesheet's line height (size times line-height), not Word's
 * "auto", which multiplies the font's own line height (15% more for Times New Roman).</li>
 * <li>Spaces above and below paragraphs are the stylesheet's margins. Where two meet, Word (since
 * Word 2000, ISO 29500 17.3.1.33) and LibreOffice keep the larger, as CSS margins collapse. That
 * needs a settings part: without one LibreOffice adds them, as Word 97 did.</li>
 * <li>Lines a paragraph must not leave alone (two, as {@code orphans} and {@code widows}) are
 * Word's widow control.</li>
 * </ul>
 * Spacing can be scaled for an edition whose PDF tightened it to spare a near-empty page.
 */
final class StyleLooks {
    /** The stylesheet's sizes, in points, and line heights, as multiples of the size. */
    static final double BODY_SIZE = 11.5;
    static final double BODY_LINE = 1.35;
    private static final String NAVY = "1F3864";
    private static final String GREY = "333333";
    private static final String SOFT_GREY = "444444";

    /** The space under a table (its margin-bottom), in points: Word has none of its own. */
    static final double TABLE_SPACE_BELOW = 10;

    private final String serif;
    private final String sans;
    private final int textWidth;
    private final double spacing;

    /**
     * @param textWidth the width between the margins, in twips: where right-aligned tabs go
     * @param spacing   how much of the stylesheet's space between paragraphs to keep (1: all)
     */
    StyleLooks(String serif, String sans, int textWidth, double spacing) {
        this.serif = serif;
        this.sans = sans;
        this.textWidth = textWidth;
        this.spacing = spacing;
    }

    /** The document defaults: body font, size and line, widow control. */
    void defaults(CTRPr run, CTPPrGeneral paragraph) {
        fonts(run, serif);
        size(run, BODY_SIZE);
        paragraph.addNewWidowControl();
        spacing(paragraph, 0, 0, BODY_SIZE * BODY_LINE);
    }

    /** The space above paragraphs of {@code style} (the stylesheet's margin-top), in points. */
    static double spaceAbove(WordStyle style) {
        return switch (style) {
            case HEADING_1 -> 12;
            case HEADING_2, FIGURE -> 8;
            case CAPTION -> 6;
            default -> 0;
        };
    }

    /** Fills in the look of {@code style} in {@code s}, a style with its name and links set. */
    void define(WordStyle style, CTStyle s, ListNumbering numbering) {
        switch (style.type()) {
            case TABLE -> table(s);
            case CHARACTER -> character(style, s.addNewRPr());
            case PARAGRAPH -> paragraph(style, s.addNewPPr(), s.addNewRPr(), numbering);
            default -> throw new IllegalStateException("no look for " + style);
        }
    }

    private void character(WordStyle style, CTRPr r) {
        switch (style) {
            case HYPERLINK -> {
                color(r, "1F4E99");
                r.addNewU().setVal(STUnderline.SINGLE);
            }
            case STRONG -> bold(r);
            case EMPHASIS -> {
                r.addNewI();
                r.addNewICs();
            }
            case META_LABEL -> {
                bold(r);
                color(r, NAVY);
            }
            case LINK_URL -> sans(r, 9, false, SOFT_GREY);
            case CLASSIFICATION -> sans(r, 9, true, "000000");
            case FOOTNOTE_REFERENCE -> r.addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
            default -> throw new IllegalStateException("no look for " + style);
        }
    }

    private void paragraph(WordStyle style, CTPPrGeneral p, CTRPr r, ListNumbering numbering) {
        switch (style) {
            case NORMAL -> {
            }
            case BODY_TEXT -> spacing(p, 0, 6, 0);
            case LEAD -> {
                spacing(p, 0, 9, 13 * BODY_LINE);
                size(r, 13);
            }
            case TITLE -> {
                p.addNewKeepNext();
                spacing(p, 0, 10, 20 * 1.2);
                sans(r, 20, true, "10203F");
            }
            case KICKER -> {
                p.addNewKeepNext();
                spacing(p, 0, 2, 9 * BODY_LINE);
                sans(r, 9, true, NAVY);
            }
            case SUBTITLE -> {
                p.addNewKeepNext();
                spacing(p, 0, 6, 12 * 1.3);
                sans(r, 12, false, NAVY);
            }
            case BRIEFING_META -> meta(p, r);
            case HEADING_1, TOC_HEADING -> {
                p.addNewKeepNext();
                p.addNewKeepLines();
                rule(p.addNewPBdr().addNewBottom(), 4, 2, "9AA8C4");
                spacing(p, spaceAbove(style), 6, 14 * 1.25);
                // the contents' title is body text to Word, so that it is not listed in itself
                p.addNewOutlineLvl().setVal(BigInteger.valueOf(style == WordStyle.HEADING_1 ? 0 : 9));
                sans(r, 14, true, NAVY);
            }
            case HEADING_2 -> {
                p.addNewKeepNext();
                p.addNewKeepLines();
                spacing(p, spaceAbove(style), 4, 12 * 1.3);
                p.addNewOutlineLvl().setVal(BigInteger.ONE);
                sans(r, 12, true, NAVY);
            }
            case LIST_BULLET, LIST_NUMBER -> {
                var numPr = p.addNewNumPr();
                numPr.addNewNumId().setVal(BigInteger.valueOf(numbering.styleNumId(style == WordStyle.LIST_NUMBER)));
                spacing(p, 0, 4, 0);
            }
            case LIST_CONTINUE -> {
                spacing(p, 0, 4, 0);
                p.addNewInd().setLeft(BigInteger.valueOf(ListNumbering.INDENT));
            }
            case QUOTE -> {
                // keeps the quotation with its attribution, as page-break-inside: avoid does in the PDF
                p.addNewKeepNext();
                quoteBar(p);
                spacing(p, 0, 5, 0);
                r.addNewI();
                r.addNewICs();
            }
            case QUOTE_ATTRIBUTION -> {
                // the same bar as the quotation's: Word and LibreOffice draw one bar down both; not
                // kept with what follows, which the PDF may put on the next page
                quoteBar(p);
                spacing(p, 0, 10, 9 * BODY_LINE);
                sans(r, 9, false, GREY);
            }
            case HEADER, FOOTER -> {
                tabs(p, false);
                spacing(p, 0, 0, 9 * BODY_LINE); // the banner's line
                sans(r, 8.5, false, SOFT_GREY);
            }
            case RUNNING_HEADER -> {
                // the title, and the date at a right tab: no centre tab, which a title shorter than
                // half the line would send the date to; not based on the header style, whose tabs
                // a reference document may place elsewhere
                var right = p.addNewTabs().addNewTab();
                right.setVal(STTabJc.RIGHT);
                right.setPos(BigInteger.valueOf(textWidth));
                spacing(p, 0, 0, 8.5 * 1.3);
                sans(r, 8.5, false, SOFT_GREY);
            }
            case TOC_1 -> {
                // the contents' space below them; none between their lines
                tabs(p, true);
                spacing(p, 0, 14, 0);
                p.addNewContextualSpacing();
            }
            case TABLE_TEXT -> spacing(p, 0, 2, 0);
            case TABLE_HEADING -> {
                spacing(p, 0, 2, 0);
                sans(r, 9, true, NAVY);
            }
            case CAPTION -> {
                p.addNewKeepNext();
                spacing(p, spaceAbove(style), 3, 9 * BODY_LINE);
                sans(r, 9, true, SOFT_GREY);
            }
            case FIGURE -> {
                // a picture stays with its caption under it (figure.picture)
                p.addNewKeepNext();
                spacing(p, spaceAbove(style), 0, 0);
            }
            case FOOTNOTE_TEXT -> {
                // the notes' size in the PDF (ol.notes), no space between a note's lines
                spacing(p, 0, 2, 9.5 * 1.35);
                size(r, 9.5);
            }
            case FIGURE_CAPTION -> {
                // figcaption: its padding above, the figure's margin below; not bold, unlike a table's
                spacing(p, 3, 10, 9 * BODY_LINE);
                sans(r, 9, false, SOFT_GREY);
            }
            default -> throw new IllegalStateException("no look for " + style);
        }
    }

    /**
     * The title block's date and source lines, with the rule under the block: paragraphs with the
     * same border are one group in Word, which draws it under the last; no space between them
     * (contextual spacing), the block's space below the last.
     */
    private void meta(CTPPrGeneral p, CTRPr r) {
        rule(p.addNewPBdr().addNewBottom(), 12, 6, NAVY);
        spacing(p, 0, 14, 9 * 1.4);
        p.addNewContextualSpacing();
        sans(r, 9, false, GREY);
    }

    private static void quoteBar(CTPPrGeneral p) {
        p.addNewKeepLines();
        CTBorder bar = p.addNewPBdr().addNewLeft();
        bar.setVal(STBorder.SINGLE);
        bar.setSz(BigInteger.valueOf(20));
        bar.setSpace(BigInteger.valueOf(10));
        bar.setColor(NAVY);
        p.addNewInd().setLeft(BigInteger.valueOf(260));
    }

    /** A centre and a right tab stop (a dotted leader to the right one for a table of contents). */
    private void tabs(CTPPrGeneral p, boolean tableOfContents) {
        CTTabs tabs = p.addNewTabs();
        if (!tableOfContents) {
            var centre = tabs.addNewTab();
            centre.setVal(STTabJc.CENTER);
            centre.setPos(BigInteger.valueOf(textWidth / 2));
        }
        var right = tabs.addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(textWidth));
        if (tableOfContents) {
            right.setLeader(STTabTlc.DOT);
        }
    }

    /**
     * The table style: a rule above and below the table and between rows, none between columns,
     * and room inside each cell, as the stylesheet draws tables.
     */
    private static void table(CTStyle s) {
        var properties = s.addNewTblPr();
        var borders = properties.addNewTblBorders();
        rule(borders.addNewTop(), 8, 0, NAVY);
        rule(borders.addNewBottom(), 8, 0, NAVY);
        rule(borders.addNewInsideH(), 4, 0, "C9D1E3");
        var margins = properties.addNewTblCellMar();
        width(margins.addNewTop(), 40);
        width(margins.addNewLeft(), 100);
        width(margins.addNewBottom(), 40);
        width(margins.addNewRight(), 100);
    }

    private static void width(CTTblWidth width, int twips) {
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }

    /** A single rule of {@code eighthsOfAPoint}, {@code space} points from the text. */
    private static void rule(CTBorder border, int eighthsOfAPoint, int space, String colour) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfAPoint));
        border.setSpace(BigInteger.valueOf(space));
        border.setColor(colour);
    }

    /** Sans run properties, added in the order of the schema's sequence (POI's beans do not sort them). */
    private void sans(CTRPr r, double points, boolean bold, String colour) {
        fonts(r, sans);
        if (bold) {
            bold(r);
        }
        color(r, colour);
        size(r, points);
    }

    private static void bold(CTRPr r) {
        r.addNewB();
        r.addNewBCs();
    }

    private static void fonts(CTRPr r, String family) {
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
    }

    private static void size(CTRPr r, double points) {
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
        r.addNewSz().setVal(halfPoints);
        r.addNewSzCs().setVal(halfPoints);
    }

    private static void color(CTRPr r, String hex) {
        r.addNewColor().setVal(hex);
    }

    /**
     * Space before and after in points (scaled by the edition's spacing), and a line pitch of at
     * least {@code linePoints}, or 0 to inherit it.
     */
    private void spacing(CTPPrGeneral p, double before, double after, double linePoints) {
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(Math.round(before * this.spacing * 20)));
        spacing.setAfter(BigInteger.valueOf(Math.round(after * this.spacing * 20)));
        if (linePoints > 0) {
            spacing.setLine(BigInteger.valueOf(Math.round(linePoints * 20)));
            spacing.setLineRule(STLineSpacingRule.AT_LEAST);
        }
    }
}
