package org.briefing.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The pass over an edition's XHTML: paragraphs as one text, each language by its rules, addresses untouched. */
class XhtmlTypesettingTest {
    private static String typeset(String lang, String body) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\"><head><title>\"t\"</title>"
                + "</head><body>" + body + "</body></html>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        XhtmlTypesetting.apply(document);
        StringWriter out = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(out));
        String body1 = out.toString();
        return body1.substring(body1.indexOf("<body>") + 6, body1.indexOf("</body>"))
                .replace(Typesetter.NO_BREAK_SPACE, '~').replace(Typesetter.WORD_JOINER, '^');
    }

    @Test
    void aQuotationOpenedInOneRunAndClosedInAnotherPairsUp() throws Exception {
        assertThat(typeset("ru", "<p>Он сказал \"<em>привет</em>\" всем</p>"))
                .isEqualTo("<p>Он сказал «<em>привет</em>» всем</p>");
    }

    @Test
    void aOneLetterWordBeforeEmphasisStaysWithIt() throws Exception {
        assertThat(typeset("ru", "<p>Он был в <strong>Москве</strong></p>"))
                .isEqualTo("<p>Он был в~<strong>Москве</strong></p>");
    }

    @Test
    void eachTextFollowsItsOwnLanguage() throws Exception {
        assertThat(typeset("ru", "<p>\"Да\" и <span lang=\"en\">\"yes\" a b</span></p>"))
                .isEqualTo("<p>«Да» и~<span lang=\"en\">“yes” a b</span></p>");
    }

    @Test
    void addressesAndTheHeadAreLeftAlone() throws Exception {
        String body = "<p><a href=\"https://example.org/a-1999-2000\">https://example.org/a-1999-2000</a>"
                + "<br/><span class=\"url\">https://x.org/\"q\" 1 000</span></p>";
        assertThat(typeset("en", body)).isEqualTo(body);
    }

    @Test
    void aCitedTitleIsQuotedUprightInRussianAndItalicInEnglish() throws Exception {
        assertThat(typeset("ru", "<p>Источник: <cite>Доклад о торговле людьми</cite>, Госдеп</p>"))
                .isEqualTo("<p>Источник: «<cite class=\"quoted\">Доклад о~торговле людьми</cite>», Госдеп</p>");
        assertThat(typeset("en", "<p>Source: <cite>Trafficking in Persons Report</cite></p>"))
                .isEqualTo("<p>Source: <cite>Trafficking in Persons Report</cite></p>");
        assertThat(typeset("ru", "<p><cite>«Доклад»</cite></p>")).as("already quoted")
                .isEqualTo("<p><cite>«Доклад»</cite></p>");
    }

    @Test
    void nestedBlocksAreTypesetOnTheirOwn() throws Exception {
        assertThat(typeset("uk", "<table><tr><td>з нами</td><td lang=\"en\">\"a\" b</td></tr></table>"))
                .isEqualTo("<table><tr><td>з~нами</td><td lang=\"en\">“a” b</td></tr></table>");
    }
}
