package org.briefing.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.briefing.TestModels;
import org.briefing.edit.ModelEdits;
import org.briefing.edit.ModelFile;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.ModelTexts;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Translation files as translators' tools meet them: valid against the official XLIFF schemas,
 * counted and round-tripped by the Translate Toolkit, translated by OmegaT from a translation
 * memory, and imported back so that the model is exactly what it was, byte for byte.
 */
class XliffTest {
    static final ModelLoader LOADER = new ModelLoader(Renderer.loadOptions(FontSet.bundled()).withAllowFallback(true));
    private static final Path SAMPLE = Path.of("samples/kyrgyzstan.yaml");
    /** The official XLIFF schemas, as Debian's php-symfony-translation ships them (.ci/run installs it). */
    private static final Path SCHEMAS = Path.of("/usr/share/php/Symfony/Component/Translation/Resources/schemas");

    @TempDir
    Path dir;

    /** A copy of the canonical sample without any Kyrgyz text. */
    private Path withoutKyrgyz() throws Exception {
        Path model = dir.resolve("kg.yaml");
        Files.copy(SAMPLE, model);
        Briefing briefing = LOADER.load(model).briefing();
        ModelEdits edits = new ModelEdits();
        ModelTexts.texts(briefing).forEach((path, text) -> {
            if (!text.isSameInEveryLanguage() && text.in("ky").isPresent()) {
                edits.removeText(path, "ky");
            }
        });
        ModelFile.read(model, LOADER).edited(edits).write();
        return model;
    }

    private Path export(Path model, String to, boolean all, boolean copySource, XliffWriter.Version version)
            throws Exception {
        LoadedModel loaded = LOADER.load(model);
        return TranslationExport.write(loaded, new TranslationExport.Options(loaded.briefing().defaultLanguage(), to,
                all, copySource, version), dir.resolve("out"), "test").file();
    }

    /** The sample's Kyrgyz texts by field path, as the model means them. */
    private static Map<String, String> kyrgyz() throws Exception {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        ModelTexts.texts(LOADER.load(SAMPLE).briefing()).forEach((path, text) -> text.in("ky")
                .ifPresent(value -> texts.put(path, TranslationUnits.meaning(value))));
        return texts;
    }

    private static void validate(Path xliff, String schema) throws Exception {
        assumeTrue(Files.isRegularFile(SCHEMAS.resolve(schema)),
                "the official XLIFF schemas are not installed (php-symfony-translation; .ci/run installs it)");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new LocalSchemas());
        factory.newSchema(SCHEMAS.resolve(schema).toFile()).newValidator()
                .validate(new StreamSource(xliff.toFile()));
    }

    static Stream<Arguments> samplesAndLanguages() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Briefing briefing = LOADER.load(sample).briefing();
                for (String language : briefing.languages().subList(1, briefing.languages().size())) {
                    cases.add(Arguments.of(sample, language));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndLanguages")
    void everyExportIsValidAgainstTheOfficialXliff12StrictAnd20Schemas(Path sample, String language) throws Exception {
        Path model = TestModels.copySample(sample, dir.resolve("model.yaml"));
        validate(export(model, language, true, false, XliffWriter.Version.V12), "xliff-core-1.2-strict.xsd");
        validate(export(model, language, true, true, XliffWriter.Version.V20), "xliff-core-2.0.xsd");
    }

    @Test
    void removingTheKyrgyzTextsExportingFillingAndImportingGivesBackTheSampleByteForByte() throws Exception {
        Path model = withoutKyrgyz();
        Path xliff = export(model, "ky", false, false, XliffWriter.Version.V12);
        Map<String, String> kyrgyz = kyrgyz();
        fillTargets(xliff, kyrgyz);

        TranslationImport.Result result = new TranslationImport(LOADER).run(xliff, null, false);

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).hasSize(kyrgyz.size())
                .allSatisfy(unit -> assertThat(unit.kind()).isEqualTo(TranslationImport.Kind.FILLED));
        assertThat(Files.readAllBytes(model)).isEqualTo(Files.readAllBytes(SAMPLE));
    }

    @Test
    void xliff20RoundTripsToo() throws Exception {
        Path model = withoutKyrgyz();
        Path xliff = export(model, "ky", false, false, XliffWriter.Version.V20);
        fillTargets(xliff, kyrgyz());
        new TranslationImport(LOADER).run(xliff, null, false);
        assertThat(Files.readAllBytes(model)).isEqualTo(Files.readAllBytes(SAMPLE));
    }

    static final String MARKED_UP = """
            schema: briefing/1.1
            id: marked-up
            country: {code: KG, name: Kyrgyz Republic}
            languages: [en, ru]
            date: 2020-06-25
            title: {en: "The *new* mechanism"}
            summary:
              en: |-
                The report is **annual** and [published online](https://www.state.gov/tip/).\\
                A second line.

                A second paragraph with _emphasis_ & 5 * 3 stars.
            achievements:
              - {en: "An achievement with **strong *and emphasised* words**"}
            quotes: []
            recommendations: []
            """;

    @Test
    void emphasisStrongLinksAndBreaksTravelAsInlineCodesThatToolsMayRewrite() throws Exception {
        Path model = dir.resolve("marked-up.yaml");
        Files.writeString(model, MARKED_UP);
        Path xliff12 = export(model, "ru", false, false, XliffWriter.Version.V12);
        validate(xliff12, "xliff-core-1.2-strict.xsd");
        String exported = Files.readString(xliff12);
        assertThat(exported).contains("The report is <bpt id=\"1\" ctype=\"bold\">**</bpt>annual<ept id=\"1\">**</ept>"
                + " and <bpt id=\"2\" ctype=\"link\">[</bpt>published online<ept id=\"2\">](https://www.state.gov/tip/)"
                + "</ept>.<x id=\"3\" ctype=\"lb\"/>A second line.<x id=\"pb1\" ctype=\"x-paragraph\"/>")
                .contains("5 * 3 stars");

        // the codes as tools write them back: moved, as <g> (1.2), as <sc>/<ec> (2.0), the native data dropped
        Map<String, String> targets12 = Map.of(
                "title", "<bpt id=\"1\" ctype=\"italic\"/>Новый<ept id=\"1\"/> механизм",
                "summary", "Доклад <g id=\"2\">опубликован</g> и <bpt id=\"1\">**</bpt>ежегодный<ept id=\"1\">**"
                        + "</ept>.<x id=\"3\"/>Вторая строка.<x id=\"pb1\"/>Второй абзац с <g id=\"4\">курсивом</g> "
                        + "&amp; 5 * 3 звёздами.",
                "achievements[0]", "Достижение со <g id=\"1\">словами <g id=\"2\">в курсиве</g></g>");
        fillCoded(xliff12, targets12);
        TranslationImport.Result result = new TranslationImport(LOADER).run(xliff12, null, false);
        assertThat(result.problems()).isEmpty();
        Briefing briefing = LOADER.load(model).briefing();
        assertThat(briefing.title().in("ru")).contains("*Новый* механизм");
        assertThat(briefing.summary().in("ru")).contains("Доклад [опубликован](https://www.state.gov/tip/) и "
                + "**ежегодный**.\\\nВторая строка.\n\nВторой абзац с *курсивом* & 5 * 3 звёздами.");
        assertThat(briefing.achievements().get(0).in("ru")).contains("Достижение со **словами** ***в курсиве***");

        Files.writeString(model, MARKED_UP);
        Path xliff20 = export(model, "ru", false, false, XliffWriter.Version.V20);
        validate(xliff20, "xliff-core-2.0.xsd");
        fillCoded(xliff20, Map.of("title", "<pc id=\"1\">Новый</pc> механизм",
                "summary", "Доклад <sc id=\"2\"/>опубликован<ec startRef=\"2\"/> и <pc id=\"1\">ежегодный</pc>."
                        + "<ph id=\"3\"/>Вторая строка.<ph id=\"pb1\"/>Второй абзац.",
                "achievements[0]", "Достижение"));
        new TranslationImport(LOADER).run(xliff20, null, false);
        briefing = LOADER.load(model).briefing();
        assertThat(briefing.title().in("ru")).contains("*Новый* механизм");
        assertThat(briefing.summary().in("ru")).contains("Доклад [опубликован](https://www.state.gov/tip/) и "
                + "**ежегодный**.\\\nВторая строка.\n\nВторой абзац.");
    }

    @Test
    void noteMarkersTravelAsPlaceholdersThatNameTheirNote() throws Exception {
        Path model = dir.resolve("notes.yaml");
        String yaml = """
                schema: briefing/1.1
                id: notes
                country: {code: KG, name: Kyrgyz Republic}
                languages: [en, ru]
                date: 2020-06-25
                title: {en: Notes}
                summary: {en: "Victims rose to 35.[^unodc] The law changed.[^tip]"}
                achievements: []
                quotes: []
                recommendations: []
                notes:
                  - {id: tip, text: {en: "U.S. Department of State, *TIP Report*."}}
                  - {id: unodc, text: {en: "UNODC, *Global Report*."}}
                """;
        Files.writeString(model, yaml);
        Path xliff12 = export(model, "ru", false, false, XliffWriter.Version.V12);
        validate(xliff12, "xliff-core-1.2-strict.xsd");
        assertThat(Files.readString(xliff12)).contains("Victims rose to 35.<x id=\"1\" ctype=\"x-note\""
                + " equiv-text=\"[^unodc]\"/> The law changed.<x id=\"2\" ctype=\"x-note\" equiv-text=\"[^tip]\"/>");
        // a translator moves the markers; a tool drops their data
        fillCoded(xliff12, Map.of("title", "Примечания",
                "summary", "Закон изменён<x id=\"2\"/>. Число жертв выросло до 35<x id=\"1\"/>.",
                "notes[0].text", "Госдепартамент США, <bpt id=\"1\">*</bpt>Доклад<ept id=\"1\">*</ept>.",
                "notes[1].text", "УНП ООН, <bpt id=\"1\">*</bpt>Глобальный доклад<ept id=\"1\">*</ept>."));
        TranslationImport.Result result = new TranslationImport(LOADER).run(xliff12, null, false);
        assertThat(result.problems()).isEmpty();
        Briefing briefing = LOADER.load(model).briefing();
        assertThat(briefing.summary().in("ru")).contains("Закон изменён[^tip]. Число жертв выросло до 35[^unodc].");
        assertThat(briefing.notes().get(0).text().in("ru")).contains("Госдепартамент США, *Доклад*.");

        Files.writeString(model, yaml);
        Path xliff20 = export(model, "ru", false, false, XliffWriter.Version.V20);
        validate(xliff20, "xliff-core-2.0.xsd");
        fillCoded(xliff20, Map.of("title", "Примечания",
                "summary", "Закон изменён<ph id=\"2\"/>. Жертв 35<ph id=\"1\"/>.",
                "notes[0].text", "Госдепартамент США.", "notes[1].text", "УНП ООН."));
        assertThat(new TranslationImport(LOADER).run(xliff20, null, false).problems()).isEmpty();
        assertThat(LOADER.load(model).briefing().summary().in("ru")).contains("Закон изменён[^tip]. Жертв 35[^unodc].");
    }

    /** Puts XLIFF content (inline codes and all) into each unit's target. */
    private static void fillCoded(Path xliff, Map<String, String> targets) throws IOException {
        Map<String, String> markers = new java.util.HashMap<>();
        targets.forEach((id, content) -> markers.put(id, "@" + id + "@"));
        fillTargets(xliff, markers);
        String text = Files.readString(xliff);
        for (Map.Entry<String, String> target : targets.entrySet()) {
            text = text.replace("@" + target.getKey() + "@", target.getValue());
        }
        Files.writeString(xliff, text);
    }

    /** Puts each unit's translation into its target, as a translator's tool would. */
    private static void fillTargets(Path xliff, Map<String, String> translations) throws IOException {
        String text = Files.readString(xliff);
        Matcher unit = Pattern.compile("(<trans-unit id=\"([^\"]+)\"|<unit id=\"[^\"]+\" name=\"([^\"]+)\")(.*?)"
                + "(</trans-unit>|</unit>)", Pattern.DOTALL).matcher(text);
        StringBuilder filled = new StringBuilder();
        while (unit.find()) {
            String id = unit.group(2) != null ? unit.group(2) : unit.group(3);
            if (!translations.containsKey(id)) {
                throw new IllegalArgumentException("no translation for " + id);
            }
            String translation = escape(translations.get(id));
            String body = unit.group(4).replaceAll("<target([^>]*)>[^<]*</target>",
                    "<target$1>" + Matcher.quoteReplacement(translation) + "</target>");
            if (!body.contains("<target")) {
                body = body.replace("</source>", "</source><target>" + Matcher.quoteReplacement(translation)
                        + "</target>");
            }
            unit.appendReplacement(filled, Matcher.quoteReplacement(unit.group(1) + body + unit.group(5)));
        }
        unit.appendTail(filled);
        Files.writeString(xliff, filled);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void theTranslateToolkitCountsTheUnitsAndRoundTripsThemThroughPo() throws Exception {
        // pocount counts; xliff2po gives translators a PO file; pomerge puts their work back
        assumeTrue(onPath("pocount") && onPath("xliff2po") && onPath("pomerge"),
                "the Translate Toolkit is not installed (translate-toolkit; .ci/run installs it)");
        Path model = withoutKyrgyz();
        Path xliff = export(model, "ky", false, false, XliffWriter.Version.V12);
        Map<String, String> kyrgyz = kyrgyz();

        String count = run(dir, "pocount", "--csv", xliff.toString());
        List<String> header = List.of(count.lines().filter(l -> l.startsWith("Filename")).findFirst().orElseThrow()
                .split("\\s*,\\s*"));
        String[] row = count.lines().filter(l -> l.startsWith(xliff.toString())).findFirst().orElseThrow().split(",");
        assertThat(Integer.parseInt(row[header.indexOf("Untranslated Messages")].strip()))
                .as("untranslated units, of %s", count).isEqualTo(kyrgyz.size());
        assertThat(Integer.parseInt(row[header.indexOf("Total Message")].strip())).isEqualTo(kyrgyz.size());
        assertThat(Integer.parseInt(row[header.indexOf("Untranslated Source Words")].strip())).isPositive();

        Path po = dir.resolve("ky.po");
        run(dir, "xliff2po", xliff.toString(), po.toString());
        Files.writeString(po, fillPo(Files.readString(po), kyrgyz));
        // the Translate Toolkit's way back into a template: pomerge (po2xliff -t adds a second <file>)
        Path translated = xliff.resolveSibling("translated.xlf");
        run(dir, "pomerge", "-t", xliff.toString(), "-i", po.toString(), "-o", translated.toString());

        TranslationImport.Result result = new TranslationImport(LOADER).run(translated, null, false);
        assertThat(result.problems()).isEmpty();
        assertThat(Files.readAllBytes(model)).isEqualTo(Files.readAllBytes(SAMPLE));
    }

    /** Fills each entry's msgstr with the translation of the field its location comment names. */
    private static String fillPo(String po, Map<String, String> translations) {
        StringBuilder out = new StringBuilder();
        String field = null;
        for (String line : po.split("\n", -1)) {
            if (line.startsWith("#: ")) {
                field = line.substring(3).strip();
            }
            if (line.equals("msgstr \"\"") && field != null && translations.containsKey(field)) {
                line = "msgstr \"" + translations.get(field).replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("\n", "\\n") + "\"";
                field = null;
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    @Test
    void omegatTranslatesTheExportFromATranslationMemoryAndImportCompletesTheModel() throws Exception {
        assumeTrue(onPath("omegat"), "OmegaT is not installed (omegat; .ci/run installs it)");
        Path model = withoutKyrgyz();
        Path xliff = export(model, "ky", false, true, XliffWriter.Version.V12);
        Path project = omegatProject(xliff, "KY", translationMemory());
        run(dir, "omegat", "--mode=console-translate", project.toString());

        Path translated = project.resolve("target").resolve(xliff.getFileName());
        assertThat(translated).exists();
        TranslationImport.Result result = new TranslationImport(LOADER).run(translated, model, false);
        assertThat(result.problems()).isEmpty();
        assertThat(Files.readAllBytes(model)).isEqualTo(Files.readAllBytes(SAMPLE));
    }

    /** An OmegaT project translating {@code xliff} into {@code target} from the memory {@code tmx}. */
    private Path omegatProject(Path xliff, String target, String tmx) throws IOException {
        Path project = dir.resolve("omegat-project");
        for (String folder : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(folder));
        }
        Files.copy(xliff, project.resolve("source").resolve(xliff.getFileName()));
        Files.writeString(project.resolve("omegat.project"), """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat>
                  <project version="1.0">
                    <source_dir>source</source_dir>
                    <target_dir>target</target_dir>
                    <tm_dir>tm</tm_dir>
                    <glossary_dir>glossary</glossary_dir>
                    <glossary_file>glossary/glossary.txt</glossary_file>
                    <dictionary_dir>dictionary</dictionary_dir>
                    <source_lang>EN</source_lang>
                    <target_lang>" + target + "</target_lang>
                    <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
                    <sentence_seg>false</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                  </project>
                </omegat>
                """);
        Files.writeString(project.resolve("tm/auto/memory.tmx"), tmx);

        return project;
    }

    @Test
    void omegatKeepsEmphasisAndLinksWithTheWordsATranslatorMovedThemTo() throws Exception {
        assumeTrue(onPath("omegat"), "OmegaT is not installed (omegat; .ci/run installs it)");
        Path model = dir.resolve("marked-up.yaml");
        Files.writeString(model, MARKED_UP);
        Path xliff = export(model, "ru", false, true, XliffWriter.Version.V12);
        // OmegaT shows the codes as <f0>...</f0>; its own memory format holds them so
        String memory = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.1"><header creationtool="OmegaT" creationtoolversion="3.6.0" segtype="paragraph"
                o-tmf="OmegaT TMX" adminlang="EN-US" srclang="EN" datatype="plaintext"></header><body>
                <tu><tuv lang="EN"><seg>The &lt;f0&gt;new&lt;/f0&gt; mechanism</seg></tuv>
                <tuv lang="RU"><seg>&lt;f0&gt;Новый&lt;/f0&gt; механизм</seg></tuv></tu>
                <tu><tuv lang="EN"><seg>An achievement with &lt;f0&gt;strong&lt;/f0&gt; \
                &lt;f1&gt;&lt;f2&gt;and emphasised&lt;/f2&gt;&lt;/f1&gt; &lt;f3&gt;words&lt;/f3&gt;</seg></tuv>
                <tuv lang="RU"><seg>&lt;f3&gt;Слова&lt;/f3&gt; &lt;f0&gt;достижения&lt;/f0&gt; \
                &lt;f1&gt;&lt;f2&gt;с выделением&lt;/f2&gt;&lt;/f1&gt;</seg></tuv></tu>
                <tu><tuv lang="EN"><seg>The report is &lt;f0&gt;annual&lt;/f0&gt; and &lt;f1&gt;published \
                online&lt;/f1&gt;.&lt;x2/&gt;A second line.&lt;x3/&gt;A second paragraph with \
                &lt;f4&gt;emphasis&lt;/f4&gt; &amp; 5 * 3 stars.</seg></tuv>
                <tuv lang="RU"><seg>Доклад &lt;f0&gt;ежегодный&lt;/f0&gt; и &lt;f1&gt;опубликован&lt;/f1&gt;.\
                &lt;x2/&gt;Вторая строка.&lt;x3/&gt;Второй абзац с &lt;f4&gt;курсивом&lt;/f4&gt; &amp; 5 * 3.</seg></tuv></tu>
                </body></tmx>
                """;
        Path project = omegatProject(xliff, "RU", memory);

        run(dir, "omegat", "--mode=console-translate", project.toString());

        TranslationImport.Result result = new TranslationImport(LOADER)
                .run(project.resolve("target").resolve(xliff.getFileName()), model, false);
        assertThat(result.problems()).isEmpty();
        Briefing briefing = LOADER.load(model).briefing();
        assertThat(briefing.title().in("ru")).contains("*Новый* механизм");
        assertThat(briefing.achievements().get(0).in("ru")).contains("**Слова** **достижения** ***с выделением***");
        assertThat(briefing.summary().in("ru")).contains("Доклад **ежегодный** и [опубликован](https://www.state.gov/tip/)."
                + "\\\nВторая строка.\n\nВторой абзац с *курсивом* & 5 * 3.");
    }

    /** A TMX 1.4 memory of the sample's English to Kyrgyz text pairs. */
    private static String translationMemory() throws Exception {
        StringBuilder tmx = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                <header creationtool="briefing-test" creationtoolversion="1" segtype="paragraph" o-tmf="none"
                        adminlang="EN" srclang="EN" datatype="plaintext"/>
                <body>
                """);
        for (Map.Entry<String, LocalizedText> text : ModelTexts.texts(LOADER.load(SAMPLE).briefing()).entrySet()) {
            if (text.getValue().isSameInEveryLanguage()) {
                continue;
            }
            tmx.append("<tu><tuv xml:lang=\"EN\"><seg>")
                    .append(escape(TranslationUnits.meaning(text.getValue().in("en").orElseThrow())))
                    .append("</seg></tuv><tuv xml:lang=\"KY\"><seg>")
                    .append(escape(TranslationUnits.meaning(text.getValue().in("ky").orElseThrow())))
                    .append("</seg></tuv></tu>\n");
        }
        return tmx.append("</body>\n</tmx>\n").toString();
    }

    private static String run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
        return output;
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    /** The XML namespace's schema that the XLIFF schemas import, from beside them rather than the web. */
    private static final class LocalSchemas implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String base) {
            if (systemId == null || !systemId.endsWith("xml.xsd")) {
                return null;
            }
            try {
                byte[] bytes = Files.readAllBytes(SCHEMAS.resolve("xml.xsd"));
                return new Input(systemId, bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private record Input(String systemId, byte[] bytes) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader reader) { }
        @Override public java.io.InputStream getByteStream() { return new ByteArrayInputStream(bytes); }
        @Override public void setByteStream(java.io.InputStream stream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String data) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String id) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String id) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String uri) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certified) { }
    }
}
