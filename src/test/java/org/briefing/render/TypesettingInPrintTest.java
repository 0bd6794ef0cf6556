package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.TestModels;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.typeset.Typography;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typesetting as printed: in every Slavic and Cyrillic edition of every sample and of a long
 * briefing, no line of the PDF ends with a one-letter word or starts with a spaced dash, and the
 * DOCX and HTML carry the same no-break spaces.
 */
class TypesettingInPrintTest {
    private static final Renderer RENDERER = Renderer.bundled("test");

    static Stream<Arguments> editions() throws Exception {
        List<Path> models = new ArrayList<>(TestModels.samples());
        models.add(Path.of("src/test/resources/models/long.yaml"));
        List<Arguments> editions = new ArrayList<>();
        for (Path model : models) {
            Briefing briefing = new ModelLoader(RENDERER.loadOptions()).load(model).briefing();
            for (String language : briefing.languages()) {
                if (Typography.of(language).bindOneLetterWords()) {
                    editions.add(Arguments.of(model.getFileName() + " " + language, language, briefing));
                }
            }
        }
        return editions.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void noLineEndsWithAOneLetterWordOrStartsWithADash(String name, String language, Briefing briefing)
            throws Exception {
        List<String> lines;
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(briefing, language, Format.PDF, Paper.A4))) {
            lines = new PDFTextStripper().getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        assertThat(lines).hasSizeGreaterThan(20);
        for (String line : lines) {
            String[] words = line.split("[ \\t]+");
            assertThat(words[words.length - 1]).as("the end of \"%s\"", line).doesNotMatch("\\p{L}");
            assertThat(line).as("a line").doesNotStartWith("— ").doesNotStartWith("– ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void theDocxAndHtmlCarryTheSameNoBreakSpaces(String name, String language, Briefing briefing) throws Exception {
        String document = documentXml(RENDERER.render(briefing, language, Format.DOCX, Paper.A4));
        String html = new String(RENDERER.render(briefing, language, Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        long inDocx = document.chars().filter(c -> c == '\u00A0').count();
        assertThat(inDocx).isPositive();
        assertThat(html.chars().filter(c -> c == '\u00A0').count()).isGreaterThanOrEqualTo(inDocx);
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
