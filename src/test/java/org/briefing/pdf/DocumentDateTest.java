package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentDateTest {

    @Test
    void isTheBriefingsDateAtMidnightUtcWithoutSourceDateEpoch() {
        assertThat(DocumentDate.of(null).forDocumentDated("2020-06-25").toInstant())
                .isEqualTo(Instant.parse("2020-06-25T00:00:00Z"));
        assertThat(DocumentDate.of(" ").forDocumentDated("2020-06-25").toInstant())
                .isEqualTo(Instant.parse("2020-06-25T00:00:00Z"));
    }

    @Test
    void isSourceDateEpochWhenSet() {
        assertThat(DocumentDate.of("86400").forDocumentDated("2020-06-25").toInstant())
                .isEqualTo(Instant.parse("1970-01-02T00:00:00Z"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThatThrownBy(() -> DocumentDate.of("yesterday")).hasMessageContaining("SOURCE_DATE_EPOCH");
        assertThatThrownBy(() -> DocumentDate.of(null).forDocumentDated(null)).hasMessageContaining("ISO date");
    }
}
