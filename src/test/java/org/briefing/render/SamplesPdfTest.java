package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.ModelText;
import org.briefing.TestModels;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample in every language, rendered to PDF and read back as a reader's tools would. */
class SamplesPdfTest {
    private static final Renderer RENDERER = Renderer.bundled("test");
    private static final ModelLoader LOADER = new ModelLoader(RENDERER.loadOptions());

    static Stream<Arguments> editions() throws Exception {
        List<Arguments> editions = new ArrayList<>();
        for (Path sample : TestModels.samples()) {
            LoadedModel model = LOADER.load(sample);
            for (String language : model.briefing().languages()) {
                editions.add(Arguments.of(sample.getFileName().toString(), language, model.briefing()));
            }
        }
        return editions.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void everyModelTextComesBackOutOfThePdf(String sample, String language, Briefing briefing) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(briefing, language, Format.PDF, Paper.A4))) {
            String text = readingOrder().getText(pdf);
            assertThat(text).doesNotContain("#").doesNotContain("\uFFFD").doesNotContainPattern("[\uFB00-\uFB06]");
            for (String expected : ModelText.of(briefing, language)) {
                if (ModelText.isUrl(expected)) {
                    assertThat(ModelText.squeeze(text)).contains(ModelText.squeeze(expected));
                } else {
                    assertThat(ModelText.collapse(text)).contains(ModelText.collapse(expected));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void fontsAreEmbeddedSubsets(String sample, String language, Briefing briefing) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(briefing, language, Format.PDF, Paper.A4))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+Briefing(Serif|Sans)-.*");
                }
            }
            assertThat(fonts).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void everyPageHasItsBannersAndPageXOfY(String sample, String language, Briefing briefing) throws IOException {
        String pattern = footerPattern(language);
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(briefing, language, Format.PDF, Paper.A4))) {
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = readingOrder();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = ModelText.collapse(stripper.getText(pdf));
                String footer = pattern.replace("{page}", String.valueOf(page)).replace("{pages}", String.valueOf(pages));
                assertThat(text).as("page %d", page).contains(footer);
                if (briefing.classification() != null) {
                    String banner = ModelText.collapse(briefing.classification().in(language).orElseThrow());
                    int banners = text.split(java.util.regex.Pattern.quote(banner), -1).length - 1;
                    assertThat(banners).as("banners on page %d", page).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    /** Text in the order a reader sees it, as pdftotext gives it. */
    private static PDFTextStripper readingOrder() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** The "page X of Y" pattern of the bundled labels, English for languages without a bundle. */
    private static String footerPattern(String language) throws IOException {
        Path bundle = Path.of("templates/messages/messages_" + language + ".properties");
        if (!Files.exists(bundle)) {
            bundle = Path.of("templates/messages/messages_en.properties");
        }
        Properties labels = new Properties();
        labels.load(Files.newBufferedReader(bundle, StandardCharsets.UTF_8));
        return labels.getProperty("footer.pages");
    }
}
