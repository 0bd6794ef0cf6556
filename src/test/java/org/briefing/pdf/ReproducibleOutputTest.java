package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefing.pdf.PdfEditions.Edition;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;

/** The same model, templates, fonts and tool version give the same bytes. */
class ReproducibleOutputTest {

    @Test
    void renderingTwiceGivesIdenticalBytes() throws Exception {
        Edition edition = PdfEditions.testModel("long.yaml", "ky");
        // a second renderer: nothing cached from the first document may matter
        byte[] first = Renderer.bundled("test").render(edition.briefing(), "ky", Format.PDF, Paper.A4);
        Thread.sleep(1100); // PDF dates have one-second resolution: a clock would show
        byte[] second = Renderer.bundled("test").render(edition.briefing(), "ky", Format.PDF, Paper.A4);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theFileIdentifierFollowsTheContent() throws Exception {
        String ky = documentId(PdfEditions.testModel("long.yaml", "ky").pdf());
        String ru = documentId(PdfEditions.testModel("long.yaml", "ru").pdf());
        assertThat(ky).isNotEqualTo(ru).isNotEqualTo("00".repeat(16));
    }

    /** The bundled profile byte for byte, not as the JDK's colour management would rewrite it. */
    @Test
    void theOutputIntentIsTheBundledProfileAsItIs() throws Exception {
        byte[] bundled;
        try (InputStream in = PdfWriter.class.getResourceAsStream("sRGB.icc")) {
            bundled = in.readAllBytes();
        }
        assertThat(bundled).isEqualTo(OutputIntent.profile());
        try (PDDocument pdf = Loader.loadPDF(PdfEditions.testModel("long.yaml", "ky").pdf())) {
            var intents = pdf.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            try (InputStream profile = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(profile.readAllBytes()).isEqualTo(bundled)
                        .isNotEqualTo(ICC_Profile.getInstance(bundled).getData());
            }
        }
    }

    private static String documentId(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var id = pdf.getDocument().getDocumentID();
            assertThat(id.size()).isEqualTo(2);
            assertThat(id.get(1)).isEqualTo(id.get(0));
            return ((COSString) id.get(0)).toHexString();
        }
    }
}
