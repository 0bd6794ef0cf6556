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

    // Each pattern begins with a plain character test rather than a look behind, which the
    // matcher would try at every index; what a look behind ruled out is checked after a match.

    /** A one-letter word (в, с, и, у, a) and the space after it, before a word, number or quotation. */
    private static final Pattern ONE_LETTER_WORD = Pattern.compile("\\p{L}( )(?=[\\p{L}\\p{N}«„“\"(№§])");
    /** A number and the word, unit or sign after it: 30 дней, 2020 г., 25 June, 5 %. */
    private static final Pattern NUMBER_AND_WORD = Pattern.compile("\\d( )(?=[\\p{L}%‰°])");
    /** The number sign and section sign keep their number: № 112, § 4. */
    private static final Pattern SIGN_AND_NUMBER = Pattern.compile("[№§]( )(?=\\d)");
    /** Groups of a large number: 1 000 000. */
    private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d( )(?=\\d{3}(?!\\d))");
    /** An initial keeps the name after it: А. С. Пушкин, U.S. Department. */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.( )(?=\\p{Lu})");
    /** A spaced dash never starts a line: the space before it does not break. */
    private static final Pattern SPACED_DASH = Pattern.compile("( )(?=[—–] )");
    /** A range of years typed with a hyphen: 2015-2024. */
    private static final Pattern YEAR_RANGE = Pattern.compile("[12]\\d{3}(-)[12]\\d{3}(?![\\d\\-–])");
    /** An en dash between numbers, which a line may otherwise break after. */
    private static final Pattern NUMBER_RANGE = Pattern.compile("\\d(–)(?=\\d)");

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
        Characters has = Characters.of(text);
        if (!has.space && !has.hyphen && !has.enDash) {
            return edits;
        }
        Matcher oneLetter = ONE_LETTER_WORD.matcher(text);
        while (has.space && oneLetter.find()) {
            int letter = oneLetter.start();
            // a letter alone: not the end of a word, a number, an abbreviation or a hyphenated word
            if (!endsAWord(text, letter) && typographyAt.apply(letter).bindOneLetterWords()) {
                edits[oneLetter.start(1)] = NO_BREAK;
            }
        }
        noBreakAfterEach(NUMBER_AND_WORD, text, has.space && has.digit, edits);
        noBreakAfterEach(SIGN_AND_NUMBER, text, has.space && has.numberSign && has.digit, edits);
        noBreakAfterEach(DIGIT_GROUPS, text, has.space && has.digit, edits);
        Matcher initial = INITIAL.matcher(text);
        while (has.space && has.fullStop && initial.find()) {
            if (!Character.isLetter(before(text, initial.start())) && !isMark(before(text, initial.start()))) {
                edits[initial.start(1)] = NO_BREAK;
            }
        }
        noBreakAfterEach(SPACED_DASH, text, has.space && (has.enDash || has.emDash), edits);
        Matcher years = YEAR_RANGE.matcher(text);
        while (has.hyphen && has.digit && years.find()) {
            int before = before(text, years.start());
            if (!(before >= '0' && before <= '9') && before != '-' && before != '–') {
                edits[years.start(1)] = EN_DASH_JOINED;
            }
        }
        Matcher numbers = NUMBER_RANGE.matcher(text);
        while (has.enDash && has.digit && numbers.find()) {
            edits[numbers.start(1)] = EN_DASH_JOINED;
        }
        return edits;
    }

    private static void noBreakAfterEach(Pattern space, CharSequence text, boolean mayMatch, String[] edits) {
        if (mayMatch) {
            Matcher m = space.matcher(text);
            while (m.find()) {
                edits[m.start(1)] = NO_BREAK;
            }
        }
    }

    /** Whether the letter at {@code index} follows a letter, mark, digit, apostrophe, full stop or hyphen. */
    private static boolean endsAWord(CharSequence text, int index) {
        int before = before(text, index);
        return Character.isLetter(before) || isMark(before) || isNumber(before) || "'’.-".indexOf(before) >= 0;
    }

    /** The code point before {@code index}, or -1 at the start. */
    private static int before(CharSequence text, int index) {
        return index == 0 ? -1 : Character.codePointBefore(text, index);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Which of the characters the rules begin at a text holds: a rule whose are missing cannot match. */
    private record Characters(boolean space, boolean digit, boolean fullStop, boolean hyphen, boolean enDash,
            boolean emDash, boolean numberSign) {
        static Characters of(CharSequence text) {
            boolean space = false, digit = false, fullStop = false, hyphen = false, enDash = false, emDash = false,
                    numberSign = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                space |= c == ' ';
                digit |= c >= '0' && c <= '9'; // what \d matches
                fullStop |= c == '.';
                hyphen |= c == '-';
                enDash |= c == '–';
                emDash |= c == '—';
                numberSign |= c == '№' || c == '§';
            }
            return new Characters(space, digit, fullStop, hyphen, enDash, emDash, numberSign);
        }
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
