package org.briefing.docximport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.docx.DocxLayout;

/**
 * Finds the fields of a paragraph that holds several (a quote's "speaker, role", a source line)
 * in its edited text. The template's own text between them ({@code ", "}, {@code " — "}) is the
 * anchor: each field is the text between its neighbouring pieces of template text, so words typed
 * at a field's edge, where an editor may have left them outside its bookmark, still belong to it.
 * Bookmarks decide where template text could also be read inside a field ("Smith, John").
 */
final class InlineFields {
    /** A field's stretch of the paragraph's text. */
    record Range(int start, int end) {
    }

    /**
     * What was found: the fields' ranges (none when the paragraph could not be read), and what
     * could not be placed (text typed outside the fields, template text that was changed).
     */
    record Result(Map<String, Range> fields, List<String> leftovers) {
    }

    private InlineFields() {
    }

    static Result extract(EditedParagraph edited, DocxLayout.Paragraph expected) {
        String text = edited.text();
        List<DocxLayout.Segment> segments = expected.segments();
        List<Range> literals = new ArrayList<>();
        boolean allFound = true;
        int pos = 0;
        for (DocxLayout.Segment segment : segments) {
            if (segment instanceof DocxLayout.Segment.Literal literal && !literal.text().isEmpty()) {
                int at = find(text, literal.text(), pos, edited);
                if (at < 0) {
                    allFound = false;
                    literals.add(null);
                } else {
                    literals.add(new Range(at, at + literal.text().length()));
                    pos = at + literal.text().length();
                }
            } else {
                literals.add(null);
            }
        }
        Map<String, Range> fields = new LinkedHashMap<>();
        List<String> leftovers = new ArrayList<>();
        if (!allFound) {
            return byBookmarks(edited, segments, leftovers);
        }
        int cursor = 0;
        for (int i = 0; i < segments.size(); i++) {
            DocxLayout.Segment segment = segments.get(i);
            if (segment instanceof DocxLayout.Segment.Field field) {
                int end = text.length();
                for (int j = i + 1; j < segments.size(); j++) {
                    if (literals.get(j) != null) {
                        end = literals.get(j).start();
                        break;
                    }
                    if (segments.get(j) instanceof DocxLayout.Segment.Field next
                            && edited.fields().containsKey(next.field())) {
                        end = Math.max(cursor, edited.fields().get(next.field()).start());
                        break;
                    }
                }
                fields.put(field.field(), new Range(cursor, end));
                cursor = end;
            } else if (literals.get(i) != null) {
                Range literal = literals.get(i);
                boolean afterField = i > 0 && segments.get(i - 1) instanceof DocxLayout.Segment.Field;
                if (!afterField && literal.start() > cursor && !text.substring(cursor, literal.start()).isBlank()) {
                    leftovers.add("text outside the fields: \"" + text.substring(cursor, literal.start()).strip() + "\"");
                }
                cursor = literal.end();
            }
        }
        boolean endsWithLiteral = !segments.isEmpty()
                && !(segments.get(segments.size() - 1) instanceof DocxLayout.Segment.Field);
        if (endsWithLiteral && cursor < text.length() && !text.substring(cursor).isBlank()) {
            leftovers.add("text outside the fields: \"" + text.substring(cursor).strip() + "\"");
        }
        return new Result(fields, leftovers);
    }

    /**
     * The template text between fields was changed: the fields are what their bookmarks span,
     * if every one still has its bookmark; otherwise the paragraph cannot be read.
     */
    private static Result byBookmarks(EditedParagraph edited, List<DocxLayout.Segment> segments,
                                      List<String> leftovers) {
        Map<String, Range> fields = new LinkedHashMap<>();
        for (DocxLayout.Segment segment : segments) {
            if (segment instanceof DocxLayout.Segment.Field field) {
                EditedParagraph.Marked marked = edited.fields().get(field.field());
                if (marked == null) {
                    leftovers.add("its template text was changed and a field's mark is gone, so its fields "
                            + "cannot be told apart: \"" + edited.text().strip() + "\"");
                    return new Result(Map.of(), leftovers);
                }
                fields.put(field.field(), new Range(marked.start(), marked.end()));
            }
        }
        leftovers.add("its template text was changed (only the fields' text is imported): \""
                + edited.text().strip() + "\"");
        return new Result(fields, leftovers);
    }

    /** The first occurrence of {@code literal} at or after {@code from} that is not inside a field's bookmark. */
    private static int find(String text, String literal, int from, EditedParagraph edited) {
        for (int at = text.indexOf(literal, from); at >= 0; at = text.indexOf(literal, at + 1)) {
            int start = at;
            int end = at + literal.length();
            boolean inside = edited.fields().values().stream()
                    .anyMatch(marked -> marked.start() < start && end < marked.end());
            if (!inside) {
                return at;
            }
        }
        return -1;
    }
}
