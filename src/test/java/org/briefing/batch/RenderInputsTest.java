package org.briefing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;

/** Each input that changes a document changes its inputs hash, so the document is made again. */
class RenderInputsTest {
    private static final RenderInputs BASE = new RenderInputs("t", "f", "1.0", Paper.A4, false);

    @Test
    void everyInputChangesTheHash() {
        String base = BASE.hash("m", "en", Format.PDF);
        Set<String> changed = Set.of(
                BASE.hash("m2", "en", Format.PDF),
                BASE.hash("m", "ru", Format.PDF),
                BASE.hash("m", "en", Format.HTML),
                new RenderInputs("t2", "f", "1.0", Paper.A4, false).hash("m", "en", Format.PDF),
                new RenderInputs("t", "f2", "1.0", Paper.A4, false).hash("m", "en", Format.PDF),
                new RenderInputs("t", "f", "1.1", Paper.A4, false).hash("m", "en", Format.PDF),
                new RenderInputs("t", "f", "1.0", Paper.LETTER, false).hash("m", "en", Format.PDF),
                new RenderInputs("t", "f", "1.0", Paper.A4, true).hash("m", "en", Format.PDF));
        assertThat(changed).hasSize(8).doesNotContain(base);
        assertThat(BASE.hash("m", "en", Format.PDF)).isEqualTo(base);
    }
}
