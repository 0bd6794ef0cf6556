package org.briefing.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as an edition writes it, from the labels of its language:
 * <ul>
 * <li>{@code date.pattern}, a java.time pattern ({@code d MMMM yyyy 'г.'});
 * <li>{@code date.months}, twelve month names (comma separated) where the pattern needs another
 * grammatical form than the JDK's ({@code июни} in Tajik's {@code 25 июни соли 2020});
 * <li>{@code date.ordinals}, where a language writes an ordinal's suffix after the numeral and the
 * suffix depends on the number ({@code 2020-ci il} but {@code 2023-cü il}): the pattern's
 * {@code {day-ordinal}} and {@code {year-ordinal}} become the suffix of the day and of the year.
 * </ul>
 * A language without labels of its own gets the JDK's long date format for its locale.
 */
final class LocalizedDate {
    private static final Pattern ORDINAL = Pattern.compile("\\{(day|year)-ordinal}");
    /** Suffixes by a number's last word: 1 to 9, 10 to 90 (tens), 100, 1000. */
    private static final int ORDINAL_SUFFIXES = 20;

    private LocalizedDate() {
    }

    static String format(LocalDate date, String language, Messages messages) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = messages.has(language) ? messages.get(language, "date.pattern") : null;
        if (pattern == null) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        pattern = withMonthNames(pattern, date, messages.get(language, "date.months"));
        pattern = withOrdinalSuffixes(pattern, date, messages.get(language, "date.ordinals"), language);
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }

    private static String withMonthNames(String pattern, LocalDate date, String months) {
        if (months == null || !pattern.contains("MMMM")) {
            return pattern;
        }
        List<String> names = list(months);
        if (names.size() != 12) {
            return pattern;
        }
        return pattern.replace("MMMM", literal(names.get(date.getMonthValue() - 1)));
    }

    private static String withOrdinalSuffixes(String pattern, LocalDate date, String ordinals, String language) {
        Matcher placeholder = ORDINAL.matcher(pattern);
        if (!placeholder.find()) {
            return pattern;
        }
        List<String> suffixes = ordinals == null ? List.of() : list(ordinals);
        if (suffixes.size() != ORDINAL_SUFFIXES) {
            throw new TemplateException("messages_" + language + ".properties: date.pattern has "
                    + placeholder.group() + ", so date.ordinals must list " + ORDINAL_SUFFIXES
                    + " suffixes (for 1 to 9, 10 to 90, 100 and 1000)");
        }
        return placeholder.replaceAll(match -> Matcher.quoteReplacement(literal(
                suffix(match.group(1).equals("day") ? date.getDayOfMonth() : date.getYear(), suffixes))));
    }

    /**
     * The suffix an ordinal takes is decided by the last word of the number as it is spoken:
     * 2023 ends in "three", 2020 in "twenty", 2100 in "hundred", 2000 in "thousand".
     */
    static String suffix(int number, List<String> suffixes) {
        int ones = number % 10;
        int tens = number / 10 % 10;
        int hundreds = number / 100 % 10;
        if (ones != 0) {
            return suffixes.get(ones - 1);
        }
        if (tens != 0) {
            return suffixes.get(9 + tens - 1);
        }
        return suffixes.get(hundreds != 0 ? 18 : 19);
    }

    private static List<String> list(String commaSeparated) {
        return List.of(commaSeparated.strip().split("\\s*,\\s*"));
    }

    /** {@code text} as literal text of a java.time pattern. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
