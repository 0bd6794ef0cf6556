package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.briefing.TestModels;
import org.briefing.html.TemplateException;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.pdf.FontSet;
import org.briefing.pdf.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A model's pictures in every format, described in every language, embedded once; and every way
 * a picture file can be hostile, refused in one line with its place in the model.
 */
class PicturesTest {
    private static final Renderer RENDERER = Renderer.bundled("test");
    private static final Path SAMPLE_PICTURE = Path.of("samples/kazakhstan-referral.png");

    @TempDir
    Path dir;

    private static String withPicture(String file) {
        return TestModels.VALID.replace("achievements:", """
                pictures:
                  - file: %s
                    alt: {en: Four numbered steps, ru: Четыре пронумерованных шага, ky: Төрт номерленген кадам}
                    caption: {en: The steps, ru: Шаги, ky: Кадамдар}
                  - file: %s
                    alt: {en: The same steps again, ru: Те же шаги, ky: Ошол эле кадамдар}
                achievements:""".formatted(file, file));
    }

    private Briefing load(String yaml) throws Exception {
        Path model = TestModels.write(dir, "m.yaml", yaml);
        return new ModelLoader(RENDERER.loadOptions()).load(model).briefing();
    }

    @Test
    void thePdfHasEachPictureAsAFigureDescribedInTheEditionsLanguageAndEachFileEmbeddedOnce() throws Exception {
        Files.copy(SAMPLE_PICTURE, dir.resolve("steps.png"));
        Briefing briefing = load(withPicture("steps.png"));
        byte[] pdf = RENDERER.render(briefing, "ru", Format.PDF, Paper.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
            assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
                    .containsExactly("Четыре пронумерованных шага", "Те же шаги");
            List<COSName> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getWidth()).isEqualTo(1200);
                        images.add(name);
                    }
                }
            }
            assertThat(images).as("the same file shown twice is one image").hasSize(1);
            // 1,200 pixels are 900 pt at 96 per inch: drawn within the margins (the left one mirrored)
            float page = document.getPage(0).getMediaBox().getWidth();
            assertThat(drawnAt(pdf)).hasSize(2).allSatisfy(at -> assertThat(at[0] + at[1])
                    .isGreaterThan(page / 2).isLessThanOrEqualTo(page - at[0] + 1));
        }
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    /** Where each picture is drawn ({left, width}), from the page's content stream. */
    private static List<float[]> drawnAt(byte[] pdf) throws Exception {
        List<float[]> drawn = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String content = new String(document.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher image = java.util.regex.Pattern
                    .compile("([\\d.]+) 0 0 (-?[\\d.]+) ([\\d.-]+) [\\d.-]+ cm\\s*/\\w+ Do").matcher(content);
            while (image.find()) {
                drawn.add(new float[] {Float.parseFloat(image.group(3)), Float.parseFloat(image.group(1))});
            }
        }
        return drawn;
    }

    @Test
    void theDocxShowsEachPictureWithItsDescriptionOneMediaFileAndTheCaption() throws Exception {
        Files.copy(SAMPLE_PICTURE, dir.resolve("steps.png"));
        Briefing briefing = load(withPicture("steps.png"));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                RENDERER.render(briefing, "ky", Format.DOCX, Paper.A4)))) {
            List<XWPFPicture> pictures = new ArrayList<>();
            docx.getParagraphs().forEach(p -> p.getRuns().stream().map(XWPFRun::getEmbeddedPictures)
                    .forEach(pictures::addAll));
            assertThat(pictures).extracting(XWPFPicture::getDescription)
                    .containsExactly("Төрт номерленген кадам", "Ошол эле кадамдар");
            assertThat(pictures.get(0).getWidth()).as("points, fitted to the text width").isBetween(300.0, 500.0);
            assertThat(docx.getAllPictures()).as("one media file").hasSize(1);
            assertThat(docx.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("FigureCaption");
                assertThat(p.getText()).isEqualTo("Кадамдар");
            });
        }
    }

    @Test
    void theHtmlHoldsThePictureItselfWithItsAlternativeText() throws Exception {
        Files.copy(SAMPLE_PICTURE, dir.resolve("steps.png"));
        String html = new String(RENDERER.render(load(withPicture("steps.png")), "en", Format.HTML, Paper.A4),
                StandardCharsets.UTF_8);
        assertThat(html).contains("src=\"data:image/png;base64,").contains("alt=\"Four numbered steps\"")
                .contains("<figcaption");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.png", "/etc/passwd.png", "https://example.org/map.png", "sub/../../x.png",
        "file:///etc/passwd", "missing.png", "link-out.png", "text.png", "photo.jpg", "bomb.png", "drawing.svg",
        "folder.png"})
    void aHostilePictureIsRefusedInOneLineWithItsPlace(String file) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(SAMPLE_PICTURE, outside.resolve("real.png"));
        Files.createSymbolicLink(models.resolve("link-out.png"), outside.resolve("real.png"));
        Files.writeString(models.resolve("text.png"), "not a picture at all");
        Files.copy(SAMPLE_PICTURE, models.resolve("photo.jpg"));
        Files.write(models.resolve("bomb.png"), pngClaiming(100_000, 100_000));
        Files.writeString(models.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script><image href=\"file:///etc/passwd\"/></svg>");
        Files.createDirectories(models.resolve("folder.png"));
        Path model = TestModels.write(models, "m.yaml", withPicture(file));

        assertThatThrownBy(() -> new ModelLoader(RENDERER.loadOptions()).load(model))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    String line = e.problems().get(0).format();
                    assertThat(line).startsWith(model + ":").contains(": pictures[0].file: ").doesNotContain("\n")
                            .contains(file.replace("file:///etc/passwd", "file:"));
                });
    }

    @Test
    void aPictureWithoutItsAlternativeTextInEveryLanguageIsAnError() throws Exception {
        Files.copy(SAMPLE_PICTURE, dir.resolve("steps.png"));
        String yaml = withPicture("steps.png").replace(", ky: Төрт номерленген кадам", "");
        assertThatThrownBy(() -> load(yaml)).isInstanceOfSatisfying(ModelException.class, e ->
                assertThat(e.problems().get(0).format()).contains("pictures[0].alt.ky"));
        String noAlt = TestModels.VALID.replace("achievements:", "pictures:\n  - file: steps.png\nachievements:");
        assertThatThrownBy(() -> load(noAlt)).isInstanceOfSatisfying(ModelException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> assertThat(p.format()).contains("pictures[0]")
                        .contains("alt")));
    }

    /** The bundled templates in {@code folder}, with {@code img} put at the start of the title block. */
    private static Renderer templatesWith(Path folder, String img) throws Exception {
        Files.createDirectories(folder.resolve("messages"));
        String page = new String(TemplateSet.bundled().read("briefing.html").orElseThrow(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("briefing.html"), page.replace("<div class=\"title-block\">",
                "<div class=\"title-block\">\n    <p class=\"kicker\">" + img + "</p>"));
        Files.write(folder.resolve("briefing.css"), TemplateSet.bundled().read("briefing.css").orElseThrow());
        for (String language : List.of("en", "ru", "ky")) {
            String bundle = "messages/messages_" + language + ".properties";
            Files.write(folder.resolve(bundle), TemplateSet.bundled().read(bundle).orElseThrow());
        }
        return new Renderer(TemplateSet.directory(folder), FontSet.bundled(), "test");
    }

    @Test
    void anEmblemOfTheTemplateFolderIsAPictureOfEveryFormat() throws Exception {
        Path folder = dir.resolve("house");
        Files.createDirectories(folder);
        Files.copy(SAMPLE_PICTURE, folder.resolve("emblem.png"));
        Renderer house = templatesWith(folder, "<img src=\"emblem.png\" alt=\"Emblem of the office\" "
                + "style=\"width: 120px\"/>");
        Briefing briefing = load(TestModels.VALID);
        try (PDDocument pdf = Loader.loadPDF(house.render(briefing, "en", Format.PDF, Paper.A4))) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
            assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
                    .containsExactly("Emblem of the office");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                house.render(briefing, "en", Format.DOCX, Paper.A4)))) {
            assertThat(docx.getAllPictures()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=\"https://example.org/logo.png\" alt=\"x\"/>",
        "<img src=\"../outside.png\" alt=\"x\"/>", "<img src=\"emblem.png\"/>",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\"/>", "<img src=\"picture:7\" alt=\"x\"/>"})
    void aTemplatePictureFromElsewhereOrWithoutAlternativeTextIsAnError(String img) throws Exception {
        Path folder = dir.resolve("house");
        Files.createDirectories(folder);
        Files.copy(SAMPLE_PICTURE, folder.resolve("emblem.png"));
        Files.copy(SAMPLE_PICTURE, dir.resolve("outside.png"));
        Renderer house = templatesWith(folder, img);
        Briefing briefing = load(TestModels.VALID);
        assertThatThrownBy(() -> house.render(briefing, "en", Format.PDF, Paper.A4))
                .isInstanceOf(TemplateException.class).hasMessageContaining("<img src=");
    }

    /** A PNG whose header says it is {@code width} × {@code height} pixels, with almost no data. */
    private static byte[] pngClaiming(int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    out.add(element);
                }
                collect(element, type, out);
            }
        }
    }
}
