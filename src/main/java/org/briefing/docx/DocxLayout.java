package org.briefing.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.html.TemplateSet;
import org.briefing.markup.MarkupWriter;
import org.briefing.markup.Run;
import org.w3c.dom.Document;

/**
 * The paragraphs a DOCX of an edition has, as its writer plans them ({@link ParagraphPlan}), told
 * as what an import needs to read an edited copy against: each paragraph's style name, whether it
 * is a list item, the section it heads, and its text cut into template text and model fields.
 * The footnotes' paragraphs follow the body's, as {@link EditedDocxReader} reads them.
 *
 * @param info     the document properties (model id, country, ...)
 * @param language the edition's language tag
 * @param notes    the id of each note the edition cites, by the field of its text ({@code notes[1].text})
 */
public record DocxLayout(BriefingDocument.DocumentInfo info, String language, List<Paragraph> paragraphs,
                         Map<String, String> notes) {

    public DocxLayout {
        paragraphs = List.copyOf(paragraphs);
        notes = Map.copyOf(notes);
    }

    /**
     * One paragraph.
     *
     * @param style    its style's Word name
     * @param item     whether it starts a list item (carries a bullet or number)
     * @param list     which list it belongs to (0, 1, ... in document order), or -1
     * @param section  the id of the section whose heading it is, or null
     * @param inTable  whether it is in a table cell
     * @param segments its text in order: template text and model fields
     */
    public record Paragraph(String style, boolean item, int list, String section, boolean inTable,
            List<Segment> segments) {
        public Paragraph {
            segments = List.copyOf(segments);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            segments.forEach(segment -> text.append(segment.text()));
            return text.toString();
        }
    }

    /** A piece of a paragraph's text. */
    public sealed interface Segment {
        String text();

        /** Text the template wrote (a label, a comma between fields). */
        record Literal(String text) implements Segment {
        }

        /**
         * Text of a model field, or a field's part in this paragraph.
         *
         * @param block  whether the field is whole paragraphs
         * @param bold   whether the template sets the whole field bold, @param italic or italic,
         *               @param linked or a link (a link's label)
         * @param runs   its runs as written, with their own bold, italic and link
         */
        record Field(String field, boolean block, String text, boolean bold, boolean italic, boolean linked,
                     List<Run> runs) implements Segment {
            public Field {
                runs = List.copyOf(runs);
            }

            /** Its text in the inline syntax: the formatting of its runs beyond the template's. */
            public String markup() {
                return MarkupWriter.write(runs.stream().map(run -> run.isNote() ? run : new Run(run.text(),
                        run.bold() && !bold, run.italic() && !italic, linked ? null : run.href())).toList());
            }
        }
    }

    /** The layout of {@code xhtml}, an edition's XHTML. */
    public static DocxLayout of(Document xhtml, TemplateSet templates) {
        BriefingDocument document = new XhtmlReader(templates::read).read(xhtml);
        List<Paragraph> paragraphs = new ArrayList<>();
        Segmenter segmenter = new Segmenter();
        for (ParagraphPlan.Planned planned : ParagraphPlan.of(document.body())) {
            paragraphs.add(new Paragraph(planned.style().wordName(), planned.item(), planned.list(), planned.section(),
                    planned.cell() != null,
                    segmenter.paragraph(planned.inlines())));
        }
        Map<String, String> notes = new HashMap<>();
        for (BriefingDocument.Footnote footnote : document.footnotes()) {
            footnote.paragraphs().stream().flatMap(List::stream).filter(Inline.Mark.class::isInstance).findFirst()
                    .ifPresent(mark -> notes.put(((Inline.Mark) mark).field(), footnote.note()));
            for (int i = 0; i < footnote.paragraphs().size(); i++) {
                List<Inline> inlines = new ArrayList<>();
                if (i == 0) {
                    inlines.add(new Inline.Text(" ", false, false)); // after the number Word shows (FootnotesWriter)
                }
                inlines.addAll(footnote.paragraphs().get(i));
                paragraphs.add(new Paragraph(WordStyle.FOOTNOTE_TEXT.wordName(), false, -1, null, false,
                        segmenter.paragraph(inlines)));
            }
        }
        return new DocxLayout(document.info(), document.language(), paragraphs, notes);
    }

    /**
     * Cuts paragraphs at their field marks, joining neighbouring text of one kind. A block field
     * whose mark spans several paragraphs (a list item's, a summary's) is open across them.
     */
    private static final class Segmenter {
        private List<Segment> segments;
        private Inline.Mark open;

        List<Segment> paragraph(List<Inline> inlines) {
            segments = new ArrayList<>();
            if (open != null) {
                segments.add(new Segment.Field(open.field(), open.block(), "", open.bold(), open.italic(),
                        open.linked(), List.of()));
            }
            walk(inlines, null);
            return segments;
        }

        private void walk(List<Inline> inlines, String href) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Mark mark) {
                    open = mark.start() ? mark : null;
                    if (mark.start()) {
                        segments.add(new Segment.Field(mark.field(), mark.block(), "", mark.bold(), mark.italic(),
                                mark.linked(), List.of()));
                    }
                } else if (inline instanceof Inline.Text text) {
                    append(new Run(text.text(), text.bold(), text.italic(), href));
                } else if (inline instanceof Inline.LineBreak) {
                    append(new Run("\n", false, false, href));
                } else if (inline instanceof Inline.NoteReference note) {
                    append(Run.note(note.note()));
                } else if (inline instanceof Inline.Link link) {
                    walk(link.inlines(), link.href());
                }
            }
        }

        private void append(Run run) {
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (open != null && last instanceof Segment.Field field && field.field().equals(open.field())) {
                List<Run> runs = new ArrayList<>(field.runs());
                runs.add(run);
                segments.set(segments.size() - 1, new Segment.Field(field.field(), field.block(),
                        field.text() + run.text(), field.bold(), field.italic(), field.linked(), runs));
            } else if (open == null && last instanceof Segment.Literal literal) {
                segments.set(segments.size() - 1, new Segment.Literal(literal.text() + run.text()));
            } else {
                segments.add(open != null ? new Segment.Field(open.field(), open.block(), run.text(), open.bold(),
                        open.italic(), open.linked(), List.of(run)) : new Segment.Literal(run.text()));
            }
        }
    }
}
