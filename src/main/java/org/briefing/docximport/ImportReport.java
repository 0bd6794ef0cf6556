package org.briefing.docximport;

import java.nio.file.Path;
import java.util.List;

/**
 * What importing an edited DOCX did, or would do with {@code --dry-run}: every change to the
 * model, field by field, and everything in the document that was not imported, with where it is.
 *
 * @param written whether the model file was written (false for a dry run, no changes, or a
 *                refusal under {@code --strict})
 */
public record ImportReport(Path docx, Path model, String language, List<Change> changes,
                           List<NotImported> notImported, List<String> notes, boolean written) {

    public ImportReport {
        changes = List.copyOf(changes);
        notImported = List.copyOf(notImported);
        notes = List.copyOf(notes);
    }

    /** Kinds of change. */
    public enum Kind {
        /** A text was changed (in this language, or in every language). */
        CHANGED,
        /** A list item was added. */
        ADDED,
        /** A list item was deleted (in every language). */
        DELETED,
        /** A list's items were put in another order. */
        REORDERED
    }

    /**
     * One change.
     *
     * @param path     the field or list item ({@code achievements[2]}, {@code quotes[0].speaker}),
     *                 as numbered before the import for changes and deletions and after it for
     *                 additions; the list for a new order
     * @param language the language changed, or null for every language (an address, a text that
     *                 is the same in every language, a deleted or reordered item)
     * @param before   the text before (empty for an addition), @param after the text after
     * @param outdated the languages newly marked as needing translation because of it
     */
    public record Change(Kind kind, String path, String language, String before, String after,
                         List<String> outdated) {
        public Change {
            outdated = List.copyOf(outdated);
        }

        /** A word-level difference, {@code [-old-]{+new+}}. */
        public String difference() {
            return WordDiff.inline(before, after);
        }

        /** The difference as kept, deleted and inserted stretches. */
        public List<WordDiff.Part> parts() {
            return WordDiff.parts(before, after);
        }
    }

    /**
     * Something not imported.
     *
     * @param paragraph the paragraph of the document it is in (from 1), or 0 when it is about no
     *                  one paragraph
     * @param section   the section it is in ("" for the title block and summary)
     */
    public record NotImported(int paragraph, String section, String what) {
        /** {@code paragraph 14 (links): what}. */
        public String describe() {
            String where = paragraph > 0 ? "paragraph " + paragraph : "document";
            return where + (section.isEmpty() ? "" : " (" + section + ")") + ": " + what;
        }
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** Whether all of the document's content is in the model now (nothing was left out). */
    public boolean isComplete() {
        return notImported.isEmpty();
    }
}
