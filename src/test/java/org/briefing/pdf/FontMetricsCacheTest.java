package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;

/** Font metrics are measured once per set of faces and kept; no document may show which came first. */
class FontMetricsCacheTest {

    @Test
    void aDocumentIsTheSameWhicheverDocumentsWereSetInTheFontsBefore() throws Exception {
        Briefing serbia = load("samples/serbia.yaml");
        Briefing macedonia = load("src/test/resources/models/north-macedonia.yaml");
        Briefing kyrgyzstan = load("samples/kyrgyzstan.yaml");

        // each alone, on fonts that have measured nothing yet
        byte[] serbianAlone = fresh().render(serbia, "sr-Cyrl", Format.PDF, Paper.A4);
        byte[] englishAlone = fresh().render(kyrgyzstan, "en", Format.PDF, Paper.A4);

        // after other editions, among them those set in the Serbian and Macedonian italics
        Renderer shared = fresh();
        shared.render(kyrgyzstan, "ru", Format.PDF, Paper.A4);
        shared.render(macedonia, "mk", Format.PDF, Paper.A4);
        assertThat(shared.render(serbia, "sr-Cyrl", Format.PDF, Paper.A4)).isEqualTo(serbianAlone);
        assertThat(shared.render(kyrgyzstan, "en", Format.PDF, Paper.A4)).isEqualTo(englishAlone);
    }

    private static Renderer fresh() {
        return new Renderer(TemplateSet.bundled(), FontSet.load(), "test");
    }

    private static Briefing load(String file) throws Exception {
        return new ModelLoader(Renderer.loadOptions(FontSet.bundled())).load(Path.of(file)).briefing();
    }
}
