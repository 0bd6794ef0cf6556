package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.briefing.TestModels;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.redline.Redline;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * An edition in a language without labels of its own (Norwegian here) has English labels, and
 * each format says they are English, so that spell-checkers and screen readers treat them so: the
 * label elements of the HTML have lang="en", the PDF's structure elements /Lang (en), the DOCX's
 * runs w:lang en-US, while the model's texts stay in the edition's language. An edition with its
 * own labels tags nothing but the document.
 */
class FallbackLabelsTest {
    private static final Renderer RENDERER = Renderer.bundled("test");
    private static final String MODEL = """
            schema: briefing/1
            id: no-labels-test
            country: {code: "NO", name: Norge}
            languages: [nb-NO]
            date: 2024-05-17
            title: Samarbeid mot menneskehandel
            summary: Et kort sammendrag av arbeidet.
            source:
              title: Rapport om menneskehandel
              publisher: Utenriksdepartementet
              url: https://example.org/rapport
            achievements:
              - Første resultat i regionen.
            quotes:
              - speaker: Kari Nordmann
                role: Koordinator
                text: Vi fortsetter arbeidet sammen.
            recommendations:
              - Styrk samarbeidet over grensene.
            links:
              - label: Rapporten
                url: https://example.org/rapport
            """;
    private static Properties english;

    @TempDir
    Path dir;

    @BeforeAll
    static void readEnglishLabels() throws IOException {
        english = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("templates/messages/messages_en.properties"),
                StandardCharsets.UTF_8)) {
            english.load(reader);
        }
    }

    private Briefing load(String yaml) throws Exception {
        return new ModelLoader(RENDERER.loadOptions()).load(TestModels.write(dir, "m.yaml", yaml)).briefing();
    }

    /** The labels the template puts in a briefing with every section but the background. */
    private static Set<String> labelsShown() {
        return Set.of(english.getProperty("label.briefing"), english.getProperty("label.date"),
                english.getProperty("label.source"), english.getProperty("section.achievements"),
                english.getProperty("section.quotes"), english.getProperty("section.recommendations"),
                english.getProperty("section.links"));
    }

    @Test
    void htmlMarksEveryLabelEnglish() throws Exception {
        String html = new String(RENDERER.render(load(MODEL), "nb-NO", Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        Matcher tagged = Pattern.compile("<(\\w+)[^>]*\\slang=\"([^\"]+)\"[^>]*>([^<]*)").matcher(html);
        Map<String, String> languageByText = new HashMap<>();
        while (tagged.find()) {
            if (!tagged.group(1).equals("html")) {
                languageByText.put(tagged.group(3).strip(), tagged.group(2));
            }
        }
        assertThat(languageByText.keySet()).containsExactlyInAnyOrderElementsOf(labelsShown());
        assertThat(languageByText.values()).containsOnly("en");
        assertThat(html).contains("<html lang=\"nb-NO\"");

        String russian = new String(RENDERER.render(sample(), "ru", Format.HTML, Paper.A4), StandardCharsets.UTF_8);
        assertThat(russian.split("\\slang=", -1)).as("lang attributes").hasSize(2);
    }

    @Test
    void pdfStructureTagsTheLabelsEnglish() throws Exception {
        Map<String, Long> english = structureLanguages(RENDERER.render(load(MODEL), "nb-NO", Format.PDF, Paper.A4))
                .stream().filter(entry -> entry.endsWith(" en"))
                .collect(Collectors.groupingBy(entry -> entry, Collectors.counting()));
        // four section headings, the kicker paragraph, and the "Date:" and "Source:" labels
        assertThat(english).containsExactlyInAnyOrderEntriesOf(Map.of("H2 en", 4L, "P en", 1L, "Span en", 2L));
        assertThat(structureLanguages(RENDERER.render(sample(), "ru", Format.PDF, Paper.A4))).containsOnly("Document ru");
    }

    @Test
    void docxTagsTheLabelRunsEnglishAndTheModelsRunsNorwegian() throws Exception {
        Map<String, byte[]> parts = DocxParts.unzip(RENDERER.render(load(MODEL), "nb-NO", Format.DOCX, Paper.A4));
        assertThat(DocxParts.wAttr(DocxParts.w(DocxParts.w(DocxParts.parse(parts.get("word/styles.xml")), "rPrDefault")
                .get(0), "lang").get(0), "val")).isEqualTo("nb-NO");
        Set<String> labels = labelsShown();
        List<String> footerWords = List.of(english.getProperty("footer.pages").split("\\{page}|\\{pages}"));
        int labelRuns = 0;
        for (String part : List.of("word/document.xml", "word/footer1.xml")) {
            for (Element run : DocxParts.w(DocxParts.parse(parts.get(part)), "r")) {
                String text = run.getTextContent();
                // the styles' language (the edition's) unless the run names its own
                List<Element> own = DocxParts.w(run, "lang");
                String language = own.isEmpty() ? "nb-NO" : DocxParts.wAttr(own.get(0), "val");
                boolean label = labels.contains(text.strip()) || part.endsWith("footer1.xml") && footerWords.contains(text);
                if (label) {
                    labelRuns++;
                }
                if (!text.isBlank() && !text.matches("\\d+|PAGE|NUMPAGES|\\s*(PAGE|NUMPAGES)\\s*")) {
                    assertThat(language).as("w:lang of \"%s\" in %s", text, part).isEqualTo(label ? "en-US" : "nb-NO");
                }
            }
        }
        assertThat(labelRuns).isEqualTo(labels.size() + footerWords.stream().filter(w -> !w.isEmpty()).count());
    }

    @Test
    void theRedlineSummaryIsMarkedEnglish() throws Exception {
        Briefing before = load(MODEL);
        Briefing after = load(MODEL.replace("Første resultat i regionen.", "Første resultat i hele regionen."));
        byte[] pdf = new Redline(RENDERER).edition(before, after, "nb-NO", Paper.A4, "test").as(Format.PDF);
        assertThat(structureLanguages(pdf)).contains("Div en");
    }

    @Test
    void theTableOfContentsOfALongBriefingIsMarkedEnglish() throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/models/long.yaml"))
                .replace("[en, ru, ky]", "[en, ru, nb-NO]").replace("ky:", "nb-NO:");
        byte[] pdf = RENDERER.render(load(yaml), "nb-NO", Format.PDF, Paper.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("long enough for a table of contents").isGreaterThan(3);
        }
        assertThat(structureLanguages(pdf)).contains("Div en");
        assertThat(structureLanguages(RENDERER.render(load(yaml), "ru", Format.PDF, Paper.A4))).doesNotContain("Div ru")
                .allMatch(entry -> entry.endsWith(" ru"));
    }

    private static Briefing sample() throws Exception {
        return new ModelLoader(RENDERER.loadOptions()).load(Path.of("samples/kyrgyzstan.yaml")).briefing();
    }

    /** "Type lang" of every structure element that names its language. */
    private static List<String> structureLanguages(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            walk(document.getDocumentCatalog().getStructureTreeRoot(), found);
        }
        return found;
    }

    private static void walk(PDStructureNode node, List<String> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getLanguage() != null) {
                    found.add(element.getStructureType() + " " + element.getLanguage());
                }
                walk(element, found);
            }
        }
    }
}
