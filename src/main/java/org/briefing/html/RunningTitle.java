package org.briefing.html;

import java.util.List;
import org.briefing.html.EditionView.Text;

/**
 * The title as the running header shows it: the short title, else the title, in one line of at
 * most {@value #LIMIT} characters. A longer one is cut after its last whole word that fits and
 * ends in "…", so that it stays on the line beside the date in every format, the DOCX's header
 * (where a longer line would push the date onto a line of its own) as much as the PDF's.
 */
final class RunningTitle {
    /**
     * Characters that fit in two thirds of the narrowest measure (150 mm on A4) in the header's
     * 8.5 pt sans, in Cyrillic as in Latin letters.
     */
    static final int LIMIT = 60;
    private static final String ELLIPSIS = "…";
    /** A cut within a word is better than one that throws away more than this many characters. */
    private static final int LONGEST_WORD = 20;

    private RunningTitle() {
    }

    /** {@code shortTitle} (or {@code title} where there is none), shortened to the limit. */
    static Text of(Text shortTitle, Text title) {
        Text full = shortTitle != null ? shortTitle : title;
        return new Text(full.field(), full.language(), List.of(shortened(full.plain())));
    }

    static String shortened(String line) {
        if (line.codePointCount(0, line.length()) <= LIMIT) {
            return line;
        }
        int room = line.offsetByCodePoints(0, LIMIT - 1);
        int space = line.lastIndexOf(' ', room);
        int cut = space > 0 && room - space <= LONGEST_WORD ? space : room;
        String kept = line.substring(0, cut).replaceAll("[\\s\\p{Pd},;:]+$", "");
        return kept + ELLIPSIS;
    }
}
