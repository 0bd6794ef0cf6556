package org.briefing.typeset;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typesetting pass over a text: where a line may not break, which quotation marks and
 * dashes it prints. Every change is to one character (a space becomes a no-break space, a
 * straight quotation mark a typographic one, a range's hyphen an en dash followed by a word
 * joiner), so each can be traced back to the text as typed. Applying it twice changes nothing
 * more.
 */
public final class Typesetter {
    public static final char NO_BREAK_SPACE = '\u00A0';
    /** Forbids a line break where it stands, and is otherwise nothing. */
    public static final char WORD_JOINER = '\u2060';

    private static final String NO_BREAK = String.valueOf(NO_BREAK_SPACE);
    private static final String EN_DASH_JOINED = "–" + WORD_JOINER;

    /** A one-letter word (в, с, и, у, a) and the space after it, before a word, number or quotation. */
    private static final Pattern ONE_LETTER_WORD =
            Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'’.\\-])\\p{L}( )(?=[\\p{L}\\p{N}«„“\"(№§])");
    /** A number and the word, unit or sign after it: 30 дней, 2020 г., 25 June, 5 %. */
    private static final Pattern NUMBER_AND_WORD = Pattern.compile("(?<=\\d)( )(?=[\\p{L}%‰°])");
    /** The number sign and section sign keep their number: № 112, § 4. */
    private static final Pattern SIGN_AND_NUMBER = Pattern.compile("(?<=[№§])( )(?=\\d)");
    /** Groups of a large number: 1 000 000. */
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)( )(?=\\d{3}(?!\\d))");
    /** An initial keeps the name after it: А. С. Пушкин, U.S. Department. */
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Lu}\\.( )(?=\\p{Lu})");
    /** A spaced dash never starts a line: the space before it does not break. */
    private static final Pattern SPACED_DASH = Pattern.compile("( )(?=[—–] )");
    /** A range of years typed with a hyphen: 2015-2024. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d\\-–])[12]\\d{3}(-)[12]\\d{3}(?![\\d\\-–])");
    /** An en dash between numbers, which a line may otherwise break after. */
    private static final Pattern NUMBER_RANGE = Pattern.compile("(?<=\\d)(–)(?=\\d)");

    private Typesetter() {
    }

    /** {@code text} typeset by the conventions of one language. */
    public static String apply(String text, Typography typography) {
        return apply(text, edits(text, index -> typography));
    }

    /**
     * What each character of {@code text} becomes (null where it stays), each typeset by the
     * conventions of the language at its index.
     */
    static String[] edits(CharSequence text, IntFunction<Typography> typographyAt) {
        String[] edits = new String[text.length()];
        quotationMarks(text, typographyAt, edits);
        Matcher oneLetter = ONE_LETTER_WORD.matcher(text);
        while (oneLetter.find()) {
            if (typographyAt.apply(oneLetter.start()).bindOneLetterWords()) {
                edits[oneLetter.start(1)] = NO_BREAK;
            }
        }
        for (Pattern space : new Pattern[] {NUMBER_AND_WORD, SIGN_AND_NUMBER, DIGIT_GROUPS, INITIAL, SPACED_DASH}) {
            Matcher m = space.matcher(text);
            while (m.find()) {
                edits[m.start(1)] = NO_BREAK;
            }
        }
        for (Pattern range : new Pattern[] {YEAR_RANGE, NUMBER_RANGE}) {
            Matcher m = range.matcher(text);
            while (m.find()) {
                edits[m.start(1)] = EN_DASH_JOINED;
            }
        }
        return edits;
    }

    /**
     * Straight double quotation marks as the language's own, opening after a space or an opening
     * bracket and closing otherwise, nested ones as the language nests them; an apostrophe
     * between letters as ’.
     */
    private static void quotationMarks(CharSequence text, IntFunction<Typography> typographyAt, String[] edits) {
        int depth = 0;
        boolean lastOpened = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                edits[i] = "’";
            }
            if (c != '"') {
                continue;
            }
            Typography typography = typographyAt.apply(i);
            // after another straight mark, one that opened opens again ("„…) and one that closed closes
            boolean opening = i == 0 || (text.charAt(i - 1) == '"' ? lastOpened : opensAfter(text.charAt(i - 1)));
            lastOpened = opening;
            char mark;
            if (opening) {
                mark = typography.knowsQuotes() ? typography.open(depth) : c;
                depth++;
            } else {
                depth = Math.max(0, depth - 1);
                mark = typography.knowsQuotes() ? typography.close(depth) : c;
            }
            if (mark != c) {
                edits[i] = String.valueOf(mark);
            }
        }
    }

    private static boolean opensAfter(char previous) {
        return Character.isWhitespace(previous) || previous == NO_BREAK_SPACE || "([{«„“‘‚—–-/".indexOf(previous) >= 0;
    }

    /** {@code text} with {@code edits} made. */
    static String apply(CharSequence text, String[] edits) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            out.append(edits[i] != null ? edits[i] : String.valueOf(text.charAt(i)));
        }
        return out.toString();
    }
}
