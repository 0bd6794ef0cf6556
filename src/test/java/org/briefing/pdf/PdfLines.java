package org.briefing.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text of a PDF as a reader sees them on its pages, read back with PDFBox: where
 * each is and what it says, whoever made the PDF (briefing's writer, or LibreOffice from the DOCX).
 * Only what lies in the text area counts as the page's text; the banners, running header and
 * footer are in the margins.
 */
public final class PdfLines {
    private static final float MM = 72 / 25.4f;

    /**
     * One line of text.
     *
     * @param page     its page, from 0
     * @param baseline distance of its baseline from the page's top, in points
     * @param left     where its first glyph starts, @param right where its last ends
     * @param size     the font size of most of its glyphs
     */
    public record Line(int page, float baseline, float left, float right, float size, String text) {
    }

    /** The text area of a page: the page less the stylesheet's {@code @page} margins. */
    public record TextArea(float top, float right, float bottom, float left) {
        /** The margins of {@code stylesheet}, on a page {@code width} by {@code height} points. */
        public static TextArea of(Path stylesheet, float width, float height) {
            try {
                String css = Files.readString(stylesheet);
                Matcher margin = Pattern.compile("@page \\{\\s*margin: ([\\d.]+)mm ([\\d.]+)mm ([\\d.]+)mm ([\\d.]+)mm")
                        .matcher(css);
                if (!margin.find()) {
                    throw new IllegalStateException("briefing.css has no @page margin in mm");
                }
                return new TextArea(mm(margin.group(1)), width - mm(margin.group(2)),
                        height - mm(margin.group(3)), mm(margin.group(4)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static float mm(String value) {
            return Float.parseFloat(value) * MM;
        }
    }

    private static final Path BUNDLED = Path.of("templates/briefing.css");

    private final List<Line> pieces;
    private final List<Line> lines;
    private final int pages;
    private final TextArea area;

    private PdfLines(List<Line> pieces, int pages, TextArea area) {
        this.pieces = pieces;
        this.lines = merged(pieces);
        this.pages = pages;
        this.area = area;
    }

    /** The lines of {@code pdf}, laid out with the bundled stylesheet. */
    public static PdfLines of(byte[] pdf) {
        return of(pdf, BUNDLED);
    }

    /** The lines of {@code pdf}, laid out with the margins of {@code stylesheet}. */
    public static PdfLines of(byte[] pdf, Path stylesheet) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            collector.getText(document);
            var box = document.getPage(0).getMediaBox();
            collector.lines.sort(Comparator.comparingInt(Line::page).thenComparing(Line::baseline)
                    .thenComparing(Line::left));
            return new PdfLines(List.copyOf(collector.lines), document.getNumberOfPages(),
                    TextArea.of(stylesheet, box.getWidth(), box.getHeight()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfLines of(Path pdf) {
        try {
            return of(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return pages;
    }

    public TextArea textArea() {
        return area;
    }

    /**
     * Every piece of text as PDFBox finds it, margins included, in reading order: the parts of a
     * line that lie apart (the running header's title and date) are pieces of their own.
     */
    public List<Line> pieces() {
        return pieces;
    }

    /** Every line, margins included, in reading order. */
    public List<Line> all() {
        return lines;
    }

    /** The lines of page {@code page} in its text area, top to bottom. */
    public List<Line> onPage(int page) {
        TextArea area = textArea();
        return lines.stream().filter(line -> line.page() == page && line.baseline() > area.top()
                && line.baseline() < area.bottom()).toList();
    }

    /**
     * Where each page begins in the text of the pages' text areas read in order: the number of
     * characters before its first line. Only letters, digits and punctuation count (no spaces,
     * bullets or dot leaders), so two layouts that break lines differently compare alike.
     */
    public List<Integer> pageStarts() {
        return pageStartsWithout(line -> false);
    }

    /**
     * The same, not counting the lines {@code skipped} accepts: notes, which the DOCX has as
     * footnotes at the foot of the pages citing them and the PDF at the end.
     */
    public List<Integer> pageStartsWithout(java.util.function.Predicate<Line> skipped) {
        List<Integer> starts = new ArrayList<>();
        int characters = 0;
        for (int page = 0; page < pages; page++) {
            starts.add(characters);
            for (Line line : onPage(page)) {
                if (!skipped.test(line)) {
                    characters += countable(line.text()).length();
                }
            }
        }
        return starts;
    }

    /** The median number of characters ({@link #pageStarts()} counts them) of a line of body text. */
    public int charactersPerBodyLine() {
        float body = mostFrequentSize();
        List<Integer> lengths = new ArrayList<>();
        for (Line line : lines) {
            if (Math.abs(line.size() - body) < 0.3) {
                lengths.add(countable(line.text()).length());
            }
        }
        lengths.sort(Integer::compare);
        return lengths.get(lengths.size() / 2);
    }

    private static String countable(String text) {
        return text.replaceAll("\\.{3,}|[\\s\\u00a0\\u202f\\u2060•]", "");
    }

    /**
     * The usual distance between the baselines of two lines of one paragraph of body text (the
     * most frequent size): the median over neighbouring lines of that size less than two lines apart.
     */
    public float bodyLinePitch() {
        float body = mostFrequentSize();
        List<Float> pitches = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            List<Line> text = onPage(page);
            for (int i = 1; i < text.size(); i++) {
                Line above = text.get(i - 1);
                Line below = text.get(i);
                float pitch = below.baseline() - above.baseline();
                if (Math.abs(above.size() - body) < 0.3 && Math.abs(below.size() - body) < 0.3
                        && pitch > body && pitch < 1.8 * body) {
                    pitches.add(pitch);
                }
            }
        }
        if (pitches.isEmpty()) {
            throw new IllegalStateException("no two lines of body text follow each other");
        }
        pitches.sort(Float::compare);
        return pitches.get(pitches.size() / 2);
    }

    private float mostFrequentSize() {
        java.util.Map<Float, Long> counts = new java.util.HashMap<>();
        lines.forEach(line -> counts.merge(Math.round(line.size() * 2) / 2f, 1L, Long::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Pieces of one line (a link within it, the header's left and right parts) as one line. */
    private static List<Line> merged(List<Line> pieces) {
        List<Line> lines = new ArrayList<>();
        for (Line piece : pieces) {
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && last.page() == piece.page() && Math.abs(last.baseline() - piece.baseline()) < 1) {
                lines.set(lines.size() - 1, new Line(last.page(), last.baseline(), Math.min(last.left(), piece.left()),
                        Math.max(last.right(), piece.right()), Math.max(last.size(), piece.size()),
                        last.text() + " " + piece.text()));
            } else {
                lines.add(piece);
            }
        }
        return lines;
    }

    private static final class Collector extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> glyphs = positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
            if (glyphs.isEmpty()) {
                return;
            }
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            java.util.Map<Float, Integer> sizes = new java.util.HashMap<>();
            for (TextPosition glyph : glyphs) {
                left = Math.min(left, glyph.getXDirAdj());
                right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                sizes.merge(glyph.getFontSizeInPt(), 1, Integer::sum);
            }
            float size = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            lines.add(new Line(getCurrentPageNo() - 1, glyphs.get(0).getYDirAdj(), left, right, size, text.strip()));
        }
    }
}
