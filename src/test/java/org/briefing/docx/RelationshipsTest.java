package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefing.TestModels;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Link targets: any address a model may hold becomes a URI that means the same address. */
class RelationshipsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.state.gov/trafficking-in-persons-report/",
        "https://example.org/search?q=tip|2020&x={a}&y=\"b\"&z=<c>&w=^`\\",
        "https://example.org/100%zz-and-%41-and-trailing-%",
        "https://ru.wikipedia.org/wiki/Кыргызстан#История",
        "https://example.org/a[0]=1",
        "https://[2001:db8::1]:8443/path?q=[x]",
        "mailto:press@example.org?subject=Брифинг|1"
    })
    void everyAddressBecomesAUriThatMeansIt(String href) throws Exception {
        String uri = Relationships.uri(href);
        URI parsed = new URI(uri); // throws where Word and POI would refuse the target
        assertThat(parsed.getScheme()).isEqualTo(href.substring(0, href.indexOf(':')));
        assertThat(uri).isASCII();
        // decoding gives the address back, with the escapes it already had left as they were
        String original = href.replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
        assertThat(URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(URLDecoder.decode(original.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    /** What the schema lets through renders in the DOCX too, as a link POI reads back. */
    @Test
    void aModelLinkThatIsNoUriStillRendersAsAWorkingLink(@TempDir Path dir) throws Exception {
        String href = "https://example.org/search?q=tip|2020&ru=Кыргызстан";
        String yaml = TestModels.VALID.replace("https://example.org/report", href);
        assertThat(yaml).contains(href);
        Briefing briefing = new ModelLoader(Editions.RENDERER.loadOptions())
                .load(TestModels.write(dir, "m.yaml", yaml)).briefing();
        try (XWPFDocument docx = Editions.open(Editions.RENDERER.render(briefing, "en", Format.DOCX, Paper.A4))) {
            assertThat(docx.getHyperlinks()).extracting(link -> URLDecoder.decode(link.getURL(), StandardCharsets.UTF_8))
                    .contains(href);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.state.gov/trafficking-in-persons-report/", "mailto:a@b.org",
        "https://example.org/a%20b?c=d&e=f#g"})
    void aValidUriIsKeptAsItIs(String href) {
        assertThat(Relationships.uri(href)).isEqualTo(href);
    }
}
