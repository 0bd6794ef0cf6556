package org.briefing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The PDF/A output intent: the colours of the document are sRGB. The profile is bundled (see
 * {@code sRGB.icc.LICENSE}) and embedded byte for byte. PDFBox's own way of adding an intent reads
 * the profile through the JDK's colour management and writes it out again, which makes the bytes
 * depend on the JDK and costs a cold run the loading of java.desktop's colour classes.
 */
final class OutputIntent {
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] PROFILE = bundledProfile();

    private OutputIntent() {
    }

    static void apply(PDDocument pdf) throws IOException {
        COSStream profile = pdf.getDocument().createCOSStream();
        try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(PROFILE);
        }
        profile.setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent outputIntent = new PDOutputIntent(intent);
        outputIntent.setInfo(SRGB);
        outputIntent.setOutputCondition(SRGB);
        outputIntent.setOutputConditionIdentifier(SRGB);
        outputIntent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(outputIntent);
    }

    /** The embedded profile, as it is in the jar. */
    static byte[] profile() {
        return PROFILE.clone();
    }

    private static byte[] bundledProfile() {
        try (InputStream in = OutputIntent.class.getResourceAsStream("sRGB.icc")) {
            if (in == null) {
                throw new IllegalStateException("sRGB.icc is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
