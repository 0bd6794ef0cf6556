package org.briefing.docximport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.docx.DocxLayout;
import org.briefing.model.FieldPath;

/**
 * What the edition's DOCX has where, from its layout: the fields and their texts, styles and
 * paragraphs; the sections and what template text each holds; the lists, their items in order,
 * and the style an item of each starts with. What an edited paragraph is read against.
 */
final class Expectation {
    /** The style of a list item's further paragraphs (see the DOCX writer's StyleMap). */
    private static final String CONTINUATION = "List Continue";

    private final DocxLayout layout;
    private final Map<String, StringBuilder> texts = new LinkedHashMap<>();
    private final Map<String, StringBuilder> markups = new LinkedHashMap<>();
    private final Map<String, Integer> firstParagraph = new HashMap<>();
    private final Map<String, DocxLayout.Segment.Field> firstSegment = new HashMap<>();
    private final Map<String, Integer> headings = new LinkedHashMap<>();
    private final List<String> regions = new ArrayList<>();
    private final Map<String, List<String>> items = new LinkedHashMap<>();
    private final Map<String, String> listSections = new HashMap<>();
    private String quoteTextStyle = "Quote";
    private String attributionStyle = "Quote Attribution";

    Expectation(DocxLayout layout) {
        this.layout = layout;
        String region = "";
        for (int i = 0; i < layout.paragraphs().size(); i++) {
            DocxLayout.Paragraph paragraph = layout.paragraphs().get(i);
            if (paragraph.section() != null) {
                region = paragraph.section();
                headings.put(region, i);
            }
            regions.add(region);
            Set<String> inThisParagraph = new LinkedHashSet<>();
            for (DocxLayout.Segment segment : paragraph.segments()) {
                if (segment instanceof DocxLayout.Segment.Field field) {
                    StringBuilder text = texts.get(field.field());
                    if (text == null) {
                        texts.put(field.field(), new StringBuilder(field.text()));
                        markups.put(field.field(), new StringBuilder(field.markup()));
                        firstParagraph.put(field.field(), i);
                        firstSegment.put(field.field(), field);
                    } else {
                        String between = inThisParagraph.contains(field.field()) ? "" : "\n\n";
                        text.append(between).append(field.text());
                        markups.get(field.field()).append(between).append(field.markup());
                    }
                    inThisParagraph.add(field.field());
                    noteItem(field.field(), region);
                }
            }
        }
        for (Map.Entry<String, List<String>> list : items.entrySet()) {
            if (ListKind.of(list.getKey()) == ListKind.QUOTE && !list.getValue().isEmpty()) {
                String first = list.getValue().get(0);
                quoteTextStyle = styleOrDefault(first + ".text", quoteTextStyle);
                attributionStyle = styleOrDefault(first + ".speaker", attributionStyle);
            }
        }
    }

    private String styleOrDefault(String field, String otherwise) {
        return firstParagraph.containsKey(field) ? styleOf(field) : otherwise;
    }

    private void noteItem(String field, String region) {
        String item = itemOf(field);
        // notes are footnotes, not a list of the body: a deleted footnote does not delete its note
        if (item != null && !item.startsWith("notes[")) {
            String list = FieldPath.steps(field).get(0);
            List<String> listItems = items.computeIfAbsent(list, l -> new ArrayList<>());
            if (!listItems.contains(item)) {
                listItems.add(item);
            }
            listSections.putIfAbsent(list, region);
        }
    }

    /** The list item a field belongs to ({@code quotes[0].speaker} → {@code quotes[0]}), or null. */
    static String itemOf(String field) {
        List<String> steps = FieldPath.steps(field);
        return steps.size() >= 2 && steps.get(1).startsWith("[") ? steps.get(0) + steps.get(1) : null;
    }

    boolean has(String field) {
        return texts.containsKey(field);
    }

    /** The fields in document order. */
    Set<String> fields() {
        return texts.keySet();
    }

    /** A field's text as written: its paragraphs joined by a blank line. */
    String text(String field) {
        return texts.get(field).toString();
    }

    /** The same in the inline syntax: the formatting and links within the field, as the model writes them. */
    String markup(String field) {
        return markups.get(field).toString();
    }

    String styleOf(String field) {
        return layout.paragraphs().get(firstParagraph.get(field)).style();
    }

    /** The formatting the edition gives a field: "bold" (a speaker), "italic" (a title), "link" (a link's label). */
    Set<String> formattingOf(String field) {
        DocxLayout.Segment.Field segment = firstSegment.get(field);
        Set<String> formatting = new LinkedHashSet<>();
        if (segment != null && segment.bold()) {
            formatting.add("bold");
        }
        if (segment != null && segment.italic()) {
            formatting.add("italic");
        }
        if (segment != null && segment.linked()) {
            formatting.add("link");
        }
        return formatting;
    }

    /** Whether a field is whole paragraphs rather than part of one. */
    boolean isBlock(String field) {
        return firstSegment.get(field).block();
    }

    /** The paragraph that holds a field (the first, for one of several paragraphs). */
    Integer paragraphOf(String field) {
        return firstParagraph.get(field);
    }

    /** Whether a field is a list item of its own (an achievement), as opposed to a part of one (a quote's words). */
    boolean isListItem(String field) {
        return field.equals(itemOf(field));
    }

    Map<String, Integer> headings() {
        return headings;
    }

    Integer headingOf(String section) {
        return headings.get(section);
    }

    String regionOf(int paragraph) {
        return regions.get(paragraph);
    }

    /** Whether a paragraph is template text only (the kicker, a label line), not a heading. */
    boolean isLiteral(int paragraph) {
        DocxLayout.Paragraph p = layout.paragraphs().get(paragraph);
        return p.section() == null && p.segments().stream().noneMatch(DocxLayout.Segment.Field.class::isInstance);
    }

    List<Integer> literalsIn(String section) {
        List<Integer> literals = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).equals(section) && isLiteral(i)) {
                literals.add(i);
            }
        }
        return literals;
    }

    /** The lists the edition shows. */
    Set<String> lists() {
        return items.keySet();
    }

    /**
     * The formatting the edition gives {@code part} ("" for the item itself, ".text" for a quote's
     * words) of the list's items, so a new item's own formatting can be told from its place's.
     */
    Set<String> itemFormatting(String list, String part) {
        List<String> listItems = items(list);
        return listItems.isEmpty() ? Set.of() : formattingOf(listItems.get(0) + part);
    }

    /** A list's items in the edition's order. */
    List<String> items(String list) {
        return items.getOrDefault(list, List.of());
    }

    /** The list whose items are in {@code section}, or null. */
    String listIn(String section) {
        for (Map.Entry<String, String> entry : listSections.entrySet()) {
            if (entry.getValue().equals(section) && !section.isEmpty()) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Whether a paragraph starts an item of {@code list}: a bullet in a bulleted list, the item style otherwise. */
    boolean isItemStart(String list, EditedParagraph paragraph) {
        String first = items(list).isEmpty() ? null : items(list).get(0);
        if (first == null) {
            return false;
        }
        String itemField = ListKind.of(list) == ListKind.TEXT ? first : first + "." + ListKind.of(list).parts().get(0);
        DocxLayout.Paragraph model = layout.paragraphs().get(firstParagraph.getOrDefault(itemField, 0));
        if (model.item()) {
            return paragraph.source().numbered() && !isContinuationStyle(paragraph.style());
        }
        return paragraph.style().equals(model.style()) && !paragraph.source().numbered();
    }

    boolean isItemStyle(String list, String style) {
        String first = items(list).isEmpty() ? null : items(list).get(0);
        return first != null && firstParagraph.containsKey(first) && styleOf(first).equals(style);
    }

    boolean isContinuationStyle(String style) {
        return CONTINUATION.equals(style);
    }

    String quoteTextStyle() {
        return quoteTextStyle;
    }

    String attributionStyle() {
        return attributionStyle;
    }
}
