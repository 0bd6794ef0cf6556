package org.briefing.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inline syntax: the four kinds it knows, and everything else as typed. */
class InlineMarkupTest {
    @Test
    void emphasisStrongAndALinkAreSpans() {
        assertThat(InlineMarkup.parse("The *new* mechanism, **adopted** by [UNODC](https://www.unodc.org/) in 2019."))
                .containsExactly(new Span.Text("The "), new Span.Emphasis(List.of(new Span.Text("new"))),
                        new Span.Text(" mechanism, "), new Span.Strong(List.of(new Span.Text("adopted"))),
                        new Span.Text(" by "),
                        new Span.Link("https://www.unodc.org/", List.of(new Span.Text("UNODC"))),
                        new Span.Text(" in 2019."));
    }

    @Test
    void aBackslashAtTheEndOfALineBreaksIt() {
        assertThat(InlineMarkup.parse("First line\\\nsecond line")).containsExactly(new Span.Text("First line"),
                new Span.LineBreak(), new Span.Text("second line"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# not a heading", "1. not a list", "- not a bullet", "> not a quotation", "`not code`",
        "![not a picture](map.png)", "&amp; &lt; &#x41; stay entities", "[x](javascript:alert(1))",
        "[a definition]: https://example.org/", "a < b and c > d", "5 * 3 * 2", "snake_case_name",
        "---", "<b>not bold</b>"
    })
    void everythingElseIsTheCharactersTyped(String text) {
        assertThat(InlineMarkup.parse(text)).containsExactly(new Span.Text(text));
    }

    @Test
    void anEscapedMarkIsTheMark() {
        assertThat(InlineMarkup.parse("\\*not emphasis\\*")).containsExactly(new Span.Text("*not emphasis*"));
    }

    @Test
    void aLinkInsideALinkLabelIsItsWords() {
        assertThat(InlineMarkup.parse("[a *b* c](https://x.org/)")).containsExactly(new Span.Link("https://x.org/",
                List.of(new Span.Text("a "), new Span.Emphasis(List.of(new Span.Text("b"))), new Span.Text(" c"))));
    }

    @Test
    void plainTextIsTheVisibleWords() {
        assertThat(InlineMarkup.plain("The *new* [report](https://x.org/).\n\n**Second** paragraph."))
                .isEqualTo("The new report.\n\nSecond paragraph.");
    }

    @Test
    void onlyLinksToOtherSchemesAreProblems() {
        assertThat(InlineMarkup.problems("A <script>alert(1)</script> here")).isEmpty();
        assertThat(InlineMarkup.problems("[click](javascript:alert(1))")).containsExactly(
                "a link in a text goes to an http, https or mailto address, not 'javascript:alert(1)'");
        assertThat(InlineMarkup.problems("[ok](https://x.org/), <https://y.org/>, *fine*, a < b")).isEmpty();
    }

    static java.util.stream.Stream<List<Run>> formattedRuns() {
        return java.util.stream.Stream.of(
                List.of(new Run("plain words", false, false, null)),
                List.of(new Run("5 * 3 and snake_case [x] <b>", false, false, null)),
                List.of(new Run("The ", false, false, null), new Run("annual", true, false, null),
                        new Run(" report", false, false, null)),
                List.of(new Run("both ", false, false, null), new Run("bold and italic", true, true, null)),
                List.of(new Run("see ", false, false, null), new Run("the site", false, false,
                        "https://example.org/a_(b)")),
                List.of(new Run("a ", false, false, null), new Run("linked ", false, false, "https://x.org/"),
                        new Run("bold", true, false, "https://x.org/"), new Run(" end", false, false, null)),
                List.of(new Run("first line", false, false, null), new Run("\n", false, false, null),
                        new Run("second *line*", false, true, null)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("formattedRuns")
    void runsWrittenInTheSyntaxReadBackAsTheSameRuns(List<Run> runs) {
        String written = MarkupWriter.write(runs);
        assertThat(visible(MarkupWriter.runs(InlineMarkup.parse(written)))).as(written).isEqualTo(visible(runs));
        assertThat(MarkupWriter.canonical(written)).isEqualTo(written);
    }

    /** Runs as one string that shows each character's formatting and link, whatever the runs' cuts. */
    private static String visible(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            for (char c : run.text().toCharArray()) {
                out.append(c).append(run.bold() ? 'B' : '-').append(run.italic() ? 'I' : '-')
                        .append(run.href() == null ? "" : run.href()).append('|');
            }
        }
        return out.toString();
    }
}
