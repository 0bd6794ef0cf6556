package org.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.briefing.TestModels;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final ModelLoader LOADER = new ModelLoader(LoadOptions.defaults());

    private static Problem refused(String yaml) {
        ModelException e = catchThrowableOfType(ModelException.class,
                () -> LOADER.load(Path.of("m.yaml"), yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).isNotNull();
        return e.problems().get(0);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeParsing() {
        String big = TestModels.VALID + "# " + "x".repeat(Limits.DEFAULT.maxBytes()) + "\n";
        assertThat(refused(big).message()).startsWith("file is ").contains("more than the limit of 2097152");
    }

    @Test
    void aListLongerThanTheLimitIsRefused() {
        StringBuilder items = new StringBuilder("achievements:\n");
        for (int i = 0; i <= Limits.DEFAULT.maxItems(); i++) {
            items.append("  - Achievement ").append(i).append('\n');
        }
        Problem p = refused(TestModels.VALID.replace(
                "achievements:\n  - {en: First achievement, ru: Первое достижение, ky: Биринчи жетишкендик}\n",
                items.toString()));
        assertThat(p.path()).isEqualTo("achievements");
        assertThat(p.message()).isEqualTo("has 2001 entries, more than the limit of 2000");
    }

    @Test
    void aTextLongerThanTheLimitIsRefused() {
        Problem p = refused(TestModels.VALID.replace("A short summary.", "x".repeat(20_001)));
        assertThat(p.path()).isEqualTo("summary.en");
        assertThat(p.message()).isEqualTo("is longer than 20000 characters");
    }

    /**
     * An alias repeats a whole list: three lists made of one let a 2 MiB file hold three times
     * the text, and a document too large for the memory the tool promises to render in.
     */
    @Test
    void textRepeatedByAliasesCountsEveryTime() {
        StringBuilder list = new StringBuilder("achievements: &list\n");
        for (int i = 0; i < 40; i++) {
            list.append("  - ").append("word ".repeat(3_999)).append("end\n");
        }
        String yaml = TestModels.VALID.replace("languages: [en, ru, ky]", "languages: [en]")
                .replace("achievements:\n  - {en: First achievement, ru: Первое достижение, ky: Биринчи жетишкендик}\n",
                        list.toString())
                .replace("recommendations:\n  - {en: Investigate vigorously, ru: Активно расследовать, ky: Активдүү тергөө}\n",
                        "recommendations: *list\nbackground: *list\n");
        Problem p = refused(yaml);
        assertThat(p.message()).isEqualTo("more than 2097152 characters of text (after aliases)");
        assertThat(p.line()).isPositive();
    }
}
