package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefing.model.Briefing;
import org.briefing.model.Country;
import org.briefing.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditionViewTest {
    private static final Messages MESSAGES = new Messages(TemplateSet.bundled());

    private static Briefing briefing(LocalDate date, String... languages) {
        LocalizedText any = LocalizedText.of("x");
        return new Briefing("briefing/1", "t", new Country("KG", any), List.of(languages), date, null, null, any,
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private static String date(String language, LocalDate date) {
        return EditionView.of(briefing(date, language), language, MESSAGES, "A4").date();
    }

    @Test
    void datesAreWrittenInEachLanguagesOwnWay() {
        LocalDate date = LocalDate.of(2020, 6, 25);
        assertThat(date("en", date)).isEqualTo("25 June 2020");
        assertThat(date("ru", date)).isEqualTo("25 июня 2020 г.");
        assertThat(date("ky", date)).isEqualTo("2020-жылдын 25-июну");
    }

    @Test
    void aLanguageWithoutLabelsStillGetsItsOwnDateFormat() {
        assertThat(date("de", LocalDate.of(2023, 10, 18))).isEqualTo("18. Oktober 2023");
    }

    @Test
    void shippedBundlesWriteDatesAsTheirLanguagesDo() {
        LocalDate date = LocalDate.of(2024, 7, 30);
        assertThat(date("uk", date)).isEqualTo("30 липня 2024 р.");
        assertThat(date("kk", date)).isEqualTo("2024 жылғы 30 шілде");
        assertThat(date("sr-Cyrl", date)).isEqualTo("30. јул 2024.");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // the day not zero-padded, the month in the izofa form that links it to "соли"
        "tg      | 2020-06-05 | 5 июни соли 2020",
        "uz-Latn | 2021-09-01 | 2021-yil 1-sentabr",
        "uz      | 2021-09-01 | 2021-yil 1-sentabr",
        "uz-Cyrl | 2021-09-01 | 2021 йил 1 сентябрь",
        // ordinal year and day, front- or back-vowel suffix by the number's last word
        "tk      | 2020-06-25 | 2020-nji ýylyň 25-nji iýuny",
        "tk      | 2026-06-06 | 2026-njy ýylyň 6-njy iýuny",
        "tk      | 2030-04-10 | 2030-njy ýylyň 10-njy apreli",
        "mn      | 2022-01-09 | 2022 оны 1 дүгээр сарын 9",
        "mn      | 2020-06-25 | 2020 оны 6 дугаар сарын 25",
        "be      | 2021-06-25 | 25 чэрвеня 2021 г.",
        "bg      | 2022-03-03 | 3 март 2022 г.",
        "mk      | 2023-10-18 | 18 октомври 2023 година",
        // the year's ordinal suffix follows its last word: iyirmi, üç, altı, doqquz, otuz, qırx, yüz, min
        "az      | 2020-06-05 | 5 iyun 2020-ci il",
        "az      | 2023-07-15 | 15 iyul 2023-cü il",
        "az      | 2026-01-01 | 1 yanvar 2026-cı il",
        "az      | 2029-12-31 | 31 dekabr 2029-cu il",
        "az      | 2030-05-09 | 9 may 2030-cu il",
        "az      | 2040-11-30 | 30 noyabr 2040-cı il",
        "az      | 2100-03-01 | 1 mart 2100-cü il",
        "az      | 2000-02-29 | 29 fevral 2000-ci il"})
    void theRegionsLanguagesWriteDatesAsTheirReadersDo(String language, LocalDate date, String expected) {
        assertThat(date(language, date)).isEqualTo(expected);
    }

    @Test
    void anOrdinalInTheDatePatternNeedsTheSuffixes(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("messages"));
        Files.writeString(folder.resolve("briefing.html"), "<html/>");
        Files.writeString(folder.resolve("messages/messages_en.properties"), "date.pattern=d MMMM yyyy\n");
        Files.writeString(folder.resolve("messages/messages_az.properties"), "date.pattern=d MMMM yyyy-{year-ordinal} 'il'\n");
        Messages messages = new Messages(TemplateSet.directory(folder));
        assertThatThrownBy(() -> EditionView.of(briefing(LocalDate.of(2020, 1, 1), "az"), "az", messages, "A4"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("messages_az.properties")
                .hasMessageContaining("date.ordinals");
    }

    @Test
    void labelsOfALanguageWithoutABundleAreMarkedEnglish() {
        LocalDate date = LocalDate.of(2020, 1, 1);
        assertThat(EditionView.of(briefing(date, "nb-NO"), "nb-NO", MESSAGES, "A4").labelLang()).isEqualTo("en");
        assertThat(EditionView.of(briefing(date, "tg"), "tg", MESSAGES, "A4").labelLang()).isNull();
        assertThat(EditionView.of(briefing(date, "en-GB"), "en-GB", MESSAGES, "A4").labelLang()).isNull();
    }

    @Test
    void pageLabelSplitsAroundThePlaceholders() {
        assertThat(EditionView.pageLabel("{pages} беттин {page}-бети")).containsExactly(
                new EditionView.PagePart("", false, true),
                new EditionView.PagePart(" беттин ", false, false),
                new EditionView.PagePart("", true, false),
                new EditionView.PagePart("-бети", false, false));
    }

    @Test
    void missingTranslationFallsBackToTheDefaultLanguage() {
        Briefing b = new Briefing("briefing/1", "t", new Country("KG", LocalizedText.of("KG")), List.of("en", "ky"),
                LocalDate.of(2020, 1, 1), null, null, LocalizedText.of(Map.of("en", "Title only in English")),
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        assertThat(EditionView.of(b, "ky", MESSAGES, "A4").title().line()).isEqualTo("Title only in English");
    }
}
