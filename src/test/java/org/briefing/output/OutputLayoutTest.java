package org.briefing.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.briefing.model.Briefing;
import org.briefing.model.Country;
import org.briefing.model.LocalizedText;
import org.briefing.render.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a briefing holds (built here without the loader's checks), writes stay in DIR. */
class OutputLayoutTest {
    private final OutputLayout layout = new OutputLayout(Path.of("out"));

    private static Briefing briefing(String id, String country) {
        LocalizedText t = LocalizedText.of("x");
        return new Briefing("briefing/1", id, new Country(country, t), List.of("en"), LocalDate.of(2020, 1, 1),
                null, null, t, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void placesDocumentsByCountryIdAndLanguage() {
        assertThat(layout.pathFor(briefing("kg-tip-2020", "KG"), "ru", Format.PDF))
                .isEqualTo(Path.of("out").toAbsolutePath().resolve("kg/kg-tip-2020.ru.pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/x", "a/b", "..", "x\u2215y", "con\u0000", "con", "lpt1", "A-UPPER", ""})
    void refusesUnsafeIds(String id) {
        assertThatThrownBy(() -> layout.pathFor(briefing(id, "KG"), "en", Format.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsafe id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "./", "K/", "/", "KGZ"})
    void refusesUnsafeCountryCodes(String code) {
        assertThatThrownBy(() -> layout.pathFor(briefing("ok", code), "en", Format.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsafe country code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../en", "en/../../x", "e n"})
    void refusesUnsafeLanguages(String language) {
        assertThatThrownBy(() -> layout.pathFor(briefing("ok", "KG"), language, Format.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsafe language");
    }

    /** Two editions whose file names differ in case only would collide on most systems staff use. */
    @Test
    void languageTagsAreWrittenInOneCase() {
        assertThat(layout.pathFor(briefing("kg-tip-2020", "KG"), "EN", Format.PDF).getFileName().toString())
                .isEqualTo("kg-tip-2020.en.pdf");
        assertThat(OutputLayout.canonicalCase("sr-cyrl")).isEqualTo("sr-Cyrl");
        assertThat(OutputLayout.canonicalCase("SR-CYRL-rs")).isEqualTo("sr-Cyrl-RS");
        assertThat(OutputLayout.canonicalCase("ky")).isEqualTo("ky");
    }
}
