package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The layout's own declarations go into a style attribute and come out again, leaving the rest. */
class LayoutMarksTest {
    private static Document document() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element body = document.createElement("body");
        document.appendChild(body);
        for (String id : new String[] {"a", "b", "c"}) {
            Element section = document.createElement("section");
            section.setAttribute("id", id);
            section.appendChild(document.createElement("h2"));
            body.appendChild(section);
        }
        return document;
    }

    private static Element section(Document document, int index) {
        return (Element) document.getElementsByTagName("section").item(index);
    }

    @Test
    void aDeclarationAddedIsRemovedWithItsSeparatorAndTheOthersStay() throws Exception {
        Element section = section(document(), 0);
        section.setAttribute("style", "color: red;");
        LayoutMarks.add(section, LayoutMarks.BREAK_BEFORE);
        assertThat(section.getAttribute("style")).isEqualTo("color: red; page-break-before: always");
        LayoutMarks.remove(section, LayoutMarks.BREAK_BEFORE);
        assertThat(section.getAttribute("style")).isEqualTo("color: red");
        LayoutMarks.remove(section, "color: red");
        assertThat(section.hasAttribute("style")).as("an empty style goes").isFalse();
    }

    @Test
    void widowsSetAgainReplaceTheEarlierOnes() throws Exception {
        Element paragraph = section(document(), 0);
        assertThat(LayoutMarks.widows(paragraph)).isZero();
        LayoutMarks.add(paragraph, LayoutMarks.NO_SPACE_ABOVE);
        LayoutMarks.setWidows(paragraph, 40);
        LayoutMarks.setWidows(paragraph, LayoutMarks.widows(paragraph) + 1);
        assertThat(paragraph.getAttribute("style")).isEqualTo("margin-top: 0; widows: 41");
    }

    @Test
    void releasingAfterAnElementLeavesItAndWhatComesBefore() throws Exception {
        Document document = document();
        for (int i = 0; i < 3; i++) {
            LayoutMarks.add(section(document, i), LayoutMarks.BREAK_BEFORE);
            LayoutMarks.add((Element) section(document, i).getFirstChild(), LayoutMarks.NO_SPACE_ABOVE);
        }
        LayoutMarks.releaseAfter(document, section(document, 1));
        assertThat(LayoutMarks.has(section(document, 0), LayoutMarks.BREAK_BEFORE)).isTrue();
        assertThat(LayoutMarks.has(section(document, 1), LayoutMarks.BREAK_BEFORE)).isTrue();
        assertThat(LayoutMarks.has((Element) section(document, 1).getFirstChild(), LayoutMarks.NO_SPACE_ABOVE))
                .as("inside the element changed").isTrue();
        assertThat(section(document, 2).hasAttribute("style")).isFalse();
        assertThat(((Element) section(document, 2).getFirstChild()).hasAttribute("style")).isFalse();
        LayoutMarks.releaseAll(document);
        assertThat(document.getElementsByTagName("*").getLength()).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            assertThat(((Element) document.getElementsByTagName("*").item(i)).hasAttribute("style")).isFalse();
        }
    }

    @Test
    void theSpaceUnderASectionGoesAndComesBackWithTheBreakAfterIt() throws Exception {
        Document document = document();
        for (int i = 1; i < 3; i++) {
            LayoutMarks.add(section(document, i), LayoutMarks.BREAK_BEFORE);
            LayoutMarks.add(section(document, i - 1), LayoutMarks.NO_SPACE_BELOW);
        }
        LayoutMarks.releaseAfter(document, section(document, 1));
        assertThat(LayoutMarks.has(section(document, 0), LayoutMarks.NO_SPACE_BELOW))
                .as("under the section before a break kept").isTrue();
        assertThat(section(document, 1).getAttribute("style")).as("the section changed, before a break taken back")
                .isEqualTo(LayoutMarks.BREAK_BEFORE);
        assertThat(section(document, 2).hasAttribute("style")).isFalse();
        LayoutMarks.releaseAll(document);
        assertThat(document.getElementsByTagName("*").getLength()).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            assertThat(((Element) document.getElementsByTagName("*").item(i)).hasAttribute("style")).isFalse();
        }
    }
}
