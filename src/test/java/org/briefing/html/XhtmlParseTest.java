package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Template output is parsed by one parser per thread: a failure leaves it fit for the next edition. */
class XhtmlParseTest {
    private static final String EDITION =
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ky\"><body><p>Кыргызстан</p></body></html>";

    @Test
    void readsTheOutputAsANamespacedDocument() {
        Document document = XhtmlRenderer.parse(EDITION);
        assertThat(document.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("ky");
        assertThat(document.getElementsByTagNameNS("*", "p").item(0).getTextContent()).isEqualTo("Кыргызстан");
    }

    @Test
    void namesTheLineWhereOutputIsNotWellFormedAndParsesTheNextOutputAfresh() {
        assertThatThrownBy(() -> XhtmlRenderer.parse("<html>\n<body><p>open</body></html>"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not well-formed XHTML at line 2");
        Document next = XhtmlRenderer.parse(EDITION);
        assertThat(next.getElementsByTagNameNS("*", "p").item(0).getTextContent()).isEqualTo("Кыргызстан");
    }

    @Test
    void refusesADocumentTypeAndItsEntitiesEveryTime() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body><p>&x;</p></body></html>";
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> XhtmlRenderer.parse(withEntity)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("DOCTYPE");
        }
        assertThat(XhtmlRenderer.parse(EDITION).getDocumentElement().getLocalName()).isEqualTo("html");
    }
}
