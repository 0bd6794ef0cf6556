package org.briefing.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The hidden bookmarks of one document's body: each field's {@link FieldBookmark}, and one on
 * each section heading ({@code _bs_achievements}), with ids unique in the document. Not
 * thread-safe: one per document.
 */
final class Bookmarks {
    /** The prefix of a section heading's bookmark. */
    static final String SECTION_PREFIX = "_bs_";

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, BigInteger> ids = new HashMap<>();
    private int next;

    /** The bookmarks of the fields marked in {@code body} and its footnotes. */
    Bookmarks(List<Block> body, List<BriefingDocument.Footnote> footnotes) {
        List<Block> all = new java.util.ArrayList<>(body);
        footnotes.forEach(note -> all.add(new Block.ListBlock(false, List.of(new Block.ListItem(note.paragraphs())))));
        FieldMarks.fields(all).forEach((field, text) -> names.put(field,
                FieldBookmark.name(field, text.block(), text.text())));
    }

    /** Starts the bookmark of {@code field} with an element made by {@code newStart} (in a paragraph or a link). */
    void start(Supplier<CTBookmark> newStart, String field) {
        CTBookmark start = newStart.get();
        start.setId(ids.computeIfAbsent(field, f -> BigInteger.valueOf(next++)));
        start.setName(names.get(field));
    }

    void end(Supplier<CTMarkupRange> newEnd, String field) {
        newEnd.get().setId(ids.get(field));
    }

    /**
     * Starts the bookmark of a section's heading, whose runs follow; null when the section's id
     * cannot be a bookmark name. Its end is {@link #endSection}.
     */
    BigInteger startSection(CTP heading, String section) {
        String name = sectionName(section);
        if (name == null) {
            return null;
        }
        BigInteger id = BigInteger.valueOf(next++);
        CTBookmark start = heading.addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        return id;
    }

    /** The bookmark of the heading of section {@code section}, or null when its id cannot be one. */
    static String sectionName(String section) {
        return section == null || !section.matches("[a-z][a-z0-9-]{0,30}") ? null
                : SECTION_PREFIX + section.replace('-', '_');
    }

    /**
     * A bookmark around the first citation of footnote {@code number}, which later citations of
     * the same note refer to ({@code NOTEREF}): its name, after the start, before the run.
     */
    BigInteger startNote(CTP paragraph, int number) {
        BigInteger id = BigInteger.valueOf(next++);
        CTBookmark start = paragraph.addNewBookmarkStart();
        start.setId(id);
        start.setName(noteName(number));
        return id;
    }

    /** The bookmark of the first citation of footnote {@code number}. */
    static String noteName(int number) {
        return NOTE_PREFIX + number;
    }

    /** The prefix of a footnote citation's bookmark: hidden, as Word's own cross-reference targets are. */
    static final String NOTE_PREFIX = "_RefNote";

    void endSection(CTP heading, BigInteger id) {
        if (id != null) {
            heading.addNewBookmarkEnd().setId(id);
        }
    }
}
