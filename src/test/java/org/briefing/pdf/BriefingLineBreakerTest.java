package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingLineBreakerTest {
    /** The text cut at every opportunity, with "|" between the pieces. */
    private static String pieces(String text) {
        BriefingLineBreaker breaker = new BriefingLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int b = breaker.next(); b != BreakIterator.DONE; b = breaker.next()) {
            pieces.add(text.substring(from, b));
            from = b;
        }
        assertThat(from).as("the last opportunity is the end").isEqualTo(text.length());
        return String.join("|", pieces);
    }

    @Test
    void aSpaceMayEndALineOrStartTheNextWhereTheLayoutDropsIt() {
        assertThat(pieces("two words")).isEqualTo("two| |words");
    }

    @Test
    void neverBreaksAWordAfterItsApostrophe() {
        assertThat(pieces("This year’s report and the court's ruling"))
                .isEqualTo("This| |year’s| |report| |and| |the| |court's| |ruling");
    }

    @Test
    void closingQuoteAfterAWordStillAllowsABreak() {
        assertThat(pieces("the ‘referral’ mechanism")).isEqualTo("the| |‘referral’| |mechanism");
    }

    @Test
    void breaksAnAddressAfterItsSchemeAndBeforeEachSlashAndDot() {
        assertThat(pieces("see https://www.state.gov/trafficking-in-persons-report/ now"))
                .isEqualTo("see| |https://|www|.state|.gov|/trafficking-in-persons-report|/| |now");
    }

    @Test
    void neverBreaksAnAddressAfterItsHyphensOrItsScheme() {
        String pieces = pieces("https://www.unodc.org/unodc/en/data-and-analysis/glotip.html");
        assertThat(pieces).doesNotContain("-|", "https:|", "/|/");
        assertThat(pieces).isEqualTo("https://|www|.unodc|.org|/unodc|/en|/data-and-analysis|/glotip|.html");
    }

    @Test
    void queriesAndFragmentsBreakBeforeTheirMarks() {
        assertThat(pieces("https://example.org/a?x=1&y=2#top"))
                .isEqualTo("https://|example|.org|/a|?x|=1|&y|=2|#top");
    }

    @Test
    void punctuationAfterAnAddressIsNotPartOfIt() {
        assertThat(pieces("Read www.coe.int/en. Then")).isEqualTo("Read| |www|.coe|.int|/en.| |Then");
    }

    @Test
    void aLineThatStartsInsideAnAddressGoesOnBreakingItAsOne() {
        // the layout hands over the text from where a line starts: here after "https://www"
        assertThat(pieces(".state.gov/trafficking-in-persons-report/"))
                .isEqualTo(".state|.gov|/trafficking-in-persons-report|/");
    }

    @Test
    void ordinaryWordsWithDotsAreLeftAsTheyAre() {
        assertThat(pieces("The U.S. Department of State")).isEqualTo("The| |U.S.| |Department| |of| |State");
    }

    /**
     * A long paragraph is worked through a stretch at a time (the layout asks again at every
     * line): it breaks exactly as its sentences do on their own, wherever a stretch ends.
     */
    @Test
    void aLongParagraphBreaksAsItsSentencesDo() {
        List<String> sentences = List.of("The U.S. report’s summary is at https://www.state.gov/tip-report/ now. ",
                "See (www.coe.int/en) and “https://example.org/a?x=1&y=2#top”. ",
                "Ranges 2015–2024, e.g. here, and words  with two spaces. ");
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String sentence = sentences.get(i % sentences.size());
            text.append(sentence);
            expected.add(pieces(sentence));
        }
        assertThat(text.length()).as("several stretches long").isGreaterThan(10 * 256);
        assertThat(pieces(text.toString())).isEqualTo(String.join("|", expected));
    }
}
