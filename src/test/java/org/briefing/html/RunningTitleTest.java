package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.html.EditionView.Text;
import org.junit.jupiter.api.Test;

/** The running header's title: the short title, else the title, one line of at most 60 characters. */
class RunningTitleTest {
    private static final Text TITLE = new Text("title", "en",
            List.of("U.S. Government Recognizes Kyrgyz Progress on Efforts to Counter Trafficking in Persons"));

    @Test
    void theShortTitleWhereThereIsOne() {
        Text running = RunningTitle.of(new Text("short_title", "ru", List.of("Доклад 2020 — Кыргызстан")), TITLE);
        assertThat(running).containsExactly("Доклад 2020 — Кыргызстан");
        assertThat(running.language()).isEqualTo("ru");
        assertThat(running.field()).isEqualTo("short_title");
    }

    @Test
    void elseTheTitleCutAfterItsLastWholeWordThatFits() {
        Text running = RunningTitle.of(null, TITLE);
        assertThat(running.line()).isEqualTo("U.S. Government Recognizes Kyrgyz Progress on Efforts to…")
                .hasSizeLessThanOrEqualTo(RunningTitle.LIMIT);
        assertThat(running.field()).isEqualTo("title");
    }

    @Test
    void aCutLeavesNoDashOrCommaBeforeTheEllipsis() {
        String title = "Україна: співпраця у протидії торгівлі людьми в умовах — масового вимушеного переміщення";
        assertThat(RunningTitle.shortened(title)).isEqualTo("Україна: співпраця у протидії торгівлі людьми в умовах…");
    }

    @Test
    void aWordLongerThanTheRoomIsCutWithinIt() {
        String hash = "Ref " + "a1b2c3d4".repeat(10);
        assertThat(RunningTitle.shortened(hash)).hasSize(RunningTitle.LIMIT).endsWith("…").startsWith("Ref a1b2");
    }

    @Test
    void aTitleThatFitsIsKeptWhole() {
        String sixty = "x".repeat(RunningTitle.LIMIT);
        assertThat(RunningTitle.shortened(sixty)).isEqualTo(sixty);
    }

    @Test
    void theInlineSyntaxIsNotPrinted() {
        Text running = RunningTitle.of(new Text("short_title", "en", List.of("The *2020* report")), TITLE);
        assertThat(running.line()).isEqualTo("The 2020 report");
    }
}
