package org.briefing.docximport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.docx.EditedDocx;
import org.briefing.docx.FieldBookmark;
import org.briefing.markup.MarkupWriter;
import org.briefing.markup.Run;

/**
 * One paragraph of the edited DOCX with its text and where, in that text, each of our bookmarks
 * starts and ends; the formatting and foreign content of any stretch of it.
 */
final class EditedParagraph {
    /** A field bookmark in this paragraph: its range in {@link #text()} (to the end where it runs on). */
    record Marked(FieldBookmark bookmark, int start, int end, boolean endsHere) {
    }

    private final EditedDocx.Paragraph paragraph;
    private final String text;
    private final List<int[]> pieceRanges = new ArrayList<>();
    private final Map<String, Marked> fields = new LinkedHashMap<>();
    private final List<String> sections = new ArrayList<>();
    /** The id of each note of the edition, by the field of its text. */
    private final Map<String, String> notes;

    EditedParagraph(EditedDocx.Paragraph paragraph, Map<String, String> notes) {
        this.paragraph = paragraph;
        this.notes = notes;
        StringBuilder text = new StringBuilder();
        Map<String, Integer> starts = new LinkedHashMap<>();
        Map<String, FieldBookmark> bookmarks = new LinkedHashMap<>();
        for (EditedDocx.Piece piece : paragraph.pieces()) {
            int at = text.length();
            if (piece instanceof EditedDocx.Piece.Text t) {
                text.append(t.text());
            } else if (piece instanceof EditedDocx.Piece.Break) {
                text.append('\n');
            } else if (piece instanceof EditedDocx.Piece.Start start) {
                if (start.name().startsWith("_bs_")) {
                    sections.add(start.name().substring(4).replace('_', '-'));
                }
                Optional<FieldBookmark> bookmark = FieldBookmark.parse(start.name());
                if (bookmark.isPresent() && !starts.containsKey(bookmark.get().field())) {
                    starts.put(bookmark.get().field(), at);
                    bookmarks.put(bookmark.get().field(), bookmark.get());
                }
            } else if (piece instanceof EditedDocx.Piece.End end) {
                FieldBookmark.parse(end.name()).ifPresent(b -> {
                    Integer start = starts.get(b.field());
                    if (start != null && !fields.containsKey(b.field())) {
                        fields.put(b.field(), new Marked(bookmarks.get(b.field()), start, at, true));
                    }
                });
            }
            pieceRanges.add(new int[] {at, text.length()});
        }
        this.text = text.toString();
        starts.forEach((field, start) -> fields.putIfAbsent(field,
                new Marked(bookmarks.get(field), start, this.text.length(), false)));
    }

    EditedDocx.Paragraph source() {
        return paragraph;
    }

    int number() {
        return paragraph.number();
    }

    String style() {
        return paragraph.style();
    }

    String text() {
        return text;
    }

    /** Our field bookmarks that start in this paragraph, in order. */
    Map<String, Marked> fields() {
        return fields;
    }

    /** The sections whose heading bookmark starts here. */
    List<String> sections() {
        return sections;
    }

    boolean isBlank() {
        return text.isBlank() && foreign(0, text.length()).isEmpty();
    }

    /** Bold, italic and other formatting used in {@code [start, end)}: "bold", "italic", "underline", ... */
    Set<String> formatting(int start, int end) {
        Set<String> used = new LinkedHashSet<>();
        forPieces(start, end, piece -> {
            if (piece instanceof EditedDocx.Piece.Text t && !t.text().isBlank()) {
                if (t.bold()) {
                    used.add("bold");
                }
                if (t.italic()) {
                    used.add("italic");
                }
                used.addAll(t.formatting());
            }
        });
        return used;
    }

    /**
     * {@code [start, end)} in the inline syntax ({@link MarkupWriter}): its bold, italic and
     * hyperlinks beyond {@code base}, the formatting its place gives it ("bold", "italic", "link"),
     * and its line breaks.
     */
    String markup(int start, int end, Set<String> base) {
        boolean bold = base.contains("bold");
        boolean italic = base.contains("italic");
        boolean linked = base.contains("link");
        List<Run> runs = new ArrayList<>();
        List<EditedDocx.Piece> pieces = paragraph.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            int[] range = pieceRanges.get(i);
            if (pieces.get(i) instanceof EditedDocx.Piece.Citation citation) {
                // a citation follows the words it supports: it belongs to the text it ends, never starts
                if (range[0] > start && range[0] <= end && notes.containsKey(citation.field())) {
                    runs.add(Run.note(notes.get(citation.field())));
                }
                continue;
            }
            if (range[0] >= end || range[1] <= start) {
                continue;
            }
            if (pieces.get(i) instanceof EditedDocx.Piece.Text t) {
                String text = t.text().substring(Math.max(0, start - range[0]), Math.min(t.text().length(),
                        end - range[0]));
                runs.add(new Run(text, t.bold() && !bold, t.italic() && !italic,
                        linked || t.link() == null || t.link().isEmpty() ? null : t.link()));
            } else if (pieces.get(i) instanceof EditedDocx.Piece.Break) {
                runs.add(new Run("\n", false, false, null));
            }
        }
        return MarkupWriter.write(runs);
    }

    /** What a model text cannot hold in {@code [start, end]}: pictures, footnotes, comments. */
    List<String> foreign(int start, int end) {
        List<String> found = new ArrayList<>();
        forPieces(start, end, piece -> {
            if (piece instanceof EditedDocx.Piece.Foreign foreign) {
                found.add(foreign.what());
            }
        });
        return found;
    }

    /** The addresses of the hyperlinks in {@code [start, end)}, in order. */
    List<String> links(int start, int end) {
        List<String> found = new ArrayList<>();
        forPieces(start, end, piece -> {
            if (piece instanceof EditedDocx.Piece.Text t && t.link() != null && !t.link().isEmpty()
                    && !found.contains(t.link())) {
                found.add(t.link());
            }
        });
        return found;
    }

    /** The text of {@code [start, end)} that is in a hyperlink. */
    String linkedText(int start, int end) {
        StringBuilder linked = new StringBuilder();
        List<EditedDocx.Piece> pieces = paragraph.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            int[] range = pieceRanges.get(i);
            if (pieces.get(i) instanceof EditedDocx.Piece.Text t && t.link() != null && range[0] < end
                    && range[1] > start) {
                linked.append(t.text(), Math.max(0, start - range[0]), Math.min(t.text().length(), end - range[0]));
            }
        }
        return linked.toString();
    }

    private void forPieces(int start, int end, java.util.function.Consumer<EditedDocx.Piece> action) {
        List<EditedDocx.Piece> pieces = paragraph.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            int[] range = pieceRanges.get(i);
            boolean inside = range[0] == range[1] ? range[0] >= start && range[0] <= end
                    : range[0] < end && range[1] > start;
            if (inside) {
                action.accept(pieces.get(i));
            }
        }
    }
}
