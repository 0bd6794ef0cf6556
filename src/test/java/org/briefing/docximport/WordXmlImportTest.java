package org.briefing.docximport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.briefing.ModelText;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.Paragraphs;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STProofErr;

/**
 * An edited DOCX as Word's XML looks after editing, made with POI: runs split mid-word, revision
 * ids, proofing marks, Word's own bookmarks, smart quotes, a paragraph split in two, tracked
 * changes, a table and a picture typed in. Import must read through what is noise and place or
 * report the rest.
 */
class WordXmlImportTest {
    private static final Path SAMPLE = Path.of("samples/kyrgyzstan.yaml");

    @TempDir
    Path dir;
    private Path model;
    private Briefing before;

    @BeforeEach
    void copySample() throws Exception {
        model = dir.resolve("kg.yaml");
        Files.copy(SAMPLE, model);
        before = LibreOfficeImportTest.LOADER.load(model).briefing();
    }

    /** The English DOCX, changed by {@code edit} through POI and saved as Word would. */
    private Path edited(Consumer<XWPFDocument> edit) throws Exception {
        byte[] docx = LibreOfficeImportTest.RENDERER.render(before, "en", Format.DOCX, Paper.A4);
        Path file = dir.resolve("edited.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             OutputStream out = Files.newOutputStream(file)) {
            edit.accept(document);
            document.write(out);
        }
        return file;
    }

    private ImportReport importIt(Path docx) throws Exception {
        return new DocxImport(LibreOfficeImportTest.RENDERER, LibreOfficeImportTest.LOADER)
                .run(docx, model, DocxImport.Options.defaults());
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String containing) {
        return document.getParagraphs().stream().filter(p -> ModelText.plain(p.getText()).contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + containing));
    }

    private String en(LocalizedText text) {
        return String.join(" ", Paragraphs.of(text.in("en").orElseThrow()));
    }

    /** Splits the paragraph's runs in the middle of a word, as Word does when a revision id changes. */
    private static void splitRunsMidWord(XWPFParagraph paragraph) {
        for (int i = paragraph.getRuns().size() - 1; i >= 0; i--) {
            XWPFRun run = paragraph.getRuns().get(i);
            if (run instanceof XWPFHyperlinkRun || run.getCTR().sizeOfTArray() != 1 || run.text().length() < 4) {
                continue;
            }
            String text = run.text();
            int middle = text.length() / 2 + 1;
            run.setText(text.substring(0, middle), 0);
            run.getCTR().setRsidRPr(new byte[] {0x00, 0x12, 0x34, 0x56});
            XWPFRun rest = paragraph.insertNewRun(i + 1);
            if (run.getCTR().isSetRPr()) {
                rest.getCTR().setRPr((CTRPr) run.getCTR().getRPr().copy());
            }
            rest.setText(text.substring(middle));
            rest.getCTR().setRsidR(new byte[] {0x00, 0x65, 0x43, 0x21});
        }
    }

    @Test
    void wordsNoiseSplitRunsRevisionIdsProofingMarksAndItsOwnBookmarksIsNoChange() throws Exception {
        Path docx = edited(document -> {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                splitRunsMidWord(paragraph);
                CTP ctp = paragraph.getCTP();
                ctp.setRsidR(new byte[] {0x00, 0x1A, 0x2B, 0x3C});
                ctp.setRsidRDefault(new byte[] {0x00, 0x1A, 0x2B, 0x3C});
                ctp.addNewProofErr().setType(STProofErr.SPELL_START);
                ctp.addNewProofErr().setType(STProofErr.SPELL_END);
            }
            XWPFParagraph title = paragraph(document, en(before.title()));
            CTBookmark goBack = title.getCTP().addNewBookmarkStart();
            goBack.setName("_GoBack");
            goBack.setId(BigInteger.valueOf(900));
            title.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(900));
        });
        ImportReport report = importIt(docx);
        assertThat(report.changes()).isEmpty();
        assertThat(report.notImported()).isEmpty();
        assertThat(Files.readAllBytes(model)).isEqualTo(Files.readAllBytes(SAMPLE));
    }

    @Test
    void smartQuotesTypedInRunsOfTheirOwnAreImportedAsTyped() throws Exception {
        String second = en(before.achievements().get(1));
        Path docx = edited(document -> {
            XWPFParagraph paragraph = paragraph(document, second);
            XWPFRun run = paragraph.getRuns().get(0);
            run.setText(run.text().replace("trafficking investigations", "\u201Ctrafficking\u201D investigations"), 0);
            splitRunsMidWord(paragraph);
        });
        ImportReport report = importIt(docx);
        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo("achievements[1]");
            assertThat(change.difference()).contains("{+\u201C+}trafficking{+\u201D+}");
            assertThat(change.outdated()).containsExactly("ru", "ky");
        });
        Briefing after = LibreOfficeImportTest.LOADER.load(model).briefing();
        assertThat(after.achievements().get(1).in("en")).hasValue(
                second.replace("trafficking investigations", "\u201Ctrafficking\u201D investigations"));
        LibreOfficeImportTest.assertOnlyTheseValuesChanged(SAMPLE, model, "achievements[1]");
    }

    @Test
    void aParagraphSplitInTwoByEnterIsTwoItems() throws Exception {
        String third = en(before.achievements().get(2));
        int at = third.indexOf("to accelerate");
        Path docx = edited(document -> {
            XWPFParagraph paragraph = paragraph(document, third);
            XWPFRun run = paragraph.getRuns().get(0);
            run.setText(third.substring(0, at).strip(), 0);
            // Enter inside the bookmark: Word makes a new paragraph with the same properties and
            // takes the bookmark's end with the text after the cursor
            XmlCursor cursor = paragraph.getCTP().newCursor();
            cursor.toEndToken();
            cursor.toNextToken();
            XWPFParagraph second = document.insertNewParagraph(cursor);
            second.getCTP().setPPr(paragraph.getCTP().getPPr());
            second.createRun().setText(third.substring(at));
            CTMarkupRange end = paragraph.getCTP().getBookmarkEndArray(0);
            BigInteger id = end.getId();
            paragraph.getCTP().removeBookmarkEnd(0);
            second.getCTP().addNewBookmarkEnd().setId(id);
            cursor.dispose();
        });
        ImportReport report = importIt(docx);
        Briefing after = LibreOfficeImportTest.LOADER.load(model).briefing();
        assertThat(after.achievements()).hasSize(before.achievements().size() + 1);
        assertThat(after.achievements().get(2).in("en")).hasValue(third.substring(0, at).strip());
        assertThat(after.achievements().get(2).outdated()).containsExactly("ru", "ky");
        assertThat(after.achievements().get(3).byLanguage()).isEqualTo(Map.of("en", third.substring(at)));
        assertThat(report.notImported()).isEmpty();
    }

    @Test
    void trackedChangesAreReadAsAcceptedAndSaidSo() throws Exception {
        String fifth = en(before.achievements().get(4));
        Path docx = edited(document -> {
            XWPFParagraph paragraph = paragraph(document, fifth);
            CTP ctp = paragraph.getCTP();
            var del = ctp.addNewDel();
            del.setId(BigInteger.ONE);
            del.setAuthor("Staff");
            del.addNewR().addNewDelText().setStringValue(" Old words.");
            var ins = ctp.addNewIns();
            ins.setId(BigInteger.TWO);
            ins.setAuthor("Staff");
            ins.addNewR().addNewT().setStringValue(" New words.");
        });
        ImportReport report = importIt(docx);
        assertThat(report.notes()).anyMatch(note -> note.contains("tracked changes"));
        assertThat(LibreOfficeImportTest.LOADER.load(model).briefing().achievements().get(4).in("en"))
                .hasValue(fifth + " New words.");
    }

    @Test
    void aTableAPictureFormattingAndTextOutsideTheFieldsAreReportedNotDropped() throws Exception {
        String first = en(before.achievements().get(0));
        Path docx = edited(document -> {
            XWPFParagraph achievement = paragraph(document, first);
            achievement.getRuns().get(0).setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            XmlCursor cursor = paragraph(document, en(before.title())).getCTP().newCursor();
            var table = document.insertNewTbl(cursor);
            table.getRow(0).getCell(0).setText("A table cell");
            XWPFParagraph note = document.createParagraph();
            note.createRun().setText("A note typed at the very end.");
            achievement.getCTP().addNewR().addNewDrawing();
        });
        ImportReport report = importIt(docx);
        assertThat(report.notImported()).extracting(ImportReport.NotImported::what)
                .anySatisfy(what -> assertThat(what).contains("a table").contains("A table cell"))
                .anySatisfy(what -> assertThat(what).contains("A note typed at the very end."))
                .anySatisfy(what -> assertThat(what).contains("a picture in achievements[0]"))
                .anySatisfy(what -> assertThat(what).contains("underline in achievements[0]"));
        assertThat(report.changes()).isEmpty();
    }

    /**
     * The edition sets bold and italic as the character styles Strong and Emphasis, not as direct
     * formatting: a run in either style is read as bold or italic, whoever applied it. In a model
     * with the inline syntax they come home as strong and emphasised words; the words the edition
     * itself set so (a speaker, a cited title, the model's own marks) are no change.
     */
    @Test
    void runsInTheStrongAndEmphasisStylesAreReadAsBoldAndItalic() throws Exception {
        Path marked = dir.resolve("marked-up.yaml");
        Files.writeString(marked, LibreOfficeImportTest.MARKED_UP);
        Briefing markedUp = LibreOfficeImportTest.LOADER.load(marked).briefing();
        byte[] docx = LibreOfficeImportTest.RENDERER.render(markedUp, "en", Format.DOCX, Paper.A4);
        Path file = dir.resolve("styled.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             OutputStream out = Files.newOutputStream(file)) {
            String emphasis = styleId(document, "Emphasis");
            assertThat(paragraph(document, "An emphasised").getRuns()).as("the model's own emphasis")
                    .anySatisfy(run -> assertThat(run.getStyle() + " " + run.text())
                            .isEqualTo(emphasis + " emphasised"));
            paragraph(document, "A plain achievement").getRuns().forEach(run -> run.setStyle(styleId(document,
                    "Strong")));
            paragraph(document, "Keep funding").getRuns().forEach(run -> run.setStyle(styleId(document,
                    "Emphasis")));
            document.write(out);
        }
        ImportReport report = new DocxImport(LibreOfficeImportTest.RENDERER, LibreOfficeImportTest.LOADER)
                .run(file, marked, DocxImport.Options.defaults());
        assertThat(report.notImported()).isEmpty();
        Briefing after = LibreOfficeImportTest.LOADER.load(marked).briefing();
        assertThat(after.achievements()).extracting(text -> text.in("en").orElseThrow()).containsExactly(
                "An *emphasised* achievement, and snake_case_words * 3",
                "**A plain achievement about the national referral mechanism**");
        assertThat(after.recommendations()).extracting(text -> text.in("en").orElseThrow())
                .containsExactly("*Keep funding the shelters*");
        assertThat(report.changes()).hasSize(2);
    }

    private static String styleId(XWPFDocument document, String name) {
        var style = document.getStyles().getStyleWithName(name);
        assertThat(style).as("the style %s", name).isNotNull();
        return style.getStyleId();
    }
}
