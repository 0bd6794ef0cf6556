package org.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefing.TestModels;
import org.briefing.model.Briefing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {
    private static final ModelLoader LOADER = new ModelLoader(LoadOptions.defaults()
            .withDrawable(cp -> cp < 0x3000)); // stands in for the fonts: no CJK, no emoji

    @TempDir
    Path dir;

    private List<Problem> problems(String yaml) throws Exception {
        Path file = TestModels.write(dir, "m.yaml", yaml);
        ModelException e = catchThrowableOfType(ModelException.class, () -> LOADER.load(file));
        assertThat(e).as("model should be refused").isNotNull();
        return e.problems();
    }

    private Problem only(String yaml) throws Exception {
        List<Problem> problems = problems(yaml);
        assertThat(problems).as(problems.toString()).hasSize(1);
        return problems.get(0);
    }

    @Test
    void loadsAValidModelIntoRecords() throws Exception {
        Briefing b = LOADER.load(TestModels.write(dir, "m.yaml", TestModels.VALID)).briefing();
        assertThat(b.id()).isEqualTo("kg-test");
        assertThat(b.languages()).containsExactly("en", "ru", "ky");
        assertThat(b.date()).hasToString("2020-06-25");
        assertThat(b.title().in("ky")).contains("Адам сатууга каршы күрөштөгү жетишкендиктер");
        assertThat(b.quotes().get(0).speaker().in("ru")).contains("Donald Lu");
        assertThat(b.links().get(0).url()).isEqualTo("https://example.org/report");
    }

    @Test
    void syntaxErrorHasItsPosition() throws Exception {
        Problem p = only(TestModels.VALID.replace("title: {en:", "title: {en: [unclosed"));
        assertThat(p.line()).isEqualTo(9);
        assertThat(p.message()).startsWith("invalid YAML");
        assertThat(p.format()).startsWith(dir.resolve("m.yaml") + ":9:");
    }

    @Test
    void wrongTypeNamesFieldAndBothTypes() throws Exception {
        Problem p = only(TestModels.VALID.replace("achievements:\n  - {en: First achievement, ru: Первое достижение, ky: Биринчи жетишкендик}",
                "achievements: none yet"));
        assertThat(p.path()).isEqualTo("achievements");
        assertThat(p.message()).isEqualTo("expected a list, found text");
        assertThat(p.line()).isEqualTo(11);
        assertThat(p.column()).isEqualTo(15);
    }

    @Test
    void missingRequiredFieldIsNamed() throws Exception {
        Problem p = only(TestModels.VALID.replaceFirst("date: 2020-06-25\n", ""));
        assertThat(p.path()).isEqualTo("date");
        assertThat(p.message()).isEqualTo("required field is missing");
    }

    @Test
    void unknownKeyGetsADidYouMeanHintAtTheKey() throws Exception {
        List<Problem> problems = problems(TestModels.VALID.replace("recommendations:", "recomendations:"));
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("recomendations", "recommendations");
        Problem p = problems.stream().filter(q -> q.path().equals("recomendations")).findFirst().orElseThrow();
        assertThat(p.message()).isEqualTo("unknown field 'recomendations' (did you mean 'recommendations'?)");
        assertThat(p.line()).isEqualTo(17);
        assertThat(p.column()).isEqualTo(1);
    }

    @Test
    void unknownKeyInANestedMappingIsFound() throws Exception {
        Problem p = only(TestModels.VALID.replace("    role:", "    rol:"));
        assertThat(p.path()).isEqualTo("quotes[0].rol");
        assertThat(p.message()).contains("did you mean 'role'?");
        assertThat(p.line()).isEqualTo(15);
        assertThat(p.column()).isEqualTo(5);
    }

    @Test
    void missingTranslationNamesPathAndLanguage() throws Exception {
        Problem p = only(TestModels.VALID.replace(", ky: Биринчи жетишкендик", ""));
        assertThat(p.format()).endsWith(":12:5: achievements[0].ky: missing translation");
    }

    @Test
    void allowFallbackTurnsAMissingTranslationIntoAWarning() throws Exception {
        Path file = TestModels.write(dir, "m.yaml", TestModels.VALID.replace(", ky: Биринчи жетишкендик", ""));
        LoadedModel model = new ModelLoader(LoadOptions.defaults().withAllowFallback(true)).load(file);
        assertThat(model.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("achievements[0].ky");
            assertThat(w.format()).contains("warning: achievements[0].ky: missing translation; using en");
        });
    }

    @Test
    void impossibleDateIsRefused() throws Exception {
        Problem p = only(TestModels.VALID.replace("date: 2020-06-25", "date: 2020-02-30"));
        assertThat(p.path()).isEqualTo("date");
        assertThat(p.message()).isEqualTo("'2020-02-30' is not a real date");
        assertThat(p.line()).isEqualTo(7);
    }

    @Test
    void dateInAnotherFormatIsRefusedWithAHint() throws Exception {
        Problem p = only(TestModels.VALID.replace("date: 2020-06-25", "date: 25.06.2020"));
        assertThat(p.message()).isEqualTo("invalid value '25.06.2020': use an ISO date, YYYY-MM-DD");
    }

    @Test
    void unknownCountryCodeIsRefused() throws Exception {
        Problem p = only(TestModels.VALID.replace("code: KG", "code: XQ"));
        assertThat(p.path()).isEqualTo("country.code");
        assertThat(p.message()).contains("'XQ' is not an ISO 3166-1 alpha-2 country code");
        assertThat(p.line()).isEqualTo(4);
    }

    @Test
    void malformedLanguageCodeIsRefused() throws Exception {
        List<Problem> problems = problems(TestModels.VALID.replace("languages: [en, ru, ky]", "languages: [en, ru, k_y]"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("languages[2]");
            assertThat(p.message()).contains("BCP 47");
        });
    }

    @Test
    void unknownLanguageCodeIsRefused() throws Exception {
        List<Problem> problems = problems(TestModels.VALID.replace("languages: [en, ru, ky]", "languages: [en, ru, qq]"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("languages[2]");
            assertThat(p.message()).isEqualTo("'qq' is not a known ISO 639 language code");
        });
    }

    @Test
    void characterTheFontsCannotDrawIsNamed() throws Exception {
        Problem p = only(TestModels.VALID.replace("ru: Первое достижение", "ru: Первое 中 достижение"));
        assertThat(p.path()).isEqualTo("achievements[0].ru");
        assertThat(p.message()).isEqualTo("character U+4E2D (CJK UNIFIED IDEOGRAPHS 4E2D) cannot be drawn by the bundled fonts");
    }

    @Test
    void duplicateKeyIsAnError() throws Exception {
        Problem p = only(TestModels.VALID.replace("classification: UNCLASSIFIED\n",
                "classification: UNCLASSIFIED\nclassification: SECRET\n"));
        assertThat(p.path()).isEqualTo("classification");
        assertThat(p.message()).isEqualTo("duplicate key (first at line 8)");
        assertThat(p.line()).isEqualTo(9);
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws Exception {
        List<Problem> problems = problems(TestModels.VALID
                .replace("code: KG", "code: XQ")
                .replace("date: 2020-06-25", "date: 2020-13-01")
                .replace(", ky: Биринчи жетишкендик", "")
                .replace("    url: https://example.org/report", "    url: https://example.org/report\n    colour: red"));
        assertThat(problems).extracting(Problem::path)
                .contains("country.code", "date", "achievements[0].ky", "links[0].colour");
        assertThat(problems).extracting(Problem::line).isSorted();
    }

    @Test
    void billionLaughsFailsFast() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String prev = String.valueOf((char) (c - 1));
            yaml.append(c).append(": &").append(c).append(" [*").append(prev).append(",*").append(prev)
                    .append(",*").append(prev).append(",*").append(prev).append(",*").append(prev).append(",*")
                    .append(prev).append(",*").append(prev).append(",*").append(prev).append(",*").append(prev).append("]\n");
        }
        Problem p = only(yaml.toString());
        assertThat(p.message()).contains("aliases");
    }

    @Test
    void customTagsAreRefused() throws Exception {
        Problem p = only(TestModels.VALID.replace("id: kg-test", "id: !!java.io.File /etc/passwd"));
        assertThat(p.message()).contains("tags").contains("not allowed");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() throws Exception {
        byte[] good = TestModels.VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        int at = TestModels.VALID.indexOf("id: kg-test") + 4;
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        ModelException e = catchThrowableOfType(ModelException.class,
                () -> LOADER.load(Path.of("bad.yaml"), bad));
        Problem p = e.problems().get(0);
        assertThat(p.message()).startsWith("invalid UTF-8");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(5);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() throws Exception {
        byte[] text = ("\uFEFF" + TestModels.VALID.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(LOADER.load(Path.of("crlf.yaml"), text).briefing().id()).isEqualTo("kg-test");
    }

    @Test
    void yaml12KeepsNorwayAsText() throws Exception {
        // YAML 1.1 would read NO as false; the model would then hold a boolean where text is expected
        Briefing b = LOADER.load(TestModels.write(dir, "m.yaml", TestModels.VALID
                .replace("recommendations:\n  - {en: Investigate vigorously, ru: Активно расследовать, ky: Активдүү тергөө}",
                        "recommendations:\n  - NO"))).briefing();
        assertThat(b.recommendations().get(0).in("ru")).contains("NO");
    }

    @Test
    void textIsNormalisedToPrecomposedLetters() throws Exception {
        Briefing b = LOADER.load(TestModels.write(dir, "m.yaml",
                TestModels.VALID.replace("ru: Первое достижение", "ru: Пе\u0438\u0306 достижение"))).briefing();
        assertThat(b.achievements().get(0).in("ru")).contains("Пей достижение");
    }

    @Test
    void emptyFileIsAnError() throws Exception {
        assertThat(only("").message()).isEqualTo("the file is empty");
    }

    @Test
    void missingFileIsAnError() {
        assertThatThrownBy(() -> LOADER.load(dir.resolve("nope.yaml")))
                .isInstanceOf(ModelException.class).hasMessageContaining("no such file");
    }

    @Test
    void hugeNumbersWhereTextBelongsAreATypeErrorNotACrash() throws Exception {
        Problem p = only(TestModels.VALID.replace("id: kg-test", "id: 0xFFFFFFFFFFFFFFFFFFFFFFFF"));
        assertThat(p.path()).isEqualTo("id");
        assertThat(p.message()).isEqualTo("expected text, found a number");
    }
}
