package org.briefing.docx;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLatentStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLsdException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * What each {@link WordStyle} looks like, after the print stylesheet {@code briefing.css}: a serif
 * body and sans headings in fonts staff machines have, the same sizes, colours and spacing. All
 * spacing lives in the styles (no empty paragraphs), and headings keep with the next paragraph.
 * Also installs the styles into a document's styles part, keeping a reference document's own.
 */
final class StyleDefinitions {
    private static final String NAVY = "1F3864";
    private static final String GREY = "333333";

    private final String serif;
    private final String sans;

    /** @param serif body font, @param sans heading font: names of fonts installed with Office */
    StyleDefinitions(String serif, String sans) {
        this.serif = serif;
        this.sans = sans;
    }

    /**
     * The style id of each of our styles in {@code styles}: the id of the style with the same name
     * where there is one (a reference document's), else ours; all ours when {@code styles} is null.
     */
    StyleMap resolve(CTStyles styles) {
        Map<String, String> idsByName = styles == null ? Map.of() : idsByName(styles);
        Set<String> usedIds = new HashSet<>(idsByName.values());
        Map<WordStyle, String> ids = new EnumMap<>(WordStyle.class);
        for (WordStyle style : WordStyle.values()) {
            String existing = idsByName.get(style.wordName().toLowerCase(Locale.ROOT));
            // a house document may use our id for a style of another name; ours must not clash
            ids.put(style, existing != null ? existing
                    : usedIds.contains(style.id()) ? style.id() + "Briefing" : style.id());
        }
        return new StyleMap(ids);
    }

    /**
     * Puts our styles into {@code styles}: every style whose name {@code styles} lacks is added
     * (a reference document's styles are kept as they are), the default run language becomes
     * {@code wordLanguage}, and the latent style list agrees with what is defined.
     */
    void install(CTStyles styles, StyleMap ids, String wordLanguage, ListNumbering numbering) {
        Map<String, String> existing = idsByName(styles);
        boolean fresh = existing.isEmpty();
        if (fresh) {
            // every style Word does not find here is visible and unlocked by default
            CTLatentStyles latent = styles.addNewLatentStyles();
            latent.setDefLockedState(false);
            latent.setDefUIPriority(BigInteger.valueOf(99));
            latent.setDefSemiHidden(false);
            latent.setDefUnhideWhenUsed(false);
            latent.setDefQFormat(false);
        }
        defaults(styles, wordLanguage, fresh);
        for (WordStyle style : WordStyle.values()) {
            if (!existing.containsKey(style.wordName().toLowerCase(Locale.ROOT))) {
                styles.addNewStyle().set(define(style, ids, numbering));
                latent(styles, style);
            }
        }
    }

    /** Style ids by lower-case name, from one pass over the styles (a list view would walk them for each). */
    private static Map<String, String> idsByName(CTStyles styles) {
        Map<String, String> ids = new HashMap<>();
        for (CTStyle style : styles.getStyleArray()) {
            if (style.getName() != null) {
                ids.put(style.getName().getVal().toLowerCase(Locale.ROOT), style.getStyleId());
            }
        }
        return ids;
    }

    /** The document defaults: our fonts for a new document, the edition's language always. */
    private void defaults(CTStyles styles, String wordLanguage, boolean fresh) {
        CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        CTRPr run = defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()
                ? defaults.getRPrDefault().getRPr()
                : (defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault()).addNewRPr();
        if (fresh) {
            fonts(run, serif);
            size(run, 21);
            CTPPrGeneral paragraph = (defaults.isSetPPrDefault() ? defaults.getPPrDefault()
                    : defaults.addNewPPrDefault()).addNewPPr();
            spacing(paragraph, 0, 0, 340);
        }
        while (run.sizeOfLangArray() > 0) {
            run.removeLang(0);
        }
        // Cyrillic and Latin text are both "ascii/hAnsi" text to Word: w:val is the language that
        // spell-checks it (the bundled fonts draw no East Asian or right-to-left scripts)
        run.addNewLang().setVal(wordLanguage);
    }

    private CTStyle define(WordStyle style, StyleMap ids, ListNumbering numbering) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(style.isCharacterStyle() ? STStyleType.CHARACTER
                : style.isTableStyle() ? STStyleType.TABLE : STStyleType.PARAGRAPH);
        s.setStyleId(ids.id(style));
        s.addNewName().setVal(style.wordName());
        if (style == WordStyle.NORMAL) {
            s.setDefault(true);
        }
        if (style.basedOn() != null) {
            s.addNewBasedOn().setVal(ids.id(style.basedOn()));
        }
        if (style.next() != null) {
            s.addNewNext().setVal(ids.id(style.next()));
        }
        s.addNewUiPriority().setVal(BigInteger.valueOf(style.uiPriority()));
        if (style == WordStyle.HYPERLINK || style == WordStyle.HEADER || style == WordStyle.FOOTER) {
            s.addNewUnhideWhenUsed();
        }
        if (style.quickFormat()) {
            s.addNewQFormat();
        }
        if (style.isTableStyle()) {
            table(s);
            return s;
        }
        CTRPr r = s.addNewRPr();
        if (style.isCharacterStyle()) {
            color(r, "1F4E99");
            r.addNewU().setVal(STUnderline.SINGLE);
            return s;
        }
        CTPPrGeneral p = s.addNewPPr();
        switch (style) {
            case NORMAL, HEADER -> {
            }
            case BODY_TEXT -> spacing(p, 0, 120, -1);
            case LEAD -> {
                spacing(p, 0, 160, 336);
                size(r, 23);
            }
            case TITLE -> {
                sans(r, 38, true, "10203F");
                spacing(p, 0, 200, 288);
                p.addNewKeepNext();
            }
            case SUBTITLE -> {
                sans(r, 24, false, NAVY);
                spacing(p, 0, 60, -1);
                p.addNewKeepNext();
            }
            case BRIEFING_META -> {
                sans(r, 18, false, GREY);
                spacing(p, 0, 40, -1);
            }
            case HEADING_1 -> {
                heading(p, 0, 320, 120);
                sans(r, 26, true, NAVY);
                CTBorder rule = p.addNewPBdr().addNewBottom();
                rule.setVal(STBorder.SINGLE);
                rule.setSz(BigInteger.valueOf(4));
                rule.setSpace(BigInteger.valueOf(2));
                rule.setColor("9AA8C4");
            }
            case HEADING_2 -> {
                heading(p, 1, 240, 80);
                sans(r, 22, true, NAVY);
            }
            case LIST_BULLET, LIST_NUMBER -> {
                boolean ordered = style == WordStyle.LIST_NUMBER;
                var numPr = p.addNewNumPr();
                numPr.addNewNumId().setVal(BigInteger.valueOf(numbering.styleNumId(ordered)));
                spacing(p, 0, 80, -1);
            }
            case LIST_CONTINUE -> {
                p.addNewInd().setLeft(BigInteger.valueOf(ListNumbering.INDENT));
                spacing(p, 0, 80, -1);
            }
            case QUOTE -> {
                // keeps the quotation with its attribution, as page-break-inside: avoid does in the PDF
                p.addNewKeepNext();
                p.addNewKeepLines();
                p.addNewInd().setLeft(BigInteger.valueOf(280));
                CTBorder bar = p.addNewPBdr().addNewLeft();
                bar.setVal(STBorder.SINGLE);
                bar.setSz(BigInteger.valueOf(20));
                bar.setSpace(BigInteger.valueOf(8));
                bar.setColor(NAVY);
                spacing(p, 0, 100, -1);
                r.addNewI();
            }
            case QUOTE_ATTRIBUTION -> {
                p.addNewInd().setLeft(BigInteger.valueOf(280));
                spacing(p, 80, 200, -1);
                sans(r, 18, false, GREY);
            }
            case FOOTER -> {
                p.addNewJc().setVal(STJc.RIGHT);
                sans(r, 17, false, "444444");
            }
            case CLASSIFICATION -> {
                p.addNewJc().setVal(STJc.CENTER);
                spacing(p, 0, 60, -1);
                sans(r, 18, true, "000000");
            }
            case TABLE_TEXT -> spacing(p, 0, 40, -1);
            case TABLE_HEADING -> {
                spacing(p, 0, 40, -1);
                sans(r, 18, true, NAVY);
            }
            case CAPTION -> {
                p.addNewKeepNext();
                spacing(p, 120, 60, -1);
                sans(r, 18, true, GREY);
            }
            case FIGURE -> {
                // a picture stays with its caption under it
                p.addNewKeepNext();
                spacing(p, 160, 0, -1);
            }
            default -> throw new IllegalStateException("no look for " + style);
        }
        return s;
    }

    /**
     * The table style: a rule above and below the table and between rows, none between columns,
     * and room inside each cell, as the stylesheet draws tables.
     */
    private static void table(CTStyle s) {
        var properties = s.addNewTblPr();
        var borders = properties.addNewTblBorders();
        rule(borders.addNewTop(), 8, NAVY);
        rule(borders.addNewBottom(), 8, NAVY);
        rule(borders.addNewInsideH(), 4, "C9D1E3");
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

    private static void rule(CTBorder border, int eighthsOfAPoint, String colour) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfAPoint));
        border.setSpace(BigInteger.ZERO);
        border.setColor(colour);
    }

    /** Makes the latent style list agree with a style we define: visible, same priority. */
    private static void latent(CTStyles styles, WordStyle style) {
        if (!styles.isSetLatentStyles()) {
            return;
        }
        CTLatentStyles latent = styles.getLatentStyles();
        CTLsdException[] exceptions = latent.getLsdExceptionArray(); // one pass, not a walk per index
        for (int i = exceptions.length - 1; i >= 0; i--) {
            if (style.wordName().equalsIgnoreCase(exceptions[i].getName())) {
                latent.removeLsdException(i);
            }
        }
        CTLsdException exception = latent.addNewLsdException();
        exception.setName(style.wordName());
        exception.setUiPriority(BigInteger.valueOf(style.uiPriority()));
        exception.setSemiHidden(false);
        exception.setUnhideWhenUsed(false);
        exception.setQFormat(style.quickFormat());
    }

    private static void heading(CTPPrGeneral p, int outlineLevel, int before, int after) {
        p.addNewKeepNext();
        p.addNewKeepLines();
        spacing(p, before, after, -1);
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }

    /** Sans run properties, added in the order of the schema's sequence (POI's beans do not sort them). */
    private void sans(CTRPr r, int halfPoints, boolean bold, String colour) {
        fonts(r, sans);
        if (bold) {
            r.addNewB();
            r.addNewBCs();
        }
        color(r, colour);
        size(r, halfPoints);
    }

    private static void fonts(CTRPr r, String family) {
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
    }

    private static void size(CTRPr r, int halfPoints) {
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void color(CTRPr r, String hex) {
        r.addNewColor().setVal(hex);
    }

    /** Spacing in twips; {@code line} in 240ths of a line, or -1 to inherit it. */
    private static void spacing(CTPPrGeneral p, int before, int after, int line) {
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (line > 0) {
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
    }
}
