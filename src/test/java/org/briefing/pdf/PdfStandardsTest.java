package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefing.pdf.PdfEditions.Edition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF finds no broken rule of PDF/UA-1 or PDF/A-2a in any edition, and qpdf nothing wrong with
 * its file structure.
 */
class PdfStandardsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void conformsToPdfUa1(Edition edition) {
        assertThat(VeraPdf.failedRules(edition.pdf(), PDFAFlavour.PDFUA_1))
                .as("PDF/UA-1 rules that %s breaks", edition).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void conformsToPdfA2a(Edition edition) {
        assertThat(VeraPdf.failedRules(edition.pdf(), PDFAFlavour.PDFA_2_A))
                .as("PDF/A-2a rules that %s breaks", edition).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void passesQpdfsCheckWithoutAWarning(Edition edition) {
        assertThat(Qpdf.problems(edition.pdf())).as("qpdf --check of %s", edition).isEmpty();
    }
}
