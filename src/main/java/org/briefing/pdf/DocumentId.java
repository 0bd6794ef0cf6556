package org.briefing.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The file identifier ({@code /ID} in the trailer) as a hash of the file's own bytes, instead of
 * PDFBox's hash of the clock: the same document gets the same identifier, a different one another.
 * Before saving, {@link #reserve} puts a placeholder of the final length; after saving,
 * {@link #stamp} replaces it with the MD5 of the file as saved with the placeholder (PDF 32000-1,
 * 14.4, suggests MD5), which leaves every byte offset as it was.
 */
final class DocumentId {
    private static final int LENGTH = 16;
    /** How PDFBox writes the placeholder: a hex string of zero bytes. */
    private static final byte[] PLACEHOLDER = ("<" + "00".repeat(LENGTH) + ">").getBytes(StandardCharsets.US_ASCII);

    private DocumentId() {
    }

    static void reserve(PDDocument pdf) {
        COSArray id = new COSArray();
        for (int i = 0; i < 2; i++) {
            COSString placeholder = new COSString(new byte[LENGTH]);
            placeholder.setForceHexForm(true);
            id.add(placeholder);
        }
        pdf.getDocument().setDocumentID(id);
    }

    /** {@code pdf} with the two placeholder identifiers (the last ones in the file) replaced by its hash. */
    static byte[] stamp(byte[] pdf) {
        int second = lastIndexOf(pdf, PLACEHOLDER, pdf.length);
        int first = second < 0 ? -1 : lastIndexOf(pdf, PLACEHOLDER, second);
        if (first < 0) {
            throw new IllegalStateException("the PDF has no placeholder document ID to replace");
        }
        byte[] hex = ("<" + HexFormat.of().withUpperCase().formatHex(md5(pdf)) + ">").getBytes(StandardCharsets.US_ASCII);
        byte[] stamped = pdf.clone();
        System.arraycopy(hex, 0, stamped, first, hex.length);
        System.arraycopy(hex, 0, stamped, second, hex.length);
        return stamped;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lastIndexOf(byte[] data, byte[] pattern, int before) {
        for (int i = before - pattern.length; i >= 0; i--) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
