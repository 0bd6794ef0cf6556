package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.docx.DocxParts.w;
import static org.briefing.docx.DocxParts.wAttr;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.briefing.pdf.FontSet;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Word structure of the canonical sample: styles, numbering, fields, language, properties, page. */
class DocxStructureTest {
    private static final Editions.Edition RU = Editions.canonical("ru");

    /**
     * The edition's language is the styles' default, and no run of body, header or footer names
     * one of its own: staff who change the language change it in one place.
     */
    @ParameterizedTest
    @CsvSource({"en, en-US", "ru, ru-RU", "ky, ky-KG"})
    void theLanguageIsInTheStylesAndNoRunNamesItsOwn(String language, String wordTag) {
        byte[] docx = Editions.canonical(language).docx();
        Map<String, byte[]> parts = DocxParts.unzip(docx);
        List<String> textParts = parts.keySet().stream()
                .filter(name -> name.matches("word/(document|header\\d+|footer\\d+)\\.xml")).toList();
        assertThat(textParts).contains("word/document.xml", "word/header1.xml", "word/footer1.xml");
        for (String name : textParts) {
            List<Element> runs = w(DocxParts.parse(parts.get(name)), "r");
            assertThat(runs).as(name).isNotEmpty().allSatisfy(run ->
                    assertThat(w(run, "lang")).as("w:lang of a run in %s", name).isEmpty());
        }
        Document styles = DocxParts.part(docx, "word/styles.xml");
        Element defaults = w(styles, "rPrDefault").get(0);
        assertThat(w(styles, "lang")).hasSize(1);
        assertThat(wAttr(w(defaults, "lang").get(0), "val")).isEqualTo(wordTag);
    }

    /**
     * As in the PDF: the banner alone atop the first page; from page 2 the banner, and under it the
     * short title left and the date right (a style of its own, whose only tab is the right one); at
     * the foot of every page the banner and right of it "page X of Y". Until Word computes the
     * fields, they show the page each footer first stands on (1 on the first page's, 2 on the
     * others') of as many pages as the PDF has.
     */
    @Test
    void headerAndFooterCarryTheBannerTheRunningHeaderAndLivePageFields() throws Exception {
        String classification = RU.briefing().classification().in("ru").orElseThrow();
        assertThat(classification).isNotBlank();
        try (XWPFDocument docx = RU.open()) {
            var policy = docx.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader().getText().strip()).isEqualTo(classification);
            var header = policy.getDefaultHeader().getParagraphs();
            assertThat(header).hasSize(2);
            assertThat(header.get(0).getText()).isEqualTo("\t" + classification);
            assertThat(spaces(header.get(1).getText()))
                    .isEqualTo(RU.view().shortTitle().line() + "\t" + spaces(RU.view().date()));
            assertThat(Editions.styleName(docx, header.get(1))).isEqualTo("Running Header");
            for (XWPFFooter footer : List.of(policy.getFirstPageFooter(), policy.getDefaultFooter())) {
                assertThat(footer.getParagraphs()).as("banner and page number on one line").hasSize(1);
                String[] label = RU.label("footer.pages").split("\\{page}|\\{pages}");
                assertThat(footer.getText()).startsWith("\t" + classification + "\t" + label[0]);
            }
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        }
        Document styles = DocxParts.part(RU.docx(), "word/styles.xml");
        Element running = w(styles, "style").stream()
                .filter(style -> wAttr(style, "styleId").equals("RunningHeader")).findFirst().orElseThrow();
        assertThat(w(running, "tab")).extracting(tab -> wAttr(tab, "val")).containsExactly("right");
        int pages;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Editions.RENDERER.render(RU.briefing(), "ru", Format.PDF,
                Paper.A4))) {
            pages = pdf.getNumberOfPages();
        }
        assertThat(pages).isGreaterThan(1);
        // footer1 is the later pages', footer2 the first page's
        for (String part : List.of("word/footer1.xml", "word/footer2.xml")) {
            Document footerXml = DocxParts.part(RU.docx(), part);
            List<String> instructions = w(footerXml, "instrText").stream().map(e -> e.getTextContent().strip())
                    .toList();
            assertThat(instructions).containsExactly("PAGE", "NUMPAGES");
            assertThat(w(footerXml, "fldChar").stream().map(e -> wAttr(e, "fldCharType")).toList())
                    .containsExactly("begin", "separate", "end", "begin", "separate", "end");
            List<String> shown = w(footerXml, "t").stream().map(Element::getTextContent).toList();
            String page = part.equals("word/footer2.xml") ? "1" : "2";
            assertThat(shown).as(part).containsSubsequence(page, String.valueOf(pages));
        }
        assertThat(DocxParts.part(RU.docx(), "word/footer2.xml").getDocumentElement().getTextContent())
                .as("the first page's footer").isNotEqualTo(DocxParts.part(RU.docx(), "word/footer1.xml")
                        .getDocumentElement().getTextContent());
    }

    @Test
    void withoutAClassificationTheFirstPageHasNoHeader() throws Exception {
        Editions.Edition unclassified = Editions.all()
                .filter(e -> e.briefing().classification() == null).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(unclassified != null, "every sample has a classification");
        try (XWPFDocument docx = unclassified.open()) {
            var policy = docx.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader()).isNull();
            assertThat(spaces(policy.getDefaultHeader().getText().stripTrailing()))
                    .isEqualTo(unclassified.view().runningTitle().line() + "\t" + spaces(unclassified.view().date()));
        }
    }

    /** Word opens it as a current document: no Compatibility Mode, no offer to convert it on save. */
    @ParameterizedTest
    @CsvSource({"en, en-US", "ky, ky-KG"})
    void settingsAreThoseOfACurrentWord(String language, String wordTag) {
        Document settings = DocxParts.part(Editions.canonical(language).docx(), "word/settings.xml");
        Map<String, String> compat = w(settings, "compatSetting").stream()
                .filter(setting -> wAttr(setting, "uri").equals("http://schemas.microsoft.com/office/word"))
                .collect(Collectors.toMap(setting -> wAttr(setting, "name"), setting -> wAttr(setting, "val")));
        assertThat(compat).containsEntry("compatibilityMode", "15");
        assertThat(wAttr(w(settings, "defaultTabStop").get(0), "val")).isEqualTo("720");
        assertThat(wAttr(w(settings, "themeFontLang").get(0), "val")).isEqualTo(wordTag);
    }

    @Test
    void corePropertiesComeFromTheModel() throws Exception {
        var view = RU.view();
        try (XWPFDocument docx = RU.open()) {
            var core = docx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(view.title().line());
            assertThat(core.getSubject()).contains(view.countryName().line());
            assertThat(core.getKeywords()).contains(view.countryName().line(), view.id());
            assertThat(core.getCreator()).isEqualTo(view.issuer().line())
                    .isEqualTo("Посольство США в Кыргызской Республике");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("ru-RU");
            assertThat(core.getCreated().toInstant().toString()).startsWith(view.dateIso());
            assertThat(core.getModified()).isEqualTo(core.getCreated());
        }
    }

    @Test
    void stylesAreProperlyDefinedWithWordsBuiltInNames() throws Exception {
        FontSet fonts = Editions.RENDERER.fonts();
        try (XWPFDocument docx = RU.open()) {
            List<CTStyle> styles = docx.getStyle().getStyleList();
            Set<String> ids = styles.stream().map(CTStyle::getStyleId).collect(Collectors.toSet());
            assertThat(ids).hasSize(styles.size());
            for (CTStyle style : styles) {
                assertThat(style.getName()).as("name of %s", style.getStyleId()).isNotNull();
                if (style.getBasedOn() != null) {
                    assertThat(ids).as("basedOn of %s", style.getStyleId()).contains(style.getBasedOn().getVal());
                }
                if (style.getNext() != null) {
                    assertThat(ids).as("next of %s", style.getStyleId()).contains(style.getNext().getVal());
                }
            }
            Map<String, CTStyle> byName = styles.stream()
                    .collect(Collectors.toMap(s -> s.getName().getVal(), s -> s));
            assertThat(byName).containsKeys("Normal", "Title", "Subtitle", "heading 1", "heading 2", "Body Text",
                    "Lead", "Briefing Meta", "List Bullet", "List Number", "Quote", "Quote Attribution", "Hyperlink");
            for (int level = 1; level <= 2; level++) {
                CTStyle heading = byName.get("heading " + level);
                assertThat(heading.getStyleId()).isEqualTo("Heading" + level);
                assertThat(heading.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
                assertThat(heading.getPPr().isSetKeepNext()).as("keep with next").isTrue();
                assertThat(heading.getRPr().getRFontsArray(0).getAscii()).isEqualTo(fonts.officeFamily(FontSet.SANS));
            }
            assertThat(byName.get("Hyperlink").getType().toString()).isEqualTo("character");
            var defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            assertThat(List.of(defaults.getAscii(), defaults.getHAnsi(), defaults.getCs()))
                    .containsOnly(fonts.officeFamily(FontSet.SERIF));
        }
    }

    @Test
    void listsHaveRealNumberingAndEachListItsOwnInstanceFromOne() throws Exception {
        try (XWPFDocument docx = RU.open()) {
            var numbering = docx.getNumbering();
            Set<BigInteger> bulletLists = DocxContentTest.numIds(docx, "List Bullet");
            Set<BigInteger> numberLists = DocxContentTest.numIds(docx, "List Number");
            assertThat(bulletLists).as("achievements and links are two lists").hasSize(2);
            assertThat(numberLists).hasSize(1);
            Set<BigInteger> all = new HashSet<>(bulletLists);
            all.addAll(numberLists);
            assertThat(all).hasSize(3);
            for (BigInteger numId : all) {
                CTNum num = numbering.getNum(numId).getCTNum();
                assertThat(num.getLvlOverrideArray(0).getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
                CTAbstractNum look = numbering.getAbstractNum(num.getAbstractNumId().getVal()).getCTAbstractNum();
                String format = look.getLvlArray(0).getNumFmt().getVal().toString();
                assertThat(format).isEqualTo(numberLists.contains(numId) ? "decimal" : "bullet");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"A4, 11906, 16838", "LETTER, 12240, 15840"})
    void pageSizeFollowsThePaperAndMarginsTheStylesheet(Paper paper, int width, int height) {
        byte[] docx = Editions.RENDERER.render(RU.briefing(), "ru", Format.DOCX, paper);
        Element size = w(DocxParts.part(docx, "word/document.xml"), "pgSz").get(0);
        assertThat(List.of(wAttr(size, "w"), wAttr(size, "h"))).containsExactly("" + width, "" + height);
        Element margins = w(DocxParts.part(docx, "word/document.xml"), "pgMar").get(0);
        // briefing.css: @page { margin: 25mm 30mm 24mm 30mm }
        assertThat(List.of(wAttr(margins, "top"), wAttr(margins, "right"), wAttr(margins, "bottom"),
                wAttr(margins, "left"))).containsExactly(twips(25), twips(30), twips(24), twips(30));
    }

    /**
     * What an OPC reader relies on: the content types first, one for every part, every internal
     * relationship pointing at a part that exists, and no part left unreachable.
     */
    @Test
    void packageIsConsistent() throws Exception {
        byte[] docx = RU.docx();
        List<String> order = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                order.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
            }
        }
        assertThat(order.get(0)).isEqualTo("[Content_Types].xml");
        Map<String, byte[]> parts = DocxParts.unzip(docx);
        Set<String> overridden = new HashSet<>();
        var overrides = DocxParts.part(docx, "[Content_Types].xml").getElementsByTagName("Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            overridden.add(((Element) overrides.item(i)).getAttribute("PartName").substring(1));
        }
        Set<String> xmlParts = parts.keySet().stream().filter(n -> n.endsWith(".xml") && !n.startsWith("["))
                .collect(Collectors.toSet());
        assertThat(overridden).isEqualTo(xmlParts);
        Set<String> reached = new HashSet<>();
        for (String rels : parts.keySet().stream().filter(n -> n.endsWith(".rels")).toList()) {
            String folder = rels.substring(0, rels.indexOf("_rels/"));
            var relationships = DocxParts.parse(parts.get(rels)).getElementsByTagName("Relationship");
            for (int i = 0; i < relationships.getLength(); i++) {
                Element relationship = (Element) relationships.item(i);
                if (!"External".equals(relationship.getAttribute("TargetMode"))) {
                    String target = folder + relationship.getAttribute("Target");
                    assertThat(parts).as(rels + " -> " + target).containsKey(target);
                    reached.add(target);
                }
            }
        }
        assertThat(reached).isEqualTo(xmlParts);
    }

    @Test
    void theSameInputGivesTheSameBytesAtAnotherTime() throws Exception {
        byte[] first = Editions.RENDERER.render(RU.briefing(), "ru", Format.DOCX, Paper.A4);
        Thread.sleep(2100); // zip entry times have a resolution of two seconds
        byte[] second = Editions.RENDERER.render(RU.briefing(), "ru", Format.DOCX, Paper.A4);
        assertThat(second).isEqualTo(first);
    }

    private static String twips(int millimetres) {
        return String.valueOf(Math.round(millimetres / 25.4 * 1440));
    }

    /** {@code text} with the typesetting pass's no-break spaces as the model's spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
