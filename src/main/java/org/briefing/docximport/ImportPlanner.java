package org.briefing.docximport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.docx.FieldBookmark;
import org.briefing.edit.ModelEdits;
import org.briefing.markup.InlineMarkup;
import org.briefing.markup.MarkupWriter;
import org.briefing.markup.Run;
import org.briefing.markup.TextSyntax;
import org.briefing.model.Briefing;
import org.briefing.model.FieldPath;
import org.briefing.model.LocalizedText;
import org.briefing.model.ModelTexts;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides what a {@link Reconciler.Reading} of an edited DOCX means for its model, in the DOCX's
 * language: texts changed (and the other languages of each marked outdated), items added (in
 * that language only, so the others show as missing), deleted and reordered. A field changed both
 * in the document and in the model since the document was made is a conflict and keeps the
 * model's text; so does anything the model cannot hold. The result is {@link ModelEdits} and the
 * report's entries.
 */
final class ImportPlanner {
    private static final Pattern ADDRESS = Pattern.compile("(https?://|mailto:)\\S+");
    /** Fields a DOCX shows but an edit of which cannot be read back into the model. */
    private static final Map<String, String> READ_ONLY = Map.of(
            "date", "the date is written in the model as an ISO date (YYYY-MM-DD); change it there");

    private final Briefing briefing;
    private final TextSyntax syntax;
    private final String language;
    private final Expectation expect;
    private final Reconciler.Reading reading;
    private final Map<String, LocalizedText> texts;
    private final Map<String, String> addresses;

    private final ModelEdits edits = new ModelEdits();
    private final List<ImportReport.Change> changes = new ArrayList<>();
    private final List<ImportReport.NotImported> notImported = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ImportPlanner(Briefing briefing, String language, Expectation expect, Reconciler.Reading reading) {
        this.briefing = briefing;
        this.syntax = TextSyntax.of(briefing.schema());
        this.language = language;
        this.expect = expect;
        this.reading = reading;
        this.texts = ModelTexts.texts(briefing);
        this.addresses = ModelTexts.addresses(briefing);
    }

    /** What to do: the edits, and what to report. */
    record Plan(ModelEdits edits, List<ImportReport.Change> changes, List<ImportReport.NotImported> notImported,
                List<String> notes) {
    }

    Plan plan() {
        reading.leftovers().forEach(l -> notImported.add(new ImportReport.NotImported(l.paragraph(), l.section(),
                l.what())));
        Set<String> deletedItems = new LinkedHashSet<>();
        for (String list : expect.lists()) {
            deletedItems.addAll(arrange(list));
        }
        for (String field : expect.fields()) {
            String item = Expectation.itemOf(field);
            if (item != null && deletedItems.contains(item)) {
                continue;
            }
            Reconciler.FieldRead read = reading.fields().get(field);
            if (read == null) {
                missing(field);
            } else {
                field(field, read);
            }
        }
        return new Plan(edits, changes, notImported, notes);
    }

    // --- texts ------------------------------------------------------------------------------

    private void field(String field, Reconciler.FieldRead read) {
        read.foreign().forEach(what -> notImported.add(new ImportReport.NotImported(read.paragraph(),
                sectionOf(field), what + " in " + field + " (a model text cannot hold it)")));
        if (!read.formatting().isEmpty()) {
            notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), String.join(", ",
                    read.formatting()) + " in " + field + " (a model text cannot hold formatting; its words are "
                    + "imported)"));
        }
        // in a model with the inline syntax a text is compared in it, so that words set bold or
        // italic, a link or a line break are changes too; an address is its characters
        boolean address = addresses.containsKey(field);
        boolean inline = syntax == TextSyntax.INLINE && !address;
        if (!inline && !address && !InlineMarkup.isPlain(read.markup())) {
            notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), "bold, italic, a link or "
                    + "a line break in " + field + " (the model is " + briefing.schema() + ", whose texts hold no "
                    + "formatting; declare schema: " + TextSyntax.INLINE_SCHEMA + " for it; its words are imported)"));
        }
        String rendered = TextForms.ofDocument(inline ? expect.markup(field) : expect.text(field));
        String edited = TextForms.ofDocument(inline ? read.markup() : read.raw());
        if (edited.equals(rendered)) {
            return;
        }
        if (READ_ONLY.containsKey(field)) {
            notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), field + " was changed to \""
                    + edited + "\"; " + READ_ONLY.get(field)));
            return;
        }
        String base = read.baseHash();
        if (base != null && !base.equals(FieldBookmark.hash(expect.text(field)))) {
            if (base.equals(FieldBookmark.hash(read.raw()))) {
                notes.add(field + ": changed in the model since the DOCX was made, not in the DOCX; the model's "
                        + "text stays");
            } else {
                notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), field
                        + " was changed both in the DOCX and in the model since the DOCX was made; the model's text"
                        + " stays. The DOCX has: \"" + edited + "\""));
            }
            return;
        }
        if (edited.isEmpty()) {
            notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), field
                    + " was emptied; a text cannot be empty, so the model keeps it (delete the whole item to "
                    + "remove it)"));
            return;
        }
        if (address) {
            address(field, read, edited);
        } else if (texts.containsKey(field)) {
            List<String> problems = inline ? InlineMarkup.problems(edited) : List.of();
            if (!problems.isEmpty()) {
                notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), field
                        + ": " + String.join("; ", problems) + "; the model keeps its text"));
                return;
            }
            text(field, rendered, edited);
        } else {
            notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), field
                    + " was changed, but it is not a text of the model"));
        }
    }

    private void address(String field, Reconciler.FieldRead read, String edited) {
        if (!ADDRESS.matcher(edited).matches()) {
            notImported.add(new ImportReport.NotImported(read.paragraph(), sectionOf(field), field + " was changed to \""
                    + edited + "\", which is not an http, https or mailto address"));
            return;
        }
        edits.setValue(field, edited);
        changes.add(new ImportReport.Change(ImportReport.Kind.CHANGED, field, null, addresses.get(field), edited,
                List.of()));
    }

    private void text(String field, String rendered, String edited) {
        LocalizedText text = texts.get(field);
        String own = text.in(language).orElse(null);
        // the text as the file writes it: what the edited words are mapped back onto
        String shown = syntax.stored(own != null ? own : fallback(text));
        String value = TextForms.backToModel(TextForms.ofModel(shown), rendered, edited);
        if (text.isSameInEveryLanguage()) {
            edits.setValue(field, value);
            changes.add(new ImportReport.Change(ImportReport.Kind.CHANGED, field, null, TextForms.ofModel(shown),
                    value, List.of()));
            return;
        }
        edits.setText(field, language, value);
        Set<String> outdated = new LinkedHashSet<>(text.outdated());
        List<String> marked = new ArrayList<>();
        if (own == null || outdated.contains(language)) {
            // a translation filled in, or an outdated one brought up to date: the others stay as they are
            outdated.remove(language);
        } else {
            for (String other : text.byLanguage().keySet()) {
                if (!other.equals(language) && outdated.add(other)) {
                    marked.add(other);
                }
            }
        }
        if (!outdated.equals(text.outdated())) {
            edits.setOutdated(field, List.copyOf(outdated));
        }
        changes.add(new ImportReport.Change(ImportReport.Kind.CHANGED, field, language,
                own == null ? "" : TextForms.ofModel(syntax.stored(own)), value, marked));
    }

    private String fallback(LocalizedText text) {
        for (String other : briefing.languages()) {
            if (text.in(other).isPresent()) {
                return text.in(other).get();
            }
        }
        return text.byLanguage().values().iterator().next();
    }

    /** A field the document no longer has, of an item it still has (or of no list). */
    private void missing(String field) {
        String why = FieldPath.steps(field).get(FieldPath.steps(field).size() - 1).equals("role")
                ? "a role cannot be removed in one language only; remove it in the model"
                : field.startsWith("notes[") ? "a note is cited in every language; remove it and its markers in"
                + " the model" : "the model keeps it (delete the whole item to remove it)";
        if (!READ_ONLY.containsKey(field)) {
            notImported.add(new ImportReport.NotImported(0, sectionOf(field), field + " was deleted from the DOCX; "
                    + why));
        }
    }

    // --- lists ------------------------------------------------------------------------------

    /** Writes a list's new arrangement, if it changed; the items it deletes. */
    private List<String> arrange(String list) {
        List<String> before = expect.items(list);
        List<Reconciler.Slot> slots = reading.lists().getOrDefault(list, List.of());
        List<String> kept = new ArrayList<>();
        boolean added = false;
        for (Reconciler.Slot slot : slots) {
            if (slot instanceof Reconciler.Slot.Kept k) {
                kept.add(k.item());
            } else {
                added = true;
            }
        }
        if (!added && kept.equals(before)) {
            return List.of();
        }
        List<ModelEdits.ListEntry> entries = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Reconciler.Slot slot = slots.get(i);
            if (slot instanceof Reconciler.Slot.Kept k) {
                entries.add(new ModelEdits.ListEntry.Kept(FieldPath.indexOf(k.item())));
            } else {
                Reconciler.Slot.Added a = (Reconciler.Slot.Added) slot;
                String words = a.parts().getOrDefault("", a.parts().getOrDefault("text", ""));
                if (syntax == TextSyntax.LITERAL && !InlineMarkup.isPlain(words)) {
                    notImported.add(new ImportReport.NotImported(a.paragraph(), sectionOf(list), "bold, italic, a "
                            + "link or a line break in a new item of " + list + " (the model is " + briefing.schema()
                            + ", whose texts hold no formatting; its words are imported)"));
                }
                ObjectNode value = newItem(list, a.parts());
                entries.add(new ModelEdits.ListEntry.Added(value));
                changes.add(new ImportReport.Change(ImportReport.Kind.ADDED, FieldPath.item(list, i), language, "",
                        summary(a.parts()), List.of()));
            }
        }
        List<String> deleted = new ArrayList<>();
        for (String item : before) {
            if (!kept.contains(item)) {
                deleted.add(item);
                changes.add(new ImportReport.Change(ImportReport.Kind.DELETED, item, null, itemText(item), "",
                        List.of()));
            }
        }
        List<String> remaining = new ArrayList<>(before);
        remaining.removeAll(deleted);
        if (!kept.equals(remaining)) {
            changes.add(new ImportReport.Change(ImportReport.Kind.REORDERED, list, null,
                    String.join(", ", remaining), String.join(", ", kept), List.of()));
        }
        edits.arrangeList(list, entries);
        return deleted;
    }

    /** A new item as the model holds it, in the edited language only. */
    private ObjectNode newItem(String list, Map<String, String> parts) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (ListKind.of(list)) {
            case TEXT -> {
                return json.objectNode().put(language, syntax.stored(TextForms.ofDocument(parts.get(""))));
            }
            case QUOTE -> {
                ObjectNode quote = json.objectNode();
                quote.putObject("speaker").put(language, literal(parts.get("speaker")));
                if (parts.containsKey("role")) {
                    quote.putObject("role").put(language, literal(parts.get("role")));
                }
                quote.putObject("text").put(language, syntax.stored(TextForms.ofDocument(parts.get("text"))));
                return quote;
            }
            case LINK -> {
                ObjectNode link = json.objectNode();
                link.putObject("label").put(language, literal(parts.get("label")));
                link.put("url", parts.get("url"));
                return link;
            }
            default -> throw new IllegalStateException(list);
        }
    }

    /** Words read as plain text, written so the model reads them as they are. */
    private String literal(String words) {
        return syntax.stored(MarkupWriter.write(List.of(new Run(TextForms.ofDocument(words), false, false, null))));
    }

    private static String summary(Map<String, String> parts) {
        if (parts.containsKey("")) {
            return TextForms.ofDocument(parts.get(""));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        parts.forEach((part, text) -> shown.put(part, TextForms.ofDocument(text)));
        return shown.toString();
    }

    /** An item's text in the edition's language, for the report. */
    private String itemText(String item) {
        LocalizedText text = texts.get(item);
        if (text == null) {
            text = texts.get(item + ".text");
        }
        if (text == null) {
            text = texts.get(item + ".label");
        }
        if (text == null) {
            return "";
        }
        LocalizedText found = text;
        return TextForms.ofModel(found.in(language).orElseGet(() -> fallback(found)));
    }

    private String sectionOf(String field) {
        Integer paragraph = expect.paragraphOf(field);
        return paragraph == null ? "" : expect.regionOf(paragraph);
    }
}
