package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApostropheAwareLineBreakerTest {
    private static List<Integer> breaks(String text) {
        ApostropheAwareLineBreaker breaker = new ApostropheAwareLineBreaker();
        breaker.setText(text);
        List<Integer> all = new ArrayList<>();
        for (int b = breaker.next(); b != BreakIterator.DONE; b = breaker.next()) {
            all.add(b);
        }
        return all;
    }

    @Test
    void neverBreaksAWordAfterItsApostrophe() {
        String text = "This year’s report and the court's ruling";
        assertThat(breaks(text)).doesNotContain(text.indexOf("’s") + 1, text.indexOf("'s") + 1);
    }

    @Test
    void stillBreaksBetweenWords() {
        String text = "This year’s report";
        assertThat(breaks(text)).contains(text.indexOf("year"), text.indexOf("report"), text.length());
    }

    @Test
    void closingQuoteAfterAWordStillAllowsABreak() {
        String text = "the ‘referral’ mechanism";
        assertThat(breaks(text)).contains(text.indexOf("mechanism"));
    }
}
