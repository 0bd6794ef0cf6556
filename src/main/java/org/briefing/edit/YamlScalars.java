package org.briefing.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a text as a YAML scalar in the style a person would have chosen, or the style the value
 * it replaces had: plain where that is safe and fits the line, a folded block ({@code >-}) for a
 * long paragraph, a literal block ({@code |-}, a blank line between paragraphs) for several
 * paragraphs, quotes where nothing else can say the text exactly.
 */
final class YamlScalars {
    /** Lines of block scalars are wrapped to this many columns where a file shows no width of its own. */
    static final int WIDTH = 92;

    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\n");

    private YamlScalars() {
    }

    /**
     * {@code value} as scalar text to place at {@code column} of a line.
     *
     * @param preferred the style of the value replaced, or null for a new value
     * @param indent    the indentation of a block scalar's lines
     * @param flow      inside a flow collection ({@code {...}}, {@code [...]}), where only one-line
     *                  styles may go
     * @param newline   the file's line break
     * @param width     the columns block scalars' lines are wrapped to
     */
    static String render(String value, ScalarStyle preferred, int column, String indent, boolean flow,
                         String newline, int width) {
        boolean paragraphs = value.contains("\n");
        boolean blockable = !flow && blockSafe(value);
        if (paragraphs) {
            return blockable ? literal(value, indent, newline, width) : doubleQuoted(value);
        }
        if (preferred == ScalarStyle.SINGLE_QUOTED && !value.contains("\n")) {
            return "'" + value.replace("'", "''") + "'";
        }
        if (preferred == ScalarStyle.DOUBLE_QUOTED) {
            return doubleQuoted(value);
        }
        if ((preferred == ScalarStyle.FOLDED || preferred == ScalarStyle.LITERAL) && blockable) {
            return preferred == ScalarStyle.LITERAL ? literal(value, indent, newline, width)
                    : folded(value, indent, newline, width);
        }
        boolean fits = column + value.length() <= width;
        if (plainSafe(value, flow) && (fits || !blockable)) {
            return value;
        }
        return blockable && !fits ? folded(value, indent, newline, width) : doubleQuoted(value);
    }

    /** A plain scalar reads back as exactly this string. */
    static boolean plainSafe(String value, boolean flow) {
        if (value.isEmpty() || !value.equals(value.strip()) || value.contains("\n") || value.contains("\t")) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0 && !(value.length() > 1
                && "-?:".indexOf(value.charAt(0)) >= 0 && value.charAt(1) != ' ')) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        if (flow && value.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return false;
        }
        return RESOLVER.resolve(value, true).equals(Tag.STR) && value.chars().allMatch(YamlScalars::printable);
    }

    /** Block scalars keep text as it is, but cannot start or end with spaces or hold control characters. */
    private static boolean blockSafe(String value) {
        return !value.isEmpty() && value.equals(value.strip()) && value.chars().allMatch(c -> c == '\n' || printable(c))
                && !value.contains(" \n") && !value.contains("\n ") && !value.contains("\n\n\n");
    }

    private static boolean printable(int c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0xFEFF && c != 0x2028 && c != 0x2029;
    }

    /** {@code >-}: one paragraph, wrapped; each line break reads back as a space. */
    static String folded(String value, String indent, String newline, int width) {
        StringBuilder out = new StringBuilder(">-");
        for (String line : wrap(value, width - indent.length())) {
            out.append(newline).append(indent).append(line);
        }
        return out.toString();
    }

    /**
     * {@code |-}: paragraphs separated by a blank line. Lines are wrapped, and a single line break
     * inside a paragraph reads as a space in a model (as in every model text), so the text means
     * the same; the string itself then holds line breaks where the lines wrap.
     */
    static String literal(String value, String indent, String newline, int width) {
        StringBuilder out = new StringBuilder("|-");
        String[] paragraphs = PARAGRAPH_BREAK.split(value);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append(newline);
            }
            // a line the text breaks itself (a backslash ends it) stays its own line
            for (String kept : paragraphs[p].split("\n")) {
                for (String line : wrap(kept, width - indent.length())) {
                    out.append(newline).append(indent).append(line);
                }
            }
        }
        return out.toString();
    }

    /**
     * Breaks at single spaces between words only: a break next to another space would change
     * what a folded scalar reads back as.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (text.length() - start > width) {
            int limit = start + width;
            int cut = -1;
            for (int i = limit; i > start; i--) {
                if (breakable(text, i)) {
                    cut = i;
                    break;
                }
            }
            if (cut < 0) { // one long word: break after it
                for (int i = limit + 1; i < text.length(); i++) {
                    if (breakable(text, i)) {
                        cut = i;
                        break;
                    }
                }
            }
            if (cut < 0) {
                break;
            }
            lines.add(text.substring(start, cut));
            start = cut + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static boolean breakable(String text, int i) {
        return i > 0 && i < text.length() - 1 && text.charAt(i) == ' ' && text.charAt(i - 1) != ' '
                && text.charAt(i + 1) != ' ';
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (printable(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
