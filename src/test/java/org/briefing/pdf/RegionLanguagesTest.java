package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.ModelText;
import org.briefing.load.ModelException;
import org.briefing.pdf.PdfEditions.Edition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The region's languages end to end: each one's test model (in src/test/resources/models, whose
 * texts PdfTextTest reads back and veraPDF checks) renders without a warning, with the title
 * block's label and date and every page's "page X of Y" as a reader of the language writes them.
 */
class RegionLanguagesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "tajikistan.yaml      | tg      | Маълумотнома оид ба кишвар     | Сана: 5 июни соли 2020              | Саҳифаи {page} аз {pages}",
        "uzbekistan.yaml      | uz-Latn | Mamlakat boʻyicha maʼlumotnoma | Sana: 2021-yil 1-sentabr            | Sahifa {page} / {pages}",
        "uzbekistan.yaml      | uz-Cyrl | Мамлакат бўйича маълумотнома   | Сана: 2021 йил 1 сентябрь           | Саҳифа {page} / {pages}",
        "turkmenistan.yaml    | tk      | Ýurt barada maglumatnama       | Sene: 2026-njy ýylyň 6-njy iýuny    | Sahypa {page} / {pages}",
        "mongolia.yaml        | mn      | Улс орны танилцуулга           | Огноо: 2022 оны 1 дүгээр сарын 9    | Хуудас {page} / {pages}",
        "belarus.yaml         | be      | Даведка па краіне              | Дата: 25 чэрвеня 2021 г.            | Старонка {page} з {pages}",
        "bulgaria.yaml        | bg      | Справка за страната            | Дата: 3 март 2022 г.                | Страница {page} от {pages}",
        "north-macedonia.yaml | mk      | Информација за земјата         | Датум: 18 октомври 2023 година      | Страница {page} од {pages}",
        "azerbaijan.yaml      | az      | Ölkə haqqında arayış           | Tarix: 15 iyul 2023-cü il           | Səhifə {page} / {pages}"})
    void labelsDateAndPageNumbersAreInTheLanguage(String model, String language, String kicker, String dateLine,
                                                   String pageLabel) throws IOException, ModelException {
        Edition edition = PdfEditions.testModel(model, language);
        assertThat(PdfEditions.RENDERER.warnings(edition.briefing(), language)).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = ModelText.collapse(stripper.getText(pdf));
                if (page == 1) {
                    assertThat(text).contains(kicker).contains(dateLine);
                }
                assertThat(text).as("page %d", page).contains(pageLabel
                        .replace("{page}", String.valueOf(page)).replace("{pages}", String.valueOf(pages)));
            }
        }
    }
}
