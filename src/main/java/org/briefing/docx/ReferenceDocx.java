package org.briefing.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.briefing.files.Printable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A house-style document given with {@code --reference-docx}, read once: its style definitions
 * (with document defaults and latent styles), the look of its List Bullet and List Number
 * numbering, and its page size and margins (with header and footer distances). Its text is
 * ignored. Only the parts needed are read ({@link HousePackage}), within limits on their size and
 * on how many styles and list definitions they hold, and every look-up is made once through a
 * map, so reading takes time in proportion to the file. The parts are kept as copies and handed
 * out as fresh copies; thread-safe.
 */
final class ReferenceDocx {
    /** Word's own documents define a few hundred styles, latent ones included. */
    static final int MAX_STYLES = 4_000;
    static final int MAX_LIST_DEFINITIONS = 2_000;

    private final String sha256;
    private final CTStyles styles;
    private final CTAbstractNum bulletLook;
    private final CTAbstractNum numberLook;
    private final CTPageSz pageSize;
    private final CTPageMar pageMargins;

    private ReferenceDocx(String sha256, CTStyles styles, CTNumbering numbering, CTSectPr section) {
        this.sha256 = sha256;
        this.styles = styles;
        Map<String, CTStyle> byName = stylesByName(styles);
        Looks looks = new Looks(numbering);
        this.bulletLook = looks.of(byName.get(WordStyle.LIST_BULLET.wordName().toLowerCase(Locale.ROOT)));
        this.numberLook = looks.of(byName.get(WordStyle.LIST_NUMBER.wordName().toLowerCase(Locale.ROOT)));
        this.pageSize = section != null && section.isSetPgSz() ? (CTPageSz) section.getPgSz().copy() : null;
        this.pageMargins = section != null && section.isSetPgMar() ? (CTPageMar) section.getPgMar().copy() : null;
    }

    /** Reads {@code file}, or fails with one line saying why it cannot serve as a house style. */
    static ReferenceDocx read(Path file) {
        String problem = Printable.name(file) + ": not a usable reference DOCX: ";
        try {
            HousePackage house = HousePackage.read(file);
            CTStyles styles = house.styles() == null ? null
                    : HousePackage.parse(house.styles(), "styles", StylesDocument.Factory::parse).getStyles();
            CTNumbering numbering = house.numbering() == null ? null : HousePackage.parse(house.numbering(),
                    "numbering", NumberingDocument.Factory::parse).getNumbering();
            CTBody body = HousePackage.parse(house.document(), "main document", DocumentDocument.Factory::parse)
                    .getDocument().getBody();
            if (styles != null && styles.sizeOfStyleArray() > MAX_STYLES) {
                throw new HousePackage.Refused("it defines " + styles.sizeOfStyleArray() + " styles, more than the "
                        + MAX_STYLES + " a house style could need");
            }
            if (numbering != null && numbering.sizeOfAbstractNumArray() + numbering.sizeOfNumArray()
                    > MAX_LIST_DEFINITIONS) {
                throw new HousePackage.Refused("it defines more than " + MAX_LIST_DEFINITIONS + " lists");
            }
            return new ReferenceDocx(house.sha256(), styles, numbering, body == null ? null : body.getSectPr());
        } catch (HousePackage.Refused e) {
            throw new DocxException(problem + e.getMessage());
        } catch (IOException e) {
            throw new DocxException(Printable.name(file) + ": reference DOCX cannot be read: "
                    + Printable.text(String.valueOf(e.getMessage())), e);
        }
    }

    /** The SHA-256 of the file as read. */
    String sha256() {
        return sha256;
    }

    /** A copy of the style definitions, or null when the document has none. */
    CTStyles styles() {
        return styles == null ? null : (CTStyles) styles.copy();
    }

    /** The numbering definition the house List Bullet or List Number style uses, or null. */
    CTAbstractNum listLook(boolean ordered) {
        CTAbstractNum look = ordered ? numberLook : bulletLook;
        return look == null ? null : (CTAbstractNum) look.copy();
    }

    /** Page size and margins into {@code section}, where the house document has them. */
    void applyPage(CTSectPr section) {
        if (pageSize != null) {
            section.setPgSz((CTPageSz) pageSize.copy());
        }
        if (pageMargins != null) {
            section.setPgMar((CTPageMar) pageMargins.copy());
        }
    }

    /** Styles by lower-case name, the first of each name; from one pass over the array. */
    static Map<String, CTStyle> stylesByName(CTStyles styles) {
        Map<String, CTStyle> byName = new HashMap<>();
        if (styles != null) {
            for (CTStyle style : styles.getStyleArray()) {
                if (style.getName() != null) {
                    byName.putIfAbsent(style.getName().getVal().toLowerCase(Locale.ROOT), style);
                }
            }
        }
        return byName;
    }

    /** The numbering definitions by id, for a style's list look. */
    private static final class Looks {
        private final Map<BigInteger, BigInteger> abstractIdByNumId = new HashMap<>();
        private final Map<BigInteger, CTAbstractNum> abstractById = new HashMap<>();

        Looks(CTNumbering numbering) {
            if (numbering == null) {
                return;
            }
            for (CTNum num : numbering.getNumArray()) {
                if (num.getAbstractNumId() != null) {
                    abstractIdByNumId.putIfAbsent(num.getNumId(), num.getAbstractNumId().getVal());
                }
            }
            for (CTAbstractNum look : numbering.getAbstractNumArray()) {
                abstractById.putIfAbsent(look.getAbstractNumId(), look);
            }
        }

        /** A copy of the look {@code style} numbers its paragraphs with, or null. */
        CTAbstractNum of(CTStyle style) {
            if (style == null || !style.isSetPPr() || !style.getPPr().isSetNumPr()
                    || !style.getPPr().getNumPr().isSetNumId()) {
                return null;
            }
            BigInteger abstractId = abstractIdByNumId.get(style.getPPr().getNumPr().getNumId().getVal());
            CTAbstractNum look = abstractId == null ? null : abstractById.get(abstractId);
            return look == null ? null : (CTAbstractNum) look.copy();
        }
    }
}
