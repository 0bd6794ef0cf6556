package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.ModelText;
import org.briefing.pdf.PdfEditions.Edition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of the test models comes back out of their PDFs exactly, Kyrgyz ң ө ү and the
 * characters XML escapes included (the samples are read back by SamplesPdfTest).
 */
class PdfTextTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#ofTestModels")
    void everyModelTextComesBackOut(Edition edition) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            for (String expected : ModelText.of(edition.briefing(), edition.language())) {
                if (ModelText.isUrl(expected)) {
                    assertThat(ModelText.squeeze(text)).contains(ModelText.squeeze(expected));
                } else {
                    assertThat(ModelText.collapse(text)).contains(ModelText.collapse(expected));
                }
            }
        }
    }
}
