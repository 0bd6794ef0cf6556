package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.briefing.TestModels;
import org.briefing.html.EditionView;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The head of the PDF's pages, read back with PDFBox: the banner alone on page 1; from page 2 on,
 * the banner centred on its own line where page 1 has it, and under it the short title (or the
 * title, shortened) on the left and the date on the right, so that a loose page can be placed.
 * However long the banner, title or date, nothing in the head runs into anything else or into
 * the text.
 */
class PageHeadTest {
    private static final Path KYRGYZSTAN = Path.of("samples/kyrgyzstan.yaml");
    /** The longest banner a model may have is 200 characters; this one takes two lines. */
    private static final String LONG_BANNER = "UNCLASSIFIED//FOR OFFICIAL USE ONLY//SENSITIVE BUT UNCLASSIFIED"
            + "//NOT FOR RELEASE TO THE PUBLIC WITHOUT THE AUTHORISATION OF THE ISSUING OFFICE";

    @Test
    void fromPage2TheShortTitleAndTheDateStandUnderTheBanner() throws Exception {
        Briefing briefing = PdfEditions.sample(KYRGYZSTAN);
        EditionView view = view(briefing, "ru");
        PdfLines pdf = PdfLines.of(PdfEditions.RENDERER.render(briefing, "ru", Format.PDF, Paper.A4));
        assertThat(pdf.pages()).isGreaterThan(1);
        String banner = view.classification().line();

        List<PdfLines.Line> first = head(pdf, 0);
        assertThat(first).extracting(line -> spaces(line.text())).containsExactly(banner);
        for (int page = 1; page < pdf.pages(); page++) {
            List<PdfLines.Line> head = head(pdf, page);
            assertThat(head).extracting(line -> spaces(line.text())).as("page %d", page + 1)
                    .containsExactly(banner, view.shortTitle().line() + " " + spaces(view.date()));
            assertThat(head.get(0).baseline()).as("the banner where page 1 has it")
                    .isCloseTo(first.get(0).baseline(), offset(0.5f));
            List<PdfLines.Line> parts = pieces(pdf, head.get(1));
            assertThat(parts.get(0).left()).as("the title at the left margin")
                    .isCloseTo(pdf.textArea().left(), offset(1f));
            assertThat(parts.get(parts.size() - 1).right()).as("the date at the right margin")
                    .isCloseTo(pdf.textArea().right(), offset(1f));
        }
        float centre = (first.get(0).left() + first.get(0).right()) / 2;
        assertThat(centre).as("the banner centred")
                .isCloseTo((pdf.textArea().left() + pdf.textArea().right()) / 2, offset(1f));
    }

    /** Every sample and test model: every language's title and date. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.briefing.pdf.PdfEditions#all")
    void noPartOfTheHeadRunsIntoAnother(PdfEditions.Edition edition) {
        assertHeadsApart(PdfLines.of(edition.pdf()));
    }

    /** Without a short title, the title cut to a line; a banner of two lines. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru", "ky"})
    void aBannerOfTwoLinesAndALongTitleRunIntoNothing(String language, @TempDir Path dir) throws Exception {
        String yaml = Files.readString(KYRGYZSTAN).replaceAll("(?m)^short_title:\\n(  .*\\n)+", "")
                .replaceAll("(?m)^classification:\\n(  .*\\n)+", "classification: \"" + LONG_BANNER + "\"\n");
        Briefing briefing = PdfEditions.sample(TestModels.write(dir, "long-head.yaml", yaml));
        assertThat(briefing.shortTitle()).isNull();
        PdfLines pdf = PdfLines.of(PdfEditions.RENDERER.render(briefing, language, Format.PDF, Paper.A4));
        assertThat(pdf.pages()).isGreaterThan(1);
        assertHeadsApart(pdf);
        EditionView view = view(briefing, language);
        List<PdfLines.Line> head = head(pdf, 1);
        assertThat(head).hasSize(3);
        assertThat(spaces(head.get(0).text() + " " + head.get(1).text())).isEqualTo(LONG_BANNER);
        assertThat(spaces(head.get(2).text())).as("the title, cut to one line beside the date")
                .isEqualTo(view.runningTitle().line() + " " + spaces(view.date()))
                .startsWith(view.title().plain().substring(0, 20)).contains("…");
    }

    /**
     * On every page: the head's lines above the text, each below the one before it, and the
     * pieces of each line (title and date) apart from one another.
     */
    private static void assertHeadsApart(PdfLines pdf) {
        for (int page = 0; page < pdf.pages(); page++) {
            List<PdfLines.Line> head = head(pdf, page);
            for (int i = 0; i < head.size(); i++) {
                PdfLines.Line line = head.get(i);
                assertThat(line.baseline()).as("page %d: %s above the text", page + 1, line.text())
                        .isLessThan(pdf.textArea().top() - line.size());
                if (i > 0) {
                    assertThat(line.baseline() - head.get(i - 1).baseline()).as("page %d: %s under the line above",
                            page + 1, line.text()).isGreaterThanOrEqualTo(line.size());
                }
                List<PdfLines.Line> parts = pieces(pdf, line);
                for (int j = 1; j < parts.size(); j++) {
                    assertThat(parts.get(j).left()).as("page %d: '%s' after '%s'", page + 1, parts.get(j).text(),
                            parts.get(j - 1).text()).isGreaterThan(parts.get(j - 1).right() + 2);
                }
                assertThat(line.left()).isGreaterThanOrEqualTo(pdf.textArea().left() - 0.5f);
                assertThat(line.right()).isLessThanOrEqualTo(pdf.textArea().right() + 0.5f);
            }
        }
    }

    /** The lines of the page's top margin, top to bottom. */
    private static List<PdfLines.Line> head(PdfLines pdf, int page) {
        return pdf.all().stream().filter(line -> line.page() == page && line.baseline() < pdf.textArea().top())
                .toList();
    }

    /** The pieces of {@code line}, left to right. */
    private static List<PdfLines.Line> pieces(PdfLines pdf, PdfLines.Line line) {
        return pdf.pieces().stream().filter(piece -> piece.page() == line.page()
                        && Math.abs(piece.baseline() - line.baseline()) < 1)
                .sorted(Comparator.comparing(PdfLines.Line::left)).toList();
    }

    private static EditionView view(Briefing briefing, String language) {
        return EditionView.of(briefing, language, PdfEditions.XHTML.messages(), Paper.A4.cssSize());
    }

    /** {@code text} with the typesetting pass's no-break spaces as plain ones. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
