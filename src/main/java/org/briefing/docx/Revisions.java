package org.briefing.docx;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

/**
 * Tracked changes as Word records them: each inserted or deleted run in a {@code w:ins} or
 * {@code w:del} with an id, the author and the date; a paragraph inserted or deleted whole has
 * its paragraph mark tracked too, so accepting or rejecting removes the paragraph as well as its
 * text. Every other paragraph's changes are dated two minutes after the change's date:
 * LibreOffice joins one author's changes made within a minute of each other where they touch,
 * across a paragraph's end too (an insertion ending one paragraph and one starting the next), and
 * rejecting the joined change would then remove that paragraph break. Not thread-safe: one per
 * document.
 */
final class Revisions {
    /** Revision ids start here, apart from bookmark ids. */
    private static final int FIRST_ID = 100_000;

    private final String author;
    private int next = FIRST_ID;
    /** Whether the paragraph being written is an odd one, whose changes are dated two minutes later. */
    private boolean odd;

    Revisions(String author) {
        this.author = author == null || author.isBlank() ? "briefing" : author;
    }

    /** A run inside a new {@code w:ins} or {@code w:del} made by {@code newIns} or {@code newDel}. */
    CTR run(Inline.Revision revision, Supplier<CTRunTrackChange> newIns, Supplier<CTRunTrackChange> newDel) {
        CTRunTrackChange change = revision.inserted() ? newIns.get() : newDel.get();
        describe(change, revision.date());
        return change.addNewR();
    }

    /**
     * Ends a paragraph: notes whether its text is all inserted or all deleted. Call it after each
     * paragraph, changed or not, and {@link #finish} after the last.
     */
    void paragraphMark(CTP paragraph, List<Inline> inlines) {
        paragraphs.add(new Written(paragraph, wholeParagraph(inlines), odd));
        odd = !odd;
    }

    /**
     * Tracks the paragraph marks of paragraphs inserted or deleted whole. For a run of them
     * between paragraphs A and C, one mark per paragraph goes: theirs (the run then merges into C
     * when removed) or, where the run's first paragraph is not formatted like C but its last is
     * like A, A's and all but the last's (the run merges into A). Word keeps the last merged
     * paragraph's formatting, LibreOffice the first's; either way the result is formatted right.
     */
    void finish() {
        for (int i = 0; i < paragraphs.size(); ) {
            Inline.Revision revision = paragraphs.get(i).revision();
            if (revision == null) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < paragraphs.size() && paragraphs.get(end + 1).revision() != null
                    && paragraphs.get(end + 1).revision().inserted() == revision.inserted()) {
                end++;
            }
            // merging into the paragraph before needs its mark, which must be an untracked one
            CTP before = i > 0 && paragraphs.get(i - 1).revision() == null ? paragraphs.get(i - 1).paragraph() : null;
            CTP after = end + 1 < paragraphs.size() ? paragraphs.get(end + 1).paragraph() : null;
            boolean intoBefore = before != null && (after == null || !alike(paragraphs.get(i).paragraph(), after))
                    && alike(paragraphs.get(end).paragraph(), before);
            for (int k = i; k <= end; k++) {
                Written mark = intoBefore ? paragraphs.get(k - 1) : paragraphs.get(k);
                track(mark.paragraph(), paragraphs.get(k).revision(), paragraphs.get(k).odd());
            }
            i = end + 1;
        }
    }

    /** A paragraph written, and the revision all its text is part of (or null). */
    private record Written(CTP paragraph, Inline.Revision revision, boolean odd) {
    }

    private final List<Written> paragraphs = new ArrayList<>();

    private void track(CTP paragraph, Inline.Revision revision, boolean oddParagraph) {
        CTParaRPr mark = paragraph.getPPr().isSetRPr() ? paragraph.getPPr().getRPr() : paragraph.getPPr().addNewRPr();
        boolean was = odd;
        odd = oddParagraph;
        describe(revision.inserted() ? mark.addNewIns() : mark.addNewDel(), revision.date());
        odd = was;
    }

    /** Whether two paragraphs have the same style and list. */
    private static boolean alike(CTP a, CTP b) {
        return String.valueOf(style(a)).equals(String.valueOf(style(b))) && String.valueOf(list(a)).equals(
                String.valueOf(list(b)));
    }

    private static String style(CTP paragraph) {
        return paragraph.isSetPPr() && paragraph.getPPr().isSetPStyle() ? paragraph.getPPr().getPStyle().getVal() : null;
    }

    private static String list(CTP paragraph) {
        return paragraph.isSetPPr() && paragraph.getPPr().isSetNumPr() && paragraph.getPPr().getNumPr().isSetNumId()
                ? paragraph.getPPr().getNumPr().getNumId().getVal().toString() : null;
    }

    /** The revision every text of the paragraph is part of, or null when it has kept text or none. */
    private static Inline.Revision wholeParagraph(List<Inline> inlines) {
        Inline.Revision found = null;
        for (Inline inline : inlines) {
            Inline.Revision revision;
            if (inline instanceof Inline.Text text) {
                if (text.text().isBlank() && text.revision() == null) {
                    continue;
                }
                revision = text.revision();
            } else if (inline instanceof Inline.Link link) {
                revision = wholeParagraph(link.inlines());
            } else {
                continue;
            }
            if (revision == null || found != null && found.inserted() != revision.inserted()) {
                return null;
            }
            found = revision;
        }
        return found;
    }

    private void describe(CTTrackChange change, String date) {
        change.setId(BigInteger.valueOf(next++));
        change.setAuthor(author);
        Calendar calendar = calendar(date);
        if (calendar != null) {
            change.setDate(calendar);
        }
    }

    private Calendar calendar(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(date).plusMinutes(odd ? 2 : 0);
            GregorianCalendar calendar = GregorianCalendar.from(time.toZonedDateTime());
            calendar.setTimeZone(TimeZone.getTimeZone("UTC"));
            return calendar;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
