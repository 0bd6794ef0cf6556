package org.briefing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;

/** Each input that changes a document changes its inputs hash, so the document is made again. */
class RenderInputsTest {
    private static final RenderInputs BASE = inputs("t", "f", null, "1.0", Paper.A4, false);

    private static RenderInputs inputs(String templates, String fonts, String reference, String version, Paper paper,
                                       boolean fallback) {
        return new RenderInputs(templates, Map.of(), fonts, Map.of(), reference, version, paper, fallback);
    }

    @Test
    void everyInputChangesTheHash() {
        String base = BASE.hash("m", "en", Format.PDF);
        Set<String> changed = Set.of(
                BASE.hash("m2", "en", Format.PDF),
                BASE.hash("m", "ru", Format.PDF),
                BASE.hash("m", "en", Format.HTML),
                inputs("t2", "f", null, "1.0", Paper.A4, false).hash("m", "en", Format.PDF),
                inputs("t", "f2", null, "1.0", Paper.A4, false).hash("m", "en", Format.PDF),
                inputs("t", "f", null, "1.1", Paper.A4, false).hash("m", "en", Format.PDF),
                inputs("t", "f", null, "1.0", Paper.LETTER, false).hash("m", "en", Format.PDF),
                inputs("t", "f", null, "1.0", Paper.A4, true).hash("m", "en", Format.PDF));
        assertThat(changed).hasSize(8).doesNotContain(base);
        assertThat(BASE.hash("m", "en", Format.PDF)).isEqualTo(base);
    }

    @Test
    void aReferenceDocumentChangesTheDocxOnly() {
        RenderInputs withReference = inputs("t", "f", "r", "1.0", Paper.A4, false);
        assertThat(withReference.hash("m", "en", Format.DOCX)).isNotEqualTo(BASE.hash("m", "en", Format.DOCX));
        assertThat(withReference.hash("m", "en", Format.PDF)).isEqualTo(BASE.hash("m", "en", Format.PDF));
        assertThat(withReference.of("m", Format.DOCX).referenceDocx()).isEqualTo("r");
        assertThat(withReference.of("m", Format.PDF).referenceDocx()).isNull();
    }
}
