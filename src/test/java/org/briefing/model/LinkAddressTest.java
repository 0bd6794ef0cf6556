package org.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any address a model may hold becomes a URI that means the same address. */
class LinkAddressTest {
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
        String uri = LinkAddress.uri(href);
        URI parsed = new URI(uri); // throws for what Word, POI and PDF readers would refuse
        assertThat(parsed.getScheme()).isEqualTo(href.substring(0, href.indexOf(':')));
        assertThat(uri).isASCII();
        // decoding gives the address back, with the escapes it already had left as they were
        String original = href.replaceAll("%(?![0-9A-Fa-f]{2})", "%25");
        assertThat(URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(URLDecoder.decode(original.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.state.gov/trafficking-in-persons-report/", "mailto:a@b.org",
        "https://example.org/a%20b?c=d&e=f#g"})
    void aUriIsKeptAsItIs(String href) {
        assertThat(LinkAddress.uri(href)).isEqualTo(href);
    }
}
