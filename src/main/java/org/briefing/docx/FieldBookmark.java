package org.briefing.docx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden bookmark that carries a model field through editing: {@code _bp1a2b3c4d_achievements_2}
 * says the paragraphs it spans are {@code achievements[2]}, whose text was the one hashing to
 * {@code 1a2b3c4d} when the DOCX was made. Word hides bookmarks whose names start with an
 * underscore, and both Word and LibreOffice keep bookmarks through editing and saving, where
 * LibreOffice drops a content control's tag. The hash lets an import tell the staff's edits from
 * changes made to the model since.
 *
 * @param field the field path ({@code quotes[0].speaker})
 * @param block whether the field is whole paragraphs ({@code p}) or part of one ({@code i})
 * @param hash  eight hex digits of the SHA-256 of the field's text as written
 */
public record FieldBookmark(String field, boolean block, String hash) {
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
    /** Word's limit on bookmark names. */
    static final int MAX_NAME = 40;
    private static final Pattern NAME = Pattern.compile("_b([pi])([0-9a-f]{8})_([a-z0-9_]+)");
    /** Names are words joined by single underscores, so the encoding below reads back one way. */
    private static final Pattern FIELD = Pattern.compile("[a-z]+(_[a-z]+)*(\\[\\d{1,5}]|\\.[a-z]+(_[a-z]+)*)*");

    /** Whether {@code field} is a field path a bookmark can carry. */
    static boolean isValidField(String field) {
        return FIELD.matcher(field).matches() && name(field, true, "").length() <= MAX_NAME;
    }

    /** The bookmark name for a field whose text as written is {@code text}. */
    static String name(String field, boolean block, String text) {
        StringBuilder name = new StringBuilder("_b").append(block ? 'p' : 'i').append(hash(text)).append('_');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            switch (c) {
                case '.', '[' -> name.append('_');
                case ']' -> {
                }
                case '_' -> name.append("__");
                default -> name.append(c);
            }
        }
        return name.toString();
    }

    /** The field a bookmark of ours carries; empty for any other bookmark (Word's {@code _GoBack}, a user's). */
    public static Optional<FieldBookmark> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder field = new StringBuilder();
        String encoded = m.group(3);
        for (String step : encoded.split("(?<!_)_(?!_)")) {
            if (step.isEmpty()) {
                return Optional.empty();
            }
            if (step.chars().allMatch(Character::isDigit)) {
                field.append('[').append(step).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(step.replace("__", "_"));
            }
        }
        String path = field.toString();
        return FIELD.matcher(path).matches() ? Optional.of(new FieldBookmark(path, m.group(1).equals("p"), m.group(2)))
                : Optional.empty();
    }

    /**
     * Eight hex digits of the SHA-256 of {@code text} (UTF-8) with its white space collapsed to
     * single spaces: an editor that re-wraps or re-spaces text has not changed it.
     */
    public static String hash(String text) {
        String collapsed = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(collapsed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
