package org.briefing.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.LibreOfficeEditor;
import org.briefing.ModelText;
import org.briefing.TestModels;
import org.briefing.docx.EditedDocx;
import org.briefing.docx.EditedDocxReader;
import org.briefing.edit.ModelEdits;
import org.briefing.edit.ModelFile;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.Paragraphs;
import org.briefing.pdf.Qpdf;
import org.briefing.pdf.VeraPdf;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The redline of a sample and a revised version of it, in every language. In LibreOffice,
 * accepting all its tracked changes gives exactly the newer edition (its paragraphs, their styles
 * and lists), rejecting them all exactly the older one. The PDF marks the changes, opens with
 * their summary, and still passes PDF/UA-1 and PDF/A-2a.
 */
class RedlineTest {
    private static final Renderer RENDERER = Renderer.bundled("test");
    private static final ModelLoader LOADER = new ModelLoader(RENDERER.loadOptions().withAllowFallback(true));
    private static LibreOfficeEditor office;

    @TempDir
    Path dir;

    @BeforeAll
    static void startOffice() throws Exception {
        office = LibreOfficeEditor.start();
    }

    @AfterAll
    static void stopOffice() throws Exception {
        if (office != null) {
            office.close();
        }
    }

    static Stream<Arguments> editions() throws Exception {
        List<Arguments> editions = new ArrayList<>();
        for (String sample : List.of("kyrgyzstan", "kazakhstan", "serbia", "ukraine")) {
            Path file = Path.of("samples", sample + ".yaml");
            for (String language : LOADER.load(file).briefing().languages()) {
                editions.add(Arguments.of(file, language));
            }
        }
        return editions.stream();
    }

    /**
     * A revised version of {@code sample}: the title reworded, a word of the second achievement
     * changed, the first achievement deleted, one added at the start and one at the end, the last
     * recommendation deleted, the first link's label changed; every language.
     */
    private Path revised(Path sample) throws Exception {
        Path copy = dir.resolve("new.yaml");
        TestModels.copySample(sample, copy);
        Briefing briefing = LOADER.load(copy).briefing();
        ModelEdits edits = new ModelEdits();
        for (String language : briefing.languages()) {
            String title = Paragraphs.oneLine(briefing.title().in(language).orElseThrow());
            edits.setText("title", language, "Revised: " + title);
            String second = Paragraphs.oneLine(briefing.achievements().get(1).in(language).orElseThrow());
            int space = second.indexOf(' ', second.length() / 2);
            edits.setText("achievements[1]", language, second.substring(0, space) + " REVISED" + second.substring(space));
            if (!briefing.links().isEmpty() && !briefing.links().get(0).label().isSameInEveryLanguage()) {
                edits.setText("links[0].label", language, "Revised label " + language);
            }
        }
        if (!briefing.links().isEmpty() && briefing.links().get(0).label().isSameInEveryLanguage()) {
            edits.setValue("links[0].label", "Revised label");
        }
        List<ModelEdits.ListEntry> achievements = new ArrayList<>();
        achievements.add(new ModelEdits.ListEntry.Added(text(briefing, "An achievement at the start")));
        for (int i = 1; i < briefing.achievements().size(); i++) {
            achievements.add(new ModelEdits.ListEntry.Kept(i));
        }
        achievements.add(new ModelEdits.ListEntry.Added(text(briefing, "An achievement at the end")));
        edits.arrangeList("achievements", achievements);
        List<ModelEdits.ListEntry> recommendations = new ArrayList<>();
        for (int i = 0; i < briefing.recommendations().size() - 1; i++) {
            recommendations.add(new ModelEdits.ListEntry.Kept(i));
        }
        edits.arrangeList("recommendations", recommendations);
        ModelFile.read(copy, LOADER).edited(edits).write();
        return copy;
    }

    private static tools.jackson.databind.node.ObjectNode text(Briefing briefing, String text) {
        var node = JsonNodeFactory.instance.objectNode();
        briefing.languages().forEach(language -> node.put(language, text + " (" + language + ")."));
        return node;
    }

    /** The paragraphs of a DOCX after LibreOffice saved it: style, whether it is a list item, text. */
    private List<String> paragraphs(Path docx, List<Map<String, Object>> steps, String name) throws Exception {
        Path saved = dir.resolve(name + ".docx");
        office.edit(docx, saved, steps);
        EditedDocx read = EditedDocxReader.read(saved);
        assertThat(read.trackedChanges()).as("%s has no tracked changes left", name).isFalse();
        List<String> paragraphs = new ArrayList<>();
        for (EditedDocx.Paragraph paragraph : read.paragraphs()) {
            // the reader adds the footnotes an import knows; all of them are compared below
            if (!paragraph.style().toLowerCase(java.util.Locale.ROOT).contains("footnote")) {
                paragraphs.add(paragraph.style() + (paragraph.numbered() ? " •" : "") + " | " + paragraph.text());
            }
        }
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(saved))) {
            for (var footnote : document.getFootnotes()) {
                if (footnote.getCTFtnEdn().getType() == null) { // not a separator
                    footnote.getParagraphs().forEach(p -> paragraphs.add("footnote | " + p.getText().strip()));
                }
            }
        }
        return paragraphs;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void acceptingAllGivesTheNewerEditionAndRejectingAllTheOlder(Path sample, String language) throws Exception {
        Path newer = revised(sample);
        Briefing before = LOADER.load(sample).briefing();
        Briefing after = LOADER.load(newer).briefing();
        Redline.Edition redline = new Redline(RENDERER).edition(before, after, language, Paper.A4, "Reviewer");
        Path docx = Files.write(dir.resolve("redline.docx"), redline.as(Format.DOCX));
        Path olderDocx = Files.write(dir.resolve("older.docx"), RENDERER.render(before, language, Format.DOCX, Paper.A4));
        Path newerDocx = Files.write(dir.resolve("newer.docx"), RENDERER.render(after, language, Format.DOCX, Paper.A4));

        assertThat(paragraphs(docx, List.of(Map.of("op", "accept_all")), "accepted"))
                .isEqualTo(paragraphs(newerDocx, List.of(), "newer-saved"));
        assertThat(paragraphs(docx, List.of(Map.of("op", "reject_all")), "rejected"))
                .isEqualTo(paragraphs(olderDocx, List.of(), "older-saved"));

        assertThat(redline.counts().get("achievements")).containsExactly(2, 1, 1);
        assertThat(redline.counts().get("recommendations")).containsExactly(0, 0, 1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void thePdfMarksTheChangesUnderASummaryAndPassesPdfUaAndPdfA(Path sample, String language) throws Exception {
        Briefing before = LOADER.load(sample).briefing();
        Briefing after = LOADER.load(revised(sample)).briefing();
        byte[] pdf = new Redline(RENDERER).edition(before, after, language, Paper.A4, "Reviewer").as(Format.PDF);
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Qpdf.problems(pdf)).isEmpty();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = ModelText.collapse(new PDFTextStripper().getText(document));
        }
        LocalizedText deleted = before.achievements().get(0);
        assertThat(text).contains("An achievement at the start (" + language + ").")
                .contains("REVISED")
                .contains(Paragraphs.oneLine(deleted.in(language).orElseThrow()))
                .contains(RENDERER.messages().get(language, "redline.heading").replace("{0}", "").strip());
    }
}
