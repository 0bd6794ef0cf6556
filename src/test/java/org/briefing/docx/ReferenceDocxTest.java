package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.html.TemplateSet;
import org.briefing.pdf.FontSet;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** {@code --reference-docx}: a house-style document's styles and page setup, and bad files refused. */
class ReferenceDocxTest {
    private static final Editions.Edition RU = Editions.canonical("ru");
    private static final String HOUSE_FONT = "Georgia";
    private static final String HOUSE_RED = "C00000";

    @TempDir
    Path folder;

    @Test
    void houseStylesAndPageSetupReplaceOursAndMissingStylesAreAdded() throws Exception {
        Path house = houseStyle(folder.resolve("house.docx"));
        byte[] bytes = rendererWith(house).render(RU.briefing(), "ru", Format.DOCX, Paper.A4);
        try (XWPFDocument docx = Editions.open(bytes)) {
            CTStyle heading = docx.getStyles().getStyleWithName("heading 1").getCTStyle();
            // the house document's id for the name, so Word links its own heading to ours
            assertThat(heading.getStyleId()).isEqualTo("Ueberschrift1");
            assertThat(heading.getRPr().getRFontsArray(0).getAscii()).isEqualTo(HOUSE_FONT);
            assertThat(heading.getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo(HOUSE_RED);
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Ueberschrift1".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).contains(RU.label("section.achievements"), RU.label("section.recommendations"));
            for (String added : List.of("List Bullet", "List Number", "Quote", "Briefing Meta", "Title")) {
                assertThat(docx.getStyles().getStyleWithName(added)).as(added).isNotNull();
            }
            assertThat(Editions.textsIn(docx, "Title")).containsExactly(RU.view().title().line());
        }
        var document = DocxParts.part(bytes, "word/document.xml");
        var size = DocxParts.w(document, "pgSz").get(0);
        assertThat(List.of(DocxParts.wAttr(size, "w"), DocxParts.wAttr(size, "h"))).containsExactly("12240", "15840");
        assertThat(DocxParts.wAttr(DocxParts.w(document, "pgMar").get(0), "left")).isEqualTo("1800");
    }

    @Test
    void theSameReferenceGivesTheSameBytes() throws Exception {
        Renderer renderer = rendererWith(houseStyle(folder.resolve("house.docx")));
        assertThat(renderer.render(RU.briefing(), "ru", Format.DOCX, Paper.A4))
                .isEqualTo(renderer.render(RU.briefing(), "ru", Format.DOCX, Paper.A4));
    }

    @Test
    void aFileThatIsNotADocxIsRefusedInOneLine() throws Exception {
        Path text = Files.writeString(folder.resolve("house.docx"), "not a zip at all");
        assertThatThrownBy(() -> rendererWith(text))
                .isInstanceOf(DocxException.class)
                .hasMessageStartingWith(text.toString())
                .hasMessageContaining("not a Word document")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aZipBombIsRefusedInOneLine() throws Exception {
        Path bomb = folder.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < 40; i++) {
                zip.write(spaces); // 40 MB of spaces deflate to some 40 kB
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThatThrownBy(() -> rendererWith(bomb))
                .isInstanceOf(DocxException.class)
                .hasMessageStartingWith(bomb.toString())
                .hasMessageContaining("zip-bomb")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Every refusal of a house document is one plain line naming it, never a library's class. */
    private static void assertRefusedInOneLine(Path file, String reason) {
        assertThatThrownBy(() -> rendererWith(file))
                .isInstanceOf(DocxException.class)
                .hasMessage(file + ": not a usable reference DOCX: " + reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("org.apache")
                        .doesNotContain("Exception"));
    }

    /** A minimal DOCX with the given styles part (and optionally other entries), as Word would lay it out. */
    private Path house(String name, String styles, String documentRelationshipsTarget, String... extra)
            throws Exception {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "</Types>"));
            entry(zip, "_rels/.rels", utf8(relationships("officeDocument", "word/document.xml")));
            entry(zip, "word/document.xml", utf8("<w:document xmlns:w=\"" + W + "\"><w:body><w:p/></w:body></w:document>"));
            entry(zip, "word/_rels/document.xml.rels", utf8(relationships("styles", documentRelationshipsTarget)));
            entry(zip, "word/styles.xml", utf8(styles));
            for (int i = 0; i + 1 < extra.length; i += 2) {
                entry(zip, extra[i], utf8(extra[i + 1]));
            }
        }
        return file;
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static String relationships(String type, String target) {
        return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static String styles(int count) {
        StringBuilder xml = new StringBuilder("<w:styles xmlns:w=\"" + W + "\">");
        for (int i = 0; i < count; i++) {
            xml.append("<w:style w:type=\"paragraph\" w:styleId=\"s").append(i).append("\"><w:name w:val=\"Style ")
                    .append(i).append("\"/></w:style>");
        }
        return xml.append("</w:styles>").toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Before, 20,000 tiny styles took tens of seconds per edition: each was looked up by walking the list. */
    @Test
    void tooManyStylesAreRefusedAndAsManyAsAllowedAreRead() throws Exception {
        assertRefusedInOneLine(house("many.docx", styles(20_000), "styles.xml"),
                "it defines 20000 styles, more than the " + ReferenceDocx.MAX_STYLES + " a house style could need");
        Renderer renderer = rendererWith(house("allowed.docx", styles(ReferenceDocx.MAX_STYLES), "styles.xml"));
        try (XWPFDocument docx = Editions.open(renderer.render(RU.briefing(), "ru", Format.DOCX, Paper.A4))) {
            assertThat(docx.getStyles().getStyleWithName("Style 3999")).isNotNull();
            assertThat(docx.getStyles().getStyleWithName("List Bullet")).isNotNull();
        }
    }

    /** Before, a styles part of 37 MB within the zip's entry limit ran the JVM out of memory. */
    @Test
    void aStylesPartLargerThanAHouseStyleNeedsIsRefusedBeforeItIsParsed() throws Exception {
        assertRefusedInOneLine(house("large.docx", styles(60_000), "styles.xml"),
                "its styles part is larger than 4096 kB unzipped, far more than a house style needs");
    }

    @Test
    void aDoctypeIsRefusedWithoutNamingTheParser() throws Exception {
        assertRefusedInOneLine(house("doctype.docx", "<?xml version=\"1.0\"?><!DOCTYPE w:styles [<!ENTITY x \"y\">]>"
                + "<w:styles xmlns:w=\"" + W + "\"/>", "styles.xml"),
                "its styles part declares a DTD (DOCTYPE), which a Word document never has");
    }

    @Test
    void aPartNamedOutsideThePackageIsRefused() throws Exception {
        assertRefusedInOneLine(house("outside.docx", styles(1), "../../styles.xml"),
                "its styles part is named outside its package (../)");
        assertRefusedInOneLine(house("absolute.docx", styles(1), "styles.xml", "/etc/passwd", "root"),
                "it has an entry named outside its package (an absolute path or ..)");
        assertRefusedInOneLine(house("missing.docx", styles(1), "nowhere.xml"),
                "its styles part is missing from the package");
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static Renderer rendererWith(Path reference) {
        return new Renderer(TemplateSet.bundled(), FontSet.bundled(), "test",
                DocxOptions.defaults().withReferenceDocx(reference));
    }

    /**
     * A house style as Word in another language might save it: Heading 1 under another id, in
     * Georgia and red, US Letter with wide side margins, and none of our other styles.
     */
    private static Path houseStyle(Path file) throws Exception {
        try (XWPFDocument house = new XWPFDocument()) {
            CTStyles styles = CTStyles.Factory.newInstance();
            CTStyle normal = styles.addNewStyle();
            normal.setType(STStyleType.PARAGRAPH);
            normal.setStyleId("Normal");
            normal.addNewName().setVal("Normal");
            CTStyle heading = styles.addNewStyle();
            heading.setType(STStyleType.PARAGRAPH);
            heading.setStyleId("Ueberschrift1");
            heading.addNewName().setVal("heading 1");
            heading.addNewBasedOn().setVal("Normal");
            heading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            var run = heading.addNewRPr();
            var fonts = run.addNewRFonts();
            fonts.setAscii(HOUSE_FONT);
            fonts.setHAnsi(HOUSE_FONT);
            run.addNewColor().setVal(HOUSE_RED);
            house.createStyles().setStyles(styles);
            house.createParagraph().createRun().setText("House style");
            var section = house.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(12240));
            section.getPgSz().setH(BigInteger.valueOf(15840));
            var margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1440));
            margins.setBottom(BigInteger.valueOf(1440));
            margins.setLeft(BigInteger.valueOf(1800));
            margins.setRight(BigInteger.valueOf(1800));
            margins.setHeader(BigInteger.valueOf(720));
            margins.setFooter(BigInteger.valueOf(720));
            margins.setGutter(BigInteger.ZERO);
            try (OutputStream out = Files.newOutputStream(file)) {
                house.write(out);
            }
        }
        return file;
    }
}
