package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classification is said once in the tagged content, so screen readers hear it: a line of the
 * title block, its label in the edition's language, besides the banners at the top and foot of
 * every page, which are pagination artifacts. PDF/UA-1 and PDF/A-2a still hold.
 */
class ClassificationTest {
    private static final Path KYRGYZSTAN = Path.of("samples/kyrgyzstan.yaml");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Classification:", "ru, Степень секретности:", "ky, Купуялык даражасы:"})
    void thePdfSaysItOnceInItsTaggedContent(String language, String label) throws Exception {
        Briefing briefing = PdfEditions.sample(KYRGYZSTAN);
        String classification = briefing.classification().in(language).orElseThrow();
        byte[] pdf = PdfEditions.RENDERER.render(briefing, language, Format.PDF, Paper.A4);

        List<TaggedText.Element> tagged = TaggedText.of(pdf);
        String all = String.join("\n", tagged.stream().map(TaggedText.Element::text).toList());
        assertThat(all.split(classification, -1)).as("times the tagged content says it").hasSize(2);
        // the label, a Span of its own (which keeps its lang), then the paragraph's own words
        List<String> said = tagged.stream().map(element -> element.type() + " " + element.text().strip()).toList();
        assertThat(said).containsSubsequence("Span " + label, "P " + classification);
        assertThat(said.indexOf("P " + classification)).isEqualTo(said.indexOf("Span " + label) + 1);

        PdfLines lines = PdfLines.of(pdf);
        long printed = lines.all().stream().filter(line -> line.text().contains(classification)).count();
        assertThat(printed).as("the banners of every page and the title block's line")
                .isEqualTo(2L * lines.pages() + 1);
        assertThat(VeraPdf.failedRules(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "ru"})
    void theHtmlAndTheDocxSayItInTheirText(String language) throws Exception {
        Briefing briefing = PdfEditions.sample(KYRGYZSTAN);
        String classification = briefing.classification().in(language).orElseThrow();
        String html = new String(PdfEditions.RENDERER.render(briefing, language, Format.HTML, Paper.A4),
                StandardCharsets.UTF_8);
        assertThat(html).contains("<span data-field=\"classification\">" + classification + "</span>");
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                PdfEditions.RENDERER.render(briefing, language, Format.DOCX, Paper.A4)))) {
            assertThat(docx.getParagraphs()).filteredOn(p -> p.getText().endsWith(classification)).singleElement()
                    .satisfies(p -> assertThat(p.getStyle()).isEqualTo("BriefingMeta"));
        }
    }
}
