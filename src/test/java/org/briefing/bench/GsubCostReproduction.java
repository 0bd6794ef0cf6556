package org.briefing.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A minimal reproduction, with PDFBox alone, of the cost the bundled fonts avoid: drawing text
 * with a font that has an OpenType GSUB table makes PDFBox 3 compile a regular expression over
 * the font's ligature sequences on every {@code showText}. Prints the time to draw the same lines
 * with each font given. Usage: {@code GsubCostReproduction FONT.ttf...} (e.g. Debian's
 * {@code /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf} and
 * {@code fonts/BriefingSerif-Regular.ttf}).
 */
public final class GsubCostReproduction {
    private static final int LINES = 2_000;

    private GsubCostReproduction() {
    }

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 3; round++) { // the last round is the warm one
            for (String font : args) {
                long start = System.nanoTime();
                draw(new File(font));
                if (round == 2) {
                    System.out.printf(Locale.ROOT, "%-70s %5d lines: %7.1f ms%n", font, LINES,
                            (System.nanoTime() - start) / 1e6);
                }
            }
        }
    }

    private static void draw(File font) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(document, font);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(type0, 10);
                content.newLineAtOffset(40, 750);
                for (int i = 0; i < LINES; i++) {
                    content.showText("The office finds fifty trafficking cases; Официальная справка " + i);
                    content.newLineAtOffset(0, 0.3f);
                }
                content.endText();
            }
            document.save(new ByteArrayOutputStream());
        }
    }
}
