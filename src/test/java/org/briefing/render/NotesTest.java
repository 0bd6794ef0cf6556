package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.briefing.TestModels;
import org.briefing.docx.DocxParts;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.load.Problem;
import org.briefing.model.Briefing;
import org.briefing.pdf.VeraPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Notes cited with {@code [^id]}: numbered as each edition first cites them, linked notes at the
 * end of the PDF and HTML, real Word footnotes in the DOCX, and every way texts and notes can
 * disagree refused with its place in the model.
 */
public class NotesTest {
    private static final Renderer RENDERER = Renderer.bundled("test");

    /** Two notes, listed in the opposite order to the one the texts cite them in; one cited twice. */
    public static final String WITH_NOTES = TestModels.VALID.replace("schema: briefing/1", "schema: briefing/1.1")
            .replace("summary: {en: A short summary., ru: Краткое содержание., ky: Кыскача мазмуну.}", """
                    summary:
                      en: Victims rose to 35.[^unodc] The law changed.[^tip]
                      ru: Число жертв выросло до 35.[^unodc] Закон изменён.[^tip]
                      ky: Курмандыктар 35ке чейин өстү.[^unodc] Мыйзам өзгөрдү.[^tip]""")
            .replace("- {en: First achievement, ru: Первое достижение, ky: Биринчи жетишкендик}",
                    "- {en: 'First achievement[^unodc]', ru: 'Первое достижение[^unodc]',"
                            + " ky: 'Биринчи жетишкендик[^unodc]'}")
            + """
            notes:
              - id: tip
                text:
                  en: "U.S. Department of State, *TIP Report*, 2020."
                  ru: "Госдепартамент США, *Доклад о торговле людьми*, 2020."
                  ky: "АКШнын Мамлекеттик департаменти, *Адам сатуу боюнча баяндама*, 2020."
              - id: unodc
                text:
                  en: "UNODC, [Global Report](https://www.unodc.org/glotip), 2022."
                  ru: "УНП ООН, [Глобальный доклад](https://www.unodc.org/glotip), 2022."
                  ky: "БУУнун БНКБ, [Глобалдык баяндама](https://www.unodc.org/glotip), 2022."
            """;

    @TempDir
    Path dir;

    private Briefing load(String yaml) throws Exception {
        return new ModelLoader(RENDERER.loadOptions()).load(TestModels.write(dir, "m.yaml", yaml)).briefing();
    }

    private List<String> problems(String yaml) throws Exception {
        try {
            new ModelLoader(RENDERER.loadOptions()).load(TestModels.write(dir, "m.yaml", yaml));
            return List.of();
        } catch (ModelException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    @Test
    void thePdfNumbersNotesAsCitedLinksEachMarkerToItsNoteAndStaysAccessible() throws Exception {
        byte[] pdf = RENDERER.render(load(WITH_NOTES), "ru", Format.PDF, Paper.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(pdf)).containsSubsequence("Число жертв выросло до 35.", "Закон изменён.", "Примечания",
                    "УНП ООН, Глобальный доклад, 2022.", "Госдепартамент США, Доклад о торговле людьми, 2020.");
            List<String> targets = new ArrayList<>();
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                    targets.add(link.getContents());
                }
            }
            assertThat(targets).as("each marker a link described for screen readers")
                    .containsExactly("Примечание 1", "Примечание 2", "Примечание 1");
        }
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    /** The PDF's words in reading order, spaces of every kind as one. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // raised numbers and links are drawn after the words around them
            return stripper.getText(document).replaceAll("[ \\u00a0]+", " ");
        }
    }

    @Test
    void theDocxHasRealFootnotesCitedOnceEachAndAgainByReference() throws Exception {
        byte[] docx = RENDERER.render(load(WITH_NOTES), "ky", Format.DOCX, Paper.A4);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> notes = new ArrayList<>();
            for (XWPFFootnote note : document.getFootnotes()) {
                if (note.getCTFtnEdn().getType() == null) {
                    notes.add(note.getCTFtnEdn().getId() + ": " + note.getParagraphs().get(0).getText().strip());
                }
            }
            assertThat(notes).containsExactly("1: БУУнун БНКБ, Глобалдык баяндама, 2022.",
                    "2: АКШнын Мамлекеттик департаменти, Адам сатуу боюнча баяндама, 2020.");
            assertThat(document.getParagraphs()).noneMatch(p -> p.getText().contains("Эскертүүлөр"));
        }
        String body = part(docx, "word/document.xml");
        assertThat(body.split("<w:footnoteReference ", -1)).as("each footnote cited once").hasSize(3);
        assertThat(body).contains("NOTEREF _RefNote1 \\f \\h").contains("w:name=\"_RefNote1\"");
        assertThat(part(docx, "word/_rels/footnotes.xml.rels")).contains("https://www.unodc.org/glotip");
    }

    private static String part(byte[] docx, String name) {
        return new String(DocxParts.unzip(docx).get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theHtmlLinksEachMarkerToItsNote() throws Exception {
        String html = new String(RENDERER.render(load(WITH_NOTES), "en", Format.HTML, Paper.A4),
                StandardCharsets.UTF_8);
        assertThat(html).contains("Victims rose to 35.<a class=\"note-ref\" data-cites=\"unodc\" href=\"#note-1\""
                + " id=\"note-ref-1\" title=\"Note 1\">1</a>")
                .contains("id=\"note-ref-1-2\"")
                .containsSubsequence("data-note=\"unodc\" id=\"note-1\"", "data-note=\"tip\" id=\"note-2\"");
    }

    @Test
    void theBilingualEditionListsTheNotesSideBySideNumberedAsCited() throws Exception {
        byte[] pdf;
        byte[] docx;
        try (Edition edition = RENDERER.parallelEdition(load(WITH_NOTES), "en", "ru", Paper.A4)) {
            pdf = edition.as(Format.PDF);
            docx = edition.as(Format.DOCX);
        }
        assertThat(text(pdf)).containsSubsequence("Victims rose to 35.", "Notes / Примечания",
                "1 UNODC, Global Report, 2022.", "2 U.S. Department of State, TIP Report,");
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        String body = part(docx, "word/document.xml");
        assertThat(DocxParts.unzip(docx)).as("the notes are the table, not footnotes")
                .doesNotContainKey("word/footnotes.xml");
        assertThat(body).doesNotContain("footnoteReference").contains("<w:rStyle w:val=\"FootnoteReference\"/>");
    }

    @Test
    void textsAndNotesThatDisagreeAreRefusedWithTheirPlace() throws Exception {
        assertThat(problems(WITH_NOTES.replace("Закон изменён.[^tip]", "Закон изменён.[^tpi]")))
                .anySatisfy(p -> assertThat(p).contains("summary.ru: cites note 'tpi', which notes: does not have"
                        + " (did you mean 'tip'?)"))
                .anySatisfy(p -> assertThat(p).contains("summary.ru: cites notes [^unodc], [^tpi] where summary.en"
                        + " cites [^unodc], [^tip]"));
        assertThat(problems(WITH_NOTES.replace("Мыйзам өзгөрдү.[^tip]", "Мыйзам өзгөрдү.")))
                .anySatisfy(p -> assertThat(p).contains("summary.ky: cites notes [^unodc] where summary.en cites"));
        assertThat(problems(WITH_NOTES.replace("- id: unodc", "- id: tip")))
                .anySatisfy(p -> assertThat(p).contains("notes[1].id: two notes have the id 'tip'"));
        assertThat(problems(WITH_NOTES.replace("*TIP Report*, 2020.", "*TIP Report*, 2020.[^unodc]")))
                .anySatisfy(p -> assertThat(p).contains("notes[0].text.en: a note cannot cite a note"));
        assertThat(problems(WITH_NOTES.replace("The law changed.[^tip]", "The [law[^tip]](https://example.org).")))
                .anySatisfy(p -> assertThat(p).contains("summary.en: a note is cited outside a link's words"));
        assertThat(problems(WITH_NOTES.replace("Victims rose to 35.[^unodc]", "Victims rose to 35.[^the report]")))
                .anySatisfy(p -> assertThat(p).contains("summary.en: '[^the report]' is not a note marker"));
        assertThat(problems(WITH_NOTES.replace("schema: briefing/1.1", "schema: briefing/1")))
                .anySatisfy(p -> assertThat(p)
                        .matches(".*m\\.yaml:\\d+:\\d+: notes: notes are cited with \\[\\^id].*"));
        assertThat(problems(WITH_NOTES.replace("- id: tip", "- id: '-tip'")))
                .anySatisfy(p -> assertThat(p).contains("notes[0].id"));
    }

    @Test
    void anEscapedMarkerIsTheCharactersTypedAndANoteNoTextCitesIsAWarning() throws Exception {
        String yaml = WITH_NOTES.replace("The law changed.[^tip]", "The law changed \\[^tip].")
                .replace("Закон изменён.[^tip]", "Закон изменён.").replace("Мыйзам өзгөрдү.[^tip]", "Мыйзам өзгөрдү.");
        Briefing briefing = load(yaml);
        List<String> warnings = new ModelLoader(RENDERER.loadOptions()).load(dir.resolve("m.yaml")).warnings()
                .stream().map(Problem::format).toList();
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("notes[0].id: no text cites note 'tip'"));
        assertThat(text(RENDERER.render(briefing, "en", Format.PDF, Paper.A4))).contains("The law changed [^tip].")
                .contains("1. UNODC").doesNotContain("U.S. Department");
    }
}
