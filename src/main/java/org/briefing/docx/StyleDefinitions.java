package org.briefing.docx;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLatentStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLsdException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Our Word styles in a document's styles part: what each {@link WordStyle} is called and how it
 * relates to the others (its look is {@link StyleLooks}'s), added to a reference document's own
 * styles where that has none of the same name, with the edition's language as the document's.
 * All spacing lives in the styles (no empty paragraphs), and headings keep with the next paragraph.
 */
final class StyleDefinitions {
    private final String serif;
    private final String sans;

    /** @param serif body font, @param sans heading font: names of fonts installed with Office */
    StyleDefinitions(String serif, String sans) {
        this.serif = serif;
        this.sans = sans;
    }

    /** The looks of our styles on a page whose text is {@code textWidth} twips wide, spacing scaled. */
    StyleLooks looks(int textWidth, double spacing) {
        return new StyleLooks(serif, sans, textWidth, spacing);
    }

    /**
     * The style id of each of our styles in {@code styles}: the id of the style with the same name
     * and type where there is one (a reference document's), else ours; all ours when {@code styles}
     * is null.
     */
    StyleMap resolve(CTStyles styles) {
        Map<String, CTStyle> byName = styles == null ? Map.of() : byName(styles);
        Set<String> usedIds = new HashSet<>();
        byName.values().forEach(style -> usedIds.add(style.getStyleId()));
        Map<WordStyle, String> ids = new EnumMap<>(WordStyle.class);
        for (WordStyle style : WordStyle.values()) {
            CTStyle existing = byName.get(style.wordName().toLowerCase(Locale.ROOT));
            boolean same = existing != null && typeOf(style).equals(existing.getType() == null
                    ? STStyleType.PARAGRAPH : existing.getType());
            // a house document may use our id for a style of another name or type; ours must not clash
            ids.put(style, same ? existing.getStyleId()
                    : usedIds.contains(style.id()) ? style.id() + "Briefing" : style.id());
        }
        return new StyleMap(ids);
    }

    /**
     * Puts our styles into {@code styles}: every style of ours whose id {@code styles} lacks is
     * added (a reference document's styles are kept, but for their language), the default run
     * language becomes {@code wordLanguage}, and the latent style list agrees with what is defined.
     */
    void install(CTStyles styles, StyleMap ids, String wordLanguage, ListNumbering numbering, StyleLooks looks) {
        Set<String> existing = new HashSet<>();
        for (CTStyle style : styles.getStyleArray()) {
            existing.add(style.getStyleId());
            // the document's language is the edition's: a style naming another would override it
            if (style.isSetRPr()) {
                while (style.getRPr().sizeOfLangArray() > 0) {
                    style.getRPr().removeLang(0);
                }
            }
        }
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
        defaults(styles, wordLanguage, fresh, looks);
        for (WordStyle style : WordStyle.values()) {
            if (!existing.contains(ids.id(style))) {
                styles.addNewStyle().set(define(style, ids, numbering, looks));
                latent(styles, style);
            }
        }
    }

    private static STStyleType.Enum typeOf(WordStyle style) {
        return switch (style.type()) {
            case CHARACTER -> STStyleType.CHARACTER;
            case TABLE -> STStyleType.TABLE;
            case PARAGRAPH -> STStyleType.PARAGRAPH;
        };
    }

    /** Styles by lower-case name, from one pass over the styles (a list view would walk them for each). */
    private static Map<String, CTStyle> byName(CTStyles styles) {
        Map<String, CTStyle> found = new HashMap<>();
        for (CTStyle style : styles.getStyleArray()) {
            if (style.getName() != null) {
                found.put(style.getName().getVal().toLowerCase(Locale.ROOT), style);
            }
        }
        return found;
    }

    /** The document defaults: our fonts, size and line for a new document, the edition's language always. */
    private static void defaults(CTStyles styles, String wordLanguage, boolean fresh, StyleLooks looks) {
        CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        CTRPr run = defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()
                ? defaults.getRPrDefault().getRPr()
                : (defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault()).addNewRPr();
        if (fresh) {
            looks.defaults(run, (defaults.isSetPPrDefault() ? defaults.getPPrDefault()
                    : defaults.addNewPPrDefault()).addNewPPr());
        }
        while (run.sizeOfLangArray() > 0) {
            run.removeLang(0);
        }
        // Cyrillic and Latin text are both "ascii/hAnsi" text to Word: w:val is the language that
        // spell-checks it (the bundled fonts draw no East Asian or right-to-left scripts). Runs
        // name no language but where theirs is another (English labels standing in).
        run.addNewLang().setVal(wordLanguage);
    }

    private CTStyle define(WordStyle style, StyleMap ids, ListNumbering numbering, StyleLooks looks) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(typeOf(style));
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
        if (style == WordStyle.HYPERLINK || style == WordStyle.HEADER || style == WordStyle.FOOTER
                || style == WordStyle.RUNNING_HEADER || style == WordStyle.TOC_HEADING || style == WordStyle.TOC_1) {
            s.addNewUnhideWhenUsed();
        }
        if (style.quickFormat()) {
            s.addNewQFormat();
        }
        looks.define(style, s, numbering);
        return s;
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

}
