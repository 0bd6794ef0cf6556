package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code briefing import} as users and scripts run it: reports, dry runs, strictness, refusals. */
class ImportCommandTest {
    @TempDir
    Path dir;
    private Path model;
    private Path out;
    private Path docx;

    /** A batch run of a copy of the canonical sample: its model, output folder and Russian DOCX. */
    @BeforeEach
    void batch() {
        model = dir.resolve("models/kg.yaml");
        out = dir.resolve("out");
        try {
            Files.createDirectories(model.getParent());
            Files.copy(Path.of("samples/kyrgyzstan.yaml"), model);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliTest.Run run = CliTest.run("batch", model.getParent().toString(), "-o", out.toString(), "-f", "docx");
        assertThat(run.code()).as(run.err()).isZero();
        docx = out.resolve("kg/kg-tip-2020.ru.docx");
    }

    /** The batch's Russian DOCX, edited through POI. */
    private void edit(Consumer<XWPFDocument> edit) throws Exception {
        byte[] bytes = Files.readAllBytes(docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             OutputStream stream = Files.newOutputStream(docx)) {
            edit.accept(document);
            document.write(stream);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String containing) {
        return document.getParagraphs().stream().filter(p -> p.getText().contains(containing)).findFirst()
                .orElseThrow();
    }

    private void retitle() throws Exception {
        edit(document -> paragraph(document, "Правительство США отмечает").getRuns().get(0)
                .setText("Новый заголовок справки", 0));
    }

    @Test
    void theModelIsFoundThroughTheManifestAndEachChangeIsReportedWithItsWords() throws Exception {
        retitle();
        CliTest.Run run = CliTest.run("import", docx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("changed title (ru): [-Правительство").contains("{+Новый")
                .contains("now outdated in en, ky").contains("1 change written to");
        assertThat(Files.readString(model)).contains("  ru: Новый заголовок справки\n").contains("outdated: [en, ky]");
    }

    @Test
    void aDryRunReportsAndWritesNothing() throws Exception {
        retitle();
        byte[] before = Files.readAllBytes(model);
        CliTest.Run run = CliTest.run("import", docx.toString(), "--dry-run");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("changed title (ru)").contains("nothing written (--dry-run)");
        assertThat(Files.readAllBytes(model)).isEqualTo(before);
    }

    @Test
    void theJsonReportGivesScriptsEveryChangeAndItsWordDifference() throws Exception {
        retitle();
        CliTest.Run run = CliTest.run("import", docx.toString(), "--json", "--dry-run");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.get("language").asString()).isEqualTo("ru");
        assertThat(json.get("written").asBoolean()).isFalse();
        JsonNode change = json.get("changes").get(0);
        assertThat(change.get("kind").asString()).isEqualTo("changed");
        assertThat(change.get("path").asString()).isEqualTo("title");
        assertThat(change.get("after").asString()).isEqualTo("Новый заголовок справки");
        assertThat(change.get("outdated").toString()).isEqualTo("[\"en\",\"ky\"]");
        assertThat(change.get("difference").findValuesAsString("kind")).contains("delete", "insert");
    }

    @Test
    void withStrictTextThatCannotBeImportedStopsEverythingAndExitsOne() throws Exception {
        edit(document -> {
            paragraph(document, "Правительство США отмечает").getRuns().get(0).setText("Новый заголовок", 0);
            document.createParagraph().createRun().setText("Приписка в конце документа.");
        });
        byte[] before = Files.readAllBytes(model);
        CliTest.Run strict = CliTest.run("import", docx.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("not imported: paragraph").contains("Приписка в конце документа.");
        assertThat(Files.readAllBytes(model)).isEqualTo(before);

        CliTest.Run lenient = CliTest.run("import", docx.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.err()).contains("Приписка в конце документа.");
        assertThat(Files.readString(model)).contains("ru: Новый заголовок\n");
    }

    @Test
    void withoutAManifestEntryTheModelMustBeNamed() throws Exception {
        Path elsewhere = Files.copy(docx, dir.resolve("copy.docx"));
        CliTest.Run run = CliTest.run("import", elsewhere.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(elsewhere + ": cannot tell which model it was made from (no manifest "
                + "in its output folder records it); give --model FILE");
        assertThat(CliTest.run("import", elsewhere.toString(), "--model", model.toString()).code()).isZero();
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("not-a-zip", "not a Word document (a DOCX is a zip package)"),
                Arguments.of("no-document", "not a Word document (it has no word/document.xml)"),
                Arguments.of("doctype", "is not readable XML: it declares a DOCTYPE"),
                Arguments.of("zip-bomb", "expands far more than a document does when unzipped (zip-bomb protection)"),
                Arguments.of("huge-part", "is larger than 32 MB when unzipped"),
                Arguments.of("escaping-entry", "points outside the package"),
                Arguments.of("plain-word-document", "not a briefing DOCX (it does not say which model it was made from)"),
                Arguments.of("without-marks", "made by a version of briefing that did not mark its fields"),
                Arguments.of("other-model", "made from model 'kz-other', but"),
                Arguments.of("other-language", "its language 'de' is not among"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void aFileThatIsNotAnEditedBriefingIsRefusedInOneLineAndNothingIsWritten(String kind, String message)
            throws Exception {
        Path file = dir.resolve(kind + ".docx");
        Files.write(file, hostile(kind));
        byte[] before = Files.readAllBytes(model);
        CliTest.Run run = CliTest.run("import", file.toString(), "--model", model.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString().contains(message);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(model)).isEqualTo(before);
    }

    private byte[] hostile(String kind) throws Exception {
        return switch (kind) {
            case "not-a-zip" -> "just text, named .docx".getBytes(StandardCharsets.UTF_8);
            case "no-document" -> zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            case "doctype" -> zip("word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
                    + "\"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body>"
                    + "</w:document>").getBytes(StandardCharsets.UTF_8));
            case "zip-bomb" -> zip("word/document.xml", new byte[20 * 1024 * 1024]);
            case "huge-part" -> zip("word/document.xml", lowEntropy(40 * 1024 * 1024));
            case "escaping-entry" -> zip("../../word/document.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
            case "plain-word-document" -> {
                try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
                    document.createParagraph().createRun().setText("A memo written in Word.");
                    document.write(bytes);
                    yield bytes.toByteArray();
                }
            }
            case "without-marks" -> withProperties(props -> props.remove("Briefing Marks"));
            case "other-model" -> withProperties(props -> props.put("Briefing Model", "kz-other"));
            case "other-language" -> withProperties(props -> props.put("Briefing Language", "de"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The batch's DOCX with its custom properties changed. */
    private byte[] withProperties(Consumer<java.util.Map<String, String>> change) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var custom = document.getProperties().getCustomProperties();
            java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
            for (var property : custom.getUnderlyingProperties().getPropertyList()) {
                properties.put(property.getName(), property.getLpwstr());
            }
            change.accept(properties);
            custom.getUnderlyingProperties().setPropertyArray(null);
            properties.forEach(custom::addProperty);
            document.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Text that compresses only a few times over: large unzipped, yet no bomb. */
    private static byte[] lowEntropy(int size) {
        Random random = new Random(7);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(8));
        }
        return bytes;
    }
}
