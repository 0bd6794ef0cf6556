package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefing.model.Briefing;
import org.briefing.model.Country;
import org.briefing.model.LocalizedText;
import org.junit.jupiter.api.Test;

class EditionViewTest {
    private static final Messages MESSAGES = new Messages(TemplateSet.bundled());

    private static Briefing briefing(LocalDate date, String... languages) {
        LocalizedText any = LocalizedText.of("x");
        return new Briefing("briefing/1", "t", new Country("KG", any), List.of(languages), date, null, any,
                null, null, List.of(), List.of(), List.of(), List.of(), List.of());
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
                LocalDate.of(2020, 1, 1), null, LocalizedText.of(Map.of("en", "Title only in English")),
                null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(EditionView.of(b, "ky", MESSAGES, "A4").title().line()).isEqualTo("Title only in English");
    }
}
