package org.briefing.docximport;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level difference between two texts, for people to read (and for scripts, as parts). */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}]+|.", Pattern.DOTALL);

    /** A stretch of the difference: kept, deleted or inserted text. */
    public record Part(String kind, String text) {
        public static final String EQUAL = "equal";
        public static final String DELETE = "delete";
        public static final String INSERT = "insert";
    }

    private WordDiff() {
    }

    static List<String> words(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static List<Part> parts(String before, String after) {
        List<String> from = words(before);
        List<String> to = words(after);
        List<Part> parts = new ArrayList<>();
        int f = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            add(parts, Part.EQUAL, from.subList(f, delta.getSource().getPosition()));
            add(parts, Part.DELETE, delta.getSource().getLines());
            add(parts, Part.INSERT, delta.getTarget().getLines());
            f = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(parts, Part.EQUAL, from.subList(f, from.size()));
        return parts;
    }

    private static void add(List<Part> parts, String kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            parts.add(new Part(kind, String.join("", tokens)));
        }
    }

    /**
     * The difference as one line in git's word-diff style: {@code [-deleted-]{+inserted+}}, long
     * unchanged stretches shortened to their ends.
     */
    static String inline(String before, String after) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts(before, after)) {
            String text = part.text().replace("\n\n", " ¶ ");
            switch (part.kind()) {
                case Part.DELETE -> out.append("[-").append(text).append("-]");
                case Part.INSERT -> out.append("{+").append(text).append("+}");
                default -> out.append(text.length() > 60 ? text.substring(0, 25) + " … "
                        + text.substring(text.length() - 25) : text);
            }
        }
        return out.toString();
    }
}
