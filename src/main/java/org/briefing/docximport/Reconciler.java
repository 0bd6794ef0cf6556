package org.briefing.docximport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.docx.DocxLayout;
import org.briefing.docx.EditedDocx;
import org.briefing.model.FieldPath;

/**
 * Reads an edited DOCX against the layout its edition has now: what text each field holds, which
 * list items are there in which order, which are new, and everything that is in no field. A
 * field is found by its bookmark; a paragraph without one is placed by where it is and what style
 * it has (a new bullet in the achievements is a new achievement); text typed at a field's edge,
 * where editors leave it outside the bookmark, is the field's. Nothing is dropped: what cannot be
 * placed is a {@link Leftover}.
 */
final class Reconciler {
    /**
     * A field as the edited document has it.
     *
     * @param raw        its text as written (paragraphs joined by a blank line), for comparing with
     *                   the hash it was made with
     * @param baseHash   the hash in its bookmark: its text when the DOCX was made; null when its
     *                   bookmark is gone
     * @param paragraph  where it starts, for messages
     * @param formatting formatting it has that its edition does not give it ("underline", "bold")
     * @param foreign    what it holds that a text cannot (a picture, a footnote)
     */
    /**
     * What the edited document holds for a field.
     *
     * @param raw        its text, paragraphs joined by a blank line
     * @param markup     the same in the inline syntax: its own bold, italic, links and line breaks
     * @param formatting formatting a text cannot hold (underline, colour, ...)
     */
    record FieldRead(String field, String raw, String markup, String baseHash, int paragraph, Set<String> formatting,
                     List<String> foreign) {
    }

    /** An entry of a list as the edited document orders it. */
    sealed interface Slot {
        /** An item the model has ({@code achievements[2]}, {@code quotes[0]}). */
        record Kept(String item) implements Slot {
        }

        /**
         * A new item: its parts' texts ("" for a text item; "text", "speaker", "role" for a quote;
         * "label", "url" for a link).
         */
        record Added(Map<String, String> parts, int paragraph) implements Slot {
        }
    }

    /** Something in the document that is in no field, or a field's content a model text cannot hold. */
    record Leftover(int paragraph, String section, String what) {
    }

    /** The whole reading. */
    record Reading(Map<String, FieldRead> fields, Map<String, List<Slot>> lists, List<Leftover> leftovers) {
    }

    private final List<EditedParagraph> edited;
    private final DocxLayout expected;
    private final Expectation expect;

    private final Map<String, List<EditedParagraph>> blockParagraphs = new LinkedHashMap<>();
    private final Map<String, String> baseHashes = new HashMap<>();
    private final Map<String, FieldRead> inlineReads = new LinkedHashMap<>();
    private final Map<String, List<Slot>> lists = new LinkedHashMap<>();
    private final Map<String, List<String>> addedParagraphs = new HashMap<>();
    private final List<Leftover> leftovers = new ArrayList<>();
    private final Set<Integer> matchedLiterals = new HashSet<>();
    private final Set<Integer> matchedInline = new HashSet<>();

    private String section = "";
    /** The block field the previous paragraph belonged to, and whether that paragraph closed it. */
    private String previousField;
    private boolean previousClosed = true;
    /** A quote being typed in: its text paragraphs, waiting for its attribution. */
    private NewQuote newQuote;

    Reconciler(EditedDocx docx, DocxLayout expected) {
        this.edited = docx.paragraphs().stream().map(p -> new EditedParagraph(p, expected.notes())).toList();
        this.expected = expected;
        this.expect = new Expectation(expected);
        expect.lists().forEach(list -> lists.put(list, new ArrayList<>()));
    }

    Reading read() {
        Set<Integer> templateTables = templateTables();
        EditedParagraph table = null;
        int cell = 0;
        for (EditedParagraph paragraph : edited) {
            EditedDocx.Place place = paragraph.source().place();
            if (paragraph.source().inTable() && !templateTables.contains(place.table())) {
                if (table == null || table.source().place().table() != place.table()) {
                    table = paragraph;
                    leftover(paragraph, "a table: \"" + abbreviate(paragraph.text()) + "\"…");
                }
                continue;
            }
            table = null;
            if (place.cell() != cell) { // a field does not run on from one cell into the next
                cell = place.cell();
                previousField = null;
                previousClosed = true;
            }
            read(paragraph);
        }
        finishNewQuote();
        for (int i = 0; i < expected.paragraphs().size(); i++) {
            DocxLayout.Paragraph literal = expected.paragraphs().get(i);
            if (expect.isLiteral(i) && !matchedLiterals.contains(i)) {
                leftovers.add(new Leftover(0, expect.regionOf(i), "template text \"" + abbreviate(literal.text())
                        + "\" was deleted; it comes back on the next render"));
            }
        }
        Map<String, FieldRead> fields = new LinkedHashMap<>();
        blockParagraphs.forEach((field, paragraphs) -> fields.put(field, blockRead(field, paragraphs)));
        fields.putAll(inlineReads);
        return new Reading(fields, lists, leftovers);
    }

    /** The tables the template made: those holding a field of the edition. A person's own are reported. */
    private Set<Integer> templateTables() {
        Set<Integer> tables = new HashSet<>();
        for (EditedParagraph paragraph : edited) {
            if (paragraph.source().inTable() && paragraph.fields().keySet().stream().anyMatch(expect::has)) {
                tables.add(paragraph.source().place().table());
            }
        }
        return tables;
    }

    private void read(EditedParagraph paragraph) {
        if (heading(paragraph)) {
            previousField = null;
            return;
        }
        String field = blockField(paragraph);
        if (field != null) {
            finishNewQuote();
            blockParagraphs.computeIfAbsent(field, f -> new ArrayList<>()).add(paragraph);
            appear(field, paragraph);
            EditedParagraph.Marked mark = paragraph.fields().get(field);
            previousField = field;
            previousClosed = mark != null && mark.endsHere();
            return;
        }
        boolean inline = paragraph.fields().values().stream().anyMatch(m -> !m.bookmark().block());
        if (inline && inlineParagraph(paragraph)) {
            previousField = null;
            return;
        }
        unmarked(paragraph);
    }

    // --- headings ---------------------------------------------------------------------------

    /** A section heading (by its bookmark, else by its style and text) starts that section. */
    private boolean heading(EditedParagraph paragraph) {
        for (String id : paragraph.sections()) {
            Integer index = expect.headingOf(id);
            if (index != null) {
                section = id;
                matchedLiterals.add(index);
                String wanted = expected.paragraphs().get(index).text();
                if (!TextForms.ofDocument(paragraph.text()).equals(TextForms.ofDocument(wanted))) {
                    leftover(paragraph, "the heading \"" + wanted + "\" was changed to \"" + paragraph.text().strip()
                            + "\"; headings are template text, not imported");
                }
                return true;
            }
        }
        if (paragraph.fields().isEmpty()) {
            for (Map.Entry<String, Integer> heading : expect.headings().entrySet()) {
                DocxLayout.Paragraph wanted = expected.paragraphs().get(heading.getValue());
                if (!matchedLiterals.contains(heading.getValue()) && wanted.style().equals(paragraph.style())
                        && TextForms.ofDocument(wanted.text()).equals(TextForms.ofDocument(paragraph.text()))) {
                    section = heading.getKey();
                    matchedLiterals.add(heading.getValue());
                    return true;
                }
            }
        }
        return false;
    }

    // --- fields that are whole paragraphs ---------------------------------------------------

    /** The block field this paragraph is (part of), or null. */
    private String blockField(EditedParagraph paragraph) {
        for (EditedParagraph.Marked mark : paragraph.fields().values()) {
            if (!mark.bookmark().block() || !expect.has(mark.bookmark().field())) {
                continue;
            }
            String field = mark.bookmark().field();
            if (!blockParagraphs.containsKey(field)) {
                baseHashes.put(field, mark.bookmark().hash());
                return field;
            }
            // seen before: a paragraph split in two keeps the mark in both halves
            if (field.equals(previousField) && continues(field, paragraph)) {
                return field;
            }
            // otherwise a copy: read as the paragraph it is
        }
        if (previousField != null && !previousClosed && paragraph.fields().isEmpty()
                && continues(previousField, paragraph)) {
            return previousField;
        }
        return null;
    }

    /** Whether a paragraph after one of {@code field}'s is more of it rather than something new. */
    private boolean continues(String field, EditedParagraph paragraph) {
        String list = FieldPath.steps(field).get(0);
        if (expect.isListItem(field)) {
            return !paragraph.source().numbered() && !expect.isItemStyle(list, paragraph.style())
                    || expect.isContinuationStyle(paragraph.style());
        }
        return expect.styleOf(field).equals(paragraph.style()) || expect.isContinuationStyle(paragraph.style());
    }

    private FieldRead blockRead(String field, List<EditedParagraph> paragraphs) {
        StringBuilder raw = new StringBuilder();
        StringBuilder markup = new StringBuilder();
        Set<String> formatting = new LinkedHashSet<>();
        List<String> foreign = new ArrayList<>();
        Set<String> base = expect.formattingOf(field);
        for (EditedParagraph paragraph : paragraphs) {
            raw.append(raw.length() > 0 ? "\n\n" : "").append(paragraph.text());
            markup.append(markup.length() > 0 ? "\n\n" : "")
                    .append(paragraph.markup(0, paragraph.text().length(), base));
            formatting.addAll(paragraph.formatting(0, paragraph.text().length()));
            foreign.addAll(paragraph.foreign(0, paragraph.text().length()));
        }
        return new FieldRead(field, raw.toString(), markup.toString(), baseHashes.get(field),
                paragraphs.get(0).number(), beyondSyntax(formatting), foreign);
    }

    /** The formatting of {@code used} that the inline syntax cannot say: bold and italic it can. */
    private static Set<String> beyondSyntax(Set<String> used) {
        Set<String> beyond = new LinkedHashSet<>(used);
        beyond.removeAll(Set.of("bold", "italic"));
        return beyond;
    }

    // --- paragraphs holding several fields --------------------------------------------------

    private boolean inlineParagraph(EditedParagraph paragraph) {
        Integer index = null;
        for (EditedParagraph.Marked mark : paragraph.fields().values()) {
            Integer at = expect.paragraphOf(mark.bookmark().field());
            if (at != null && !matchedInline.contains(at)) {
                index = at;
                break;
            }
        }
        if (index == null) {
            return false; // only copies of fields read elsewhere: an unmarked paragraph
        }
        matchedInline.add(index);
        finishNewQuote();
        InlineFields.Result result = InlineFields.extract(paragraph, expected.paragraphs().get(index));
        result.leftovers().forEach(what -> leftover(paragraph, what));
        result.fields().forEach((field, range) -> {
            String raw = paragraph.text().substring(range.start(), range.end());
            String markup = paragraph.markup(range.start(), range.end(), expect.formattingOf(field));
            EditedParagraph.Marked mark = paragraph.fields().get(field);
            inlineReads.put(field, new FieldRead(field, raw, markup, mark == null ? null : mark.bookmark().hash(),
                    paragraph.number(), beyondSyntax(paragraph.formatting(range.start(), range.end())),
                    paragraph.foreign(range.start(), range.end())));
            appear(field, paragraph);
        });
        return true;
    }

    // --- paragraphs without marks -----------------------------------------------------------

    private void unmarked(EditedParagraph paragraph) {
        if (paragraph.isBlank()) {
            return; // an empty paragraph is space, not content
        }
        if (previousField != null && continues(previousField, paragraph)) {
            blockParagraphs.get(previousField).add(paragraph);
            previousClosed = false;
            return;
        }
        previousField = null;
        String list = expect.listIn(section);
        if (list != null && newListContent(list, paragraph)) {
            return;
        }
        finishNewQuote();
        if (literal(paragraph)) {
            return;
        }
        leftover(paragraph, "text outside every field: \"" + abbreviate(paragraph.text()) + "\"");
    }

    /** A new item of the section's list, or more of the one just added; false when it is neither. */
    private boolean newListContent(String list, EditedParagraph paragraph) {
        List<Slot> slots = lists.get(list);
        Slot last = slots.isEmpty() ? null : slots.get(slots.size() - 1);
        switch (ListKind.of(list)) {
            case TEXT -> {
                if (expect.isItemStart(list, paragraph)) {
                    add(list, Map.of("", markup(paragraph, expect.itemFormatting(list, ""))), paragraph);
                    return true;
                }
                if (last instanceof Slot.Added && expect.isContinuationStyle(paragraph.style())) {
                    addedParagraphs.get(key(list, slots.size() - 1))
                            .add(markup(paragraph, expect.itemFormatting(list, "")));
                    return true;
                }
                return false;
            }
            case LINK -> {
                if (!expect.isItemStart(list, paragraph)) {
                    return false;
                }
                Map<String, String> link = NewItems.link(paragraph);
                if (link == null) {
                    leftover(paragraph, "a new link needs its address (a hyperlink, or the address on the line "
                            + "under its label): \"" + abbreviate(paragraph.text()) + "\"");
                    return true;
                }
                add(list, link, paragraph);
                return true;
            }
            case QUOTE -> {
                if (paragraph.style().equals(expect.quoteTextStyle())) {
                    if (newQuote == null) {
                        newQuote = new NewQuote(list, paragraph);
                    }
                    newQuote.text.add(markup(paragraph, expect.itemFormatting(list, ".text")));
                    return true;
                }
                if (paragraph.style().equals(expect.attributionStyle()) && newQuote != null) {
                    Map<String, String> attribution = NewItems.attribution(paragraph);
                    Map<String, String> quote = new LinkedHashMap<>();
                    quote.put("text", String.join("\n\n", newQuote.text));
                    quote.putAll(attribution);
                    add(list, quote, newQuote.first);
                    newQuote = null;
                    return true;
                }
                return false;
            }
            default -> throw new IllegalStateException(list);
        }
    }

    /** A new paragraph's words in the inline syntax, with the formatting its place gives it left out. */
    private static String markup(EditedParagraph paragraph, Set<String> base) {
        return paragraph.markup(0, paragraph.text().length(), base).strip();
    }

    private final class NewQuote {
        final String list;
        final EditedParagraph first;
        final List<String> text = new ArrayList<>();

        NewQuote(String list, EditedParagraph first) {
            this.list = list;
            this.first = first;
        }
    }

    private void finishNewQuote() {
        if (newQuote != null) {
            leftover(newQuote.first, "a new quotation needs an attribution line (who said it) under it: \""
                    + abbreviate(String.join(" ", newQuote.text)) + "\"");
            newQuote = null;
        }
    }

    private void add(String list, Map<String, String> parts, EditedParagraph paragraph) {
        List<Slot> slots = lists.get(list);
        slots.add(new Slot.Added(parts, paragraph.number()));
        addedParagraphs.put(key(list, slots.size() - 1), new ArrayList<>(List.of()));
    }

    /** Template text (the kicker, a label line) as it was, or changed, or else false. */
    private boolean literal(EditedParagraph paragraph) {
        String text = TextForms.ofDocument(paragraph.text());
        Integer sameStyle = null;
        for (int i : expect.literalsIn(section)) {
            if (matchedLiterals.contains(i)) {
                continue;
            }
            DocxLayout.Paragraph literal = expected.paragraphs().get(i);
            if (TextForms.ofDocument(literal.text()).equals(text)) {
                matchedLiterals.add(i);
                return true;
            }
            if (sameStyle == null && literal.style().equals(paragraph.style())) {
                sameStyle = i;
            }
        }
        if (sameStyle != null) {
            matchedLiterals.add(sameStyle);
            leftover(paragraph, "template text \"" + expected.paragraphs().get(sameStyle).text()
                    + "\" was changed to \"" + abbreviate(paragraph.text()) + "\"; template text is not imported");
            return true;
        }
        return false;
    }

    // --- list items -------------------------------------------------------------------------

    /** Notes that the item a field belongs to is in the document, here in its order. */
    private void appear(String field, EditedParagraph paragraph) {
        String item = Expectation.itemOf(field);
        if (item == null) {
            return;
        }
        List<Slot> slots = lists.get(FieldPath.steps(field).get(0));
        if (slots != null && slots.stream().noneMatch(slot -> slot instanceof Slot.Kept kept
                && kept.item().equals(item))) {
            slots.add(new Slot.Kept(item));
        }
    }

    /** Lists with each new text item's later paragraphs joined to it. */
    private static String key(String list, int index) {
        return list + "#" + index;
    }

    /** The final reading, with new items' extra paragraphs joined. */
    Reading finish(Reading reading) {
        Map<String, List<Slot>> joined = new LinkedHashMap<>();
        reading.lists().forEach((list, slots) -> {
            List<Slot> out = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                List<String> more = addedParagraphs.get(key(list, i));
                if (slot instanceof Slot.Added added && more != null && !more.isEmpty()) {
                    Map<String, String> parts = new LinkedHashMap<>(added.parts());
                    parts.put("", parts.get("") + "\n\n" + String.join("\n\n", more));
                    out.add(new Slot.Added(parts, added.paragraph()));
                } else {
                    out.add(slot);
                }
            }
            joined.put(list, out);
        });
        return new Reading(reading.fields(), joined, reading.leftovers());
    }

    // --- helpers ----------------------------------------------------------------------------

    private void leftover(EditedParagraph paragraph, String what) {
        leftovers.add(new Leftover(paragraph.number(), section, what));
    }

    static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 70 ? line : line.substring(0, 67) + "…";
    }

    /** Reads an edited DOCX against an edition's layout. */
    static Reading reading(EditedDocx docx, DocxLayout expected) {
        Reconciler reconciler = new Reconciler(docx, expected);
        return reconciler.finish(reconciler.read());
    }
}
