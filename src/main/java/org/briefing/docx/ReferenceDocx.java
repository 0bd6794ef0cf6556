package org.briefing.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.briefing.files.Printable;
import org.briefing.files.Sha256;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A house-style document given with {@code --reference-docx}, read once: its style definitions
 * (with document defaults and latent styles), the look of its List Bullet and List Number
 * numbering, and its page size and margins (with header and footer distances). Its text is
 * ignored. The parts are kept as copies and handed out as fresh copies; thread-safe.
 */
final class ReferenceDocx {
    /** A house style is a few hundred kilobytes; anything far larger is not one. */
    private static final long MAX_FILE_SIZE = 32L * 1024 * 1024;
    private static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** POI's default: an entry may not inflate to more than 100 times its compressed size. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI's zip-bomb guards are process-wide; these are the values for every document we open
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private final CTStyles styles;
    private final CTAbstractNum bulletLook;
    private final CTAbstractNum numberLook;
    private final CTPageSz pageSize;
    private final CTPageMar pageMargins;

    private final String sha256;

    private ReferenceDocx(XWPFDocument document, String sha256) {
        this.sha256 = sha256;
        this.styles = document.getStyles() == null ? null : styles(document);
        this.bulletLook = listLook(document, WordStyle.LIST_BULLET);
        this.numberLook = listLook(document, WordStyle.LIST_NUMBER);
        CTSectPr section = document.getDocument().getBody().getSectPr();
        this.pageSize = section != null && section.isSetPgSz() ? (CTPageSz) section.getPgSz().copy() : null;
        this.pageMargins = section != null && section.isSetPgMar() ? (CTPageMar) section.getPgMar().copy() : null;
    }

    /** Reads {@code file}, or fails with one line saying why it cannot serve as a house style. */
    static ReferenceDocx read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                throw new DocxException(Printable.name(file) + ": reference DOCX is larger than 32 MB; not a house-style document");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocxException(Printable.name(file) + ": reference DOCX cannot be read: " + e.getMessage(), e);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new ReferenceDocx(document, Sha256.of(bytes));
        } catch (IOException | RuntimeException e) {
            throw new DocxException(Printable.name(file) + ": not a usable reference DOCX: " + reason(e), e);
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

    private static CTStyles styles(XWPFDocument document) {
        try {
            return (CTStyles) document.getStyle().copy();
        } catch (IOException | org.apache.xmlbeans.XmlException e) {
            throw new DocxException("styles part cannot be read: " + e.getMessage(), e);
        }
    }

    private static CTAbstractNum listLook(XWPFDocument document, WordStyle listStyle) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null || document.getStyles() == null) {
            return null;
        }
        for (CTStyle style : styles(document).getStyleList()) {
            if (style.getName() != null && style.getName().getVal().toLowerCase(Locale.ROOT)
                    .equals(listStyle.wordName().toLowerCase(Locale.ROOT))
                    && style.isSetPPr() && style.getPPr().isSetNumPr() && style.getPPr().getNumPr().isSetNumId()) {
                XWPFNum num = numbering.getNum(style.getPPr().getNumPr().getNumId().getVal());
                if (num == null) {
                    return null;
                }
                BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
                var look = numbering.getAbstractNum(abstractId);
                return look == null ? null : (CTAbstractNum) look.getCTAbstractNum().copy();
            }
        }
        return null;
    }

    /** One line for the user: what is wrong with the file, without POI's class names. */
    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return "it expands far more than a document does when unzipped (zip-bomb protection)";
            }
            if (message.contains("max entry size") || message.contains("exceeds the maximum")) {
                return "a part of it is larger than " + MAX_ENTRY_SIZE / (1024 * 1024) + " MB when unzipped";
            }
            if (cause instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || cause instanceof java.util.zip.ZipException) {
                return "it is not a Word document (a DOCX is a zip package)";
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
