package org.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.briefing.ModelText;
import org.briefing.model.Briefing;
import org.briefing.model.Country;
import org.briefing.model.LocalizedText;
import org.briefing.model.Quote;
import org.briefing.model.Source;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Serbian and Macedonian editions set б г д п т (and ѓ) in italic in their own forms, as Word and
 * LibreOffice do from the fonts' localized forms: the glyphs drawn differ from the Russian
 * edition's, while upright letters and the other italic letters are the same, and the text read
 * back is unchanged.
 */
class LocalizedFormsTest {
    /** The letters whose italic forms differ, in words, then alone. */
    private static final String TEXT = "победа, где тут бог; ѓубре; б г д п т ѓ а";
    private static final String LOCALIZED = "бгдптѓ";

    @ParameterizedTest
    @ValueSource(strings = {"sr-Cyrl", "sr", "sr-Cyrl-RS", "mk"})
    void italicLettersTakeTheLanguagesOwnForms(String language) throws IOException {
        Map<String, Map<Character, String>> russian = outlinesByFace("ru");
        Map<String, Map<Character, String>> localized = outlinesByFace(language);
        // the quotation is serif italic (templates/briefing.css); the source's title is in quotation
        // marks here, as Serbian and Macedonian set titles
        for (String face : List.of("BriefingSerif-Italic")) {
            assertThat(localized).containsKey(face);
            for (char letter : LOCALIZED.toCharArray()) {
                assertThat(localized.get(face).get(letter)).as("%s %s", face, letter).isNotNull()
                        .isNotEqualTo(russian.get(face).get(letter));
            }
            assertThat(localized.get(face).get('а')).as("%s а", face).isEqualTo(russian.get(face).get('а'));
        }
        // the summary is upright: the same forms in every language
        for (char letter : (LOCALIZED + "а").toCharArray()) {
            assertThat(localized.get("BriefingSerif-Regular").get(letter)).as("upright %s", letter)
                    .isNotNull().isEqualTo(russian.get("BriefingSerif-Regular").get(letter));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sr-Cyrl", "mk"})
    void theTextReadBackIsTheModelsText(String language) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(language))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(ModelText.collapse(text)).contains(TEXT);
        }
    }

    @Test
    void everyItalicFaceHasALocalizedTwinAndOnlyItalicsAreReplaced() throws IOException {
        FontSet fonts = FontSet.bundled();
        assertThat(fonts.faces("ru")).isEqualTo(fonts.faces());
        assertThat(fonts.faces("sr-Latn")).isEqualTo(fonts.faces("sr-Cyrl")); // only Cyrillic letters change
        assertThat(fonts.faces("mk")).isEqualTo(fonts.faces("sr"));
        List<FontSet.Face> base = fonts.faces();
        List<FontSet.Face> serbian = fonts.faces("sr");
        for (int i = 0; i < base.size(); i++) {
            FontSet.Face face = base.get(i);
            boolean italic = face.style() == com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.ITALIC;
            assertThat(serbian.get(i).file().equals(face.file())).as(face.file()).isEqualTo(!italic);
            if (italic) {
                try (TrueTypeFont common = parse(face); TrueTypeFont own = parse(serbian.get(i))) {
                    for (char letter : "бдпт".toCharArray()) {
                        assertThat(outline(own, letter)).as("%s %s", serbian.get(i).file(), letter)
                                .isNotEqualTo(outline(common, letter));
                    }
                    assertThat(outline(own, 'а')).isEqualTo(outline(common, 'а'));
                }
            }
        }
    }

    private static Briefing briefing(String language) {
        LocalizedText text = LocalizedText.of(TEXT);
        return new Briefing("briefing/1", "rs-forms", new Country("RS", LocalizedText.of("Србија")),
                List.of(language), LocalDate.of(2024, 10, 18), null, null, LocalizedText.of("Наслов"), null, text,
                new Source(text, null, null), null, List.of(), List.of(), List.of(),
                List.of(new Quote(LocalizedText.of("Име"), null, text)),
                List.of(), List.of(), List.of(), List.of());
    }

    private static byte[] render(String language) {
        return PdfEditions.RENDERER.render(briefing(language), language, Format.PDF, Paper.A4);
    }

    /** For each face the PDF uses (by its name without subset tag and language systems), each letter's outline. */
    private static Map<String, Map<Character, String>> outlinesByFace(String language) throws IOException {
        Map<String, Map<Character, String>> outlines = new HashMap<>();
        try (PDDocument pdf = Loader.loadPDF(render(language))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    if (position.getUnicode().length() != 1 || !(position.getFont() instanceof PDType0Font font)) {
                        return;
                    }
                    String face = font.getName().replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("(SRB|MKD)+$", "");
                    try {
                        outlines.computeIfAbsent(face, f -> new HashMap<>()).put(position.getUnicode().charAt(0),
                                describe(font.getPath(position.getCharacterCodes()[0])));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            stripper.getText(pdf);
        }
        return outlines;
    }

    private static TrueTypeFont parse(FontSet.Face face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(face.data()));
    }

    private static String outline(TrueTypeFont font, char letter) throws IOException {
        int glyph = font.getUnicodeCmapLookup().getGlyphId(letter);
        assertThat(glyph).as("glyph of %s", letter).isPositive();
        return describe(font.getGlyph().getGlyph(glyph).getPath());
    }

    /** A path as its segments and points, rounded: equal outlines give equal strings. */
    private static String describe(GeneralPath path) {
        StringBuilder out = new StringBuilder();
        double[] points = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(points);
            out.append(type);
            int count = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            for (int i = 0; i < count; i++) {
                out.append(' ').append(Math.round(points[i]));
            }
            out.append(';');
        }
        return out.toString();
    }
}
