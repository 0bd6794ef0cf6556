package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code briefing translations export} and {@code import} as translators' coordinators run them. */
class TranslationFilesCommandTest {
    @TempDir
    Path dir;
    private Path model;
    private Path xliff;

    /** A copy of the canonical sample with its first achievement's Kyrgyz text removed, and its export. */
    @BeforeEach
    void exportKyrgyz() throws Exception {
        model = dir.resolve("kg.yaml");
        String text = Files.readString(Path.of("samples/kyrgyzstan.yaml"));
        Files.writeString(model, text.replace("""
                    ky: >-
                      Жабырлануучуларды аныктоонун жана социалдык кызматтарды көрсөтүүнүн расмий тартибин
                      белгилеген Улуттук кайра жөнөтүү механизминин кабыл алынышы.
                """, ""));
        CliTest.Run run = CliTest.run("translations", "export", model.toString(), "--to", "ky", "-o",
                dir.resolve("out").toString());
        assertThat(run.code()).as(run.err()).isZero();
        xliff = dir.resolve("out/kg/kg-tip-2020.ky.xlf");
        assertThat(run.out()).contains("kg-tip-2020.ky.xlf: 1 texts to translate from en into ky");
    }

    private void translate(String translation) throws Exception {
        String text = Files.readString(xliff);
        Files.writeString(xliff, text.replace("<target state=\"needs-translation\"></target>",
                "<target state=\"translated\">" + translation + "</target>"));
    }

    @Test
    void aTranslationIsWrittenIntoItsModelAndTranslationsThenShowsNothingMissing() throws Exception {
        assertThat(CliTest.run("translations", model.toString()).out()).contains("achievements[0]");
        translate("Жабырлануучуларды аныктоо механизминин кабыл алынышы.");
        CliTest.Run run = CliTest.run("translations", "import", xliff.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("filled achievements[0]: Жабырлануучуларды аныктоо механизминин кабыл алынышы.")
                .contains("1 translation written to");
        assertThat(Files.readString(model)).contains("    ky: Жабырлануучуларды аныктоо механизминин кабыл алынышы.\n");
        CliTest.Run report = CliTest.run("translations", model.toString());
        assertThat(report.code()).isZero();
        assertThat(report.out()).contains("complete");
    }

    @Test
    void aDryRunWritesNothingAndJsonTellsScripts() throws Exception {
        translate("Котормо.");
        byte[] before = Files.readAllBytes(model);
        CliTest.Run run = CliTest.run("translations", "import", xliff.toString(), "--dry-run", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode file = JsonMapper.shared().readTree(run.out()).get("files").get(0);
        assertThat(file.get("written").asBoolean()).isFalse();
        assertThat(file.get("imported").get(0).get("id").asString()).isEqualTo("achievements[0]");
        assertThat(file.get("imported").get(0).get("kind").asString()).isEqualTo("filled");
        assertThat(Files.readAllBytes(model)).isEqualTo(before);
    }

    @Test
    void aUnitWhoseSourceChangedIsRefusedWithBothTextsAndTheRestIsImported() throws Exception {
        CliTest.Run all = CliTest.run("translations", "export", model.toString(), "--to", "ky", "--all", "-o",
                dir.resolve("out").toString());
        assertThat(all.code()).isZero();
        translate("Котормо.");
        String text = Files.readString(xliff);
        Files.writeString(xliff, text.replace("<target state=\"translated\">Кыргыз Республикасы</target>",
                "<target state=\"translated\">Кыргыз Республикасы!</target>"));
        Files.writeString(model, Files.readString(model).replace("title:\n  en: U.S. Government Recognizes",
                "title:\n  en: The U.S. Government Recognizes"));
        CliTest.Run run = CliTest.run("translations", "import", xliff.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(xliff.toString())
                + ":\\d+:\\d+: title: the source has changed since the file was made; not imported \\(the model has "
                + "\"The U.S. Government Recognizes");
        assertThat(Files.readString(model)).contains("ky: Котормо.").contains("ky: Кыргыз Республикасы!");
    }

    static Stream<Arguments> hostileFiles() {
        String unit = "<trans-unit id=\"achievements[0]\"><source>The adoption of the National Referral Mechanism, "
                + "establishing formal policies on victim identification, and the provision of social services."
                + "</source><target>%s</target></trans-unit>";
        return Stream.of(
                Arguments.of("xxe", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + xliff(unit.formatted("&e;")), "a DOCTYPE is not allowed"),
                Arguments.of("billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;\">]>"
                        + xliff(unit.formatted("&c;")), "a DOCTYPE is not allowed"),
                Arguments.of("wrong-namespace", xliff(unit.formatted("x")).replace("urn:oasis:names:tc:xliff:document:1.2",
                        "urn:example:not-xliff"), "not an XLIFF 1.2 or 2.0 file"),
                Arguments.of("duplicate-ids", xliff(unit.formatted("Бир") + unit.formatted("Эки")),
                        "achievements[0]: the id is used by an earlier unit too"),
                Arguments.of("control-character", xliff(unit.formatted("Бир\u0085эки")),
                        "achievements[0]: the translation's character U+0085"),
                Arguments.of("bidi-override", xliff(unit.formatted("Бир\u202Eэки")),
                        "achievements[0]: the translation's character U+202E"),
                Arguments.of("not-xml", "this is not XML", "not well-formed XML"),
                Arguments.of("other-model", xliff(unit.formatted("Бир")).replace("original=\"kg-tip-2020\"",
                        "original=\"kz-other\""), "a translation of model 'kz-other'"),
                Arguments.of("other-language", xliff(unit.formatted("Бир")).replace("target-language=\"ky\"",
                        "target-language=\"de\""), "its target language 'de' is not among the model's"));
    }

    private static String xliff(String units) {
        return "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"kg-tip-2020\" "
                + "source-language=\"en\" target-language=\"ky\" datatype=\"plaintext\"><header><reference>"
                + "<external-file href=\"kg.yaml\"/></reference></header><body>" + units + "</body></file></xliff>";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileTranslationFileIsRefusedInOneLineAndNothingIsWritten(String name, String content, String message)
            throws Exception {
        Path file = dir.resolve(name + ".xlf");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(model);
        CliTest.Run run = CliTest.run("translations", "import", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith(file.toString())
                .contains(message);
        assertThat(Files.readAllBytes(model)).isEqualTo(before);
    }

    @Test
    void aHugeTranslationFileIsRefusedBeforeItIsParsed() throws Exception {
        Path file = dir.resolve("huge.xlf");
        byte[] filler = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(filler, (byte) ' ');
        Files.write(file, filler);
        CliTest.Run run = CliTest.run("translations", "import", file.toString(), "--model", model.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(file + ": larger than 16 MB; not a translation file of a briefing");
    }

    @Test
    void brokenPlaceholdersAndUnknownIdsAreReportedByPositionAndTheRestImported() throws Exception {
        Path file = dir.resolve("mixed.xlf");
        Files.writeString(file, xliff("<trans-unit id=\"no.such.field\"><source>x</source><target>y</target></trans-unit>"
                + "\n<trans-unit id=\"summary\"><source>On June 25</source><target>25-июнда<x id=\"pb1\" "
                + "ctype=\"x-paragraph\"/>экинчи</target></trans-unit>"
                + "\n<trans-unit id=\"achievements[0]\"><source>The adoption of the National Referral Mechanism, "
                + "establishing formal policies on victim identification, and the provision of social services."
                + "</source><target>Кабыл алынышы.</target></trans-unit>"));
        CliTest.Run run = CliTest.run("translations", "import", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":1:").contains("no.such.field: the model has no text with this id")
                .contains(file + ":2:").contains("summary: its placeholders do not match the source's");
        assertThat(Files.readString(model)).contains("ky: Кабыл алынышы.");
    }
}
