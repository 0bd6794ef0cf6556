package org.briefing.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code size} and {@code margin} of {@code @page} rules from the print stylesheet, so
 * that the DOCX gets the page the PDF gets. Only these two properties are read; nested margin
 * boxes ({@code @top-center} and so on) are skipped. Later rules win, as in CSS.
 */
final class PageCss {
    private static final Pattern AT_PAGE = Pattern.compile("@page\\b[^{]*\\{");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)(mm|cm|in|pt|px)?");

    private PageCss() {
    }

    /** {@code page} changed by every {@code @page} rule of {@code css}, in order. */
    static PageSetup apply(PageSetup page, String css) {
        String text = COMMENT.matcher(css).replaceAll(" ");
        PageSetup result = page;
        Matcher m = AT_PAGE.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int end = closingBrace(text, m.end());
            for (String declaration : topLevel(text.substring(m.end(), end)).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    result = declare(result, declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            declaration.substring(colon + 1).replace("!important", "").strip());
                }
            }
            from = Math.min(end + 1, text.length());
        }
        return result;
    }

    private static PageSetup declare(PageSetup page, String property, String value) {
        String[] parts = value.toLowerCase(Locale.ROOT).split("\\s+");
        switch (property) {
            case "size" -> {
                return size(page, parts, value);
            }
            case "margin" -> {
                int[] m = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    m[i] = twips(parts[i], value);
                }
                // the CSS shorthand: 1 to 4 values, clockwise from the top
                return switch (m.length) {
                    case 1 -> page.withMargins(m[0], m[0], m[0], m[0]);
                    case 2 -> page.withMargins(m[0], m[1], m[0], m[1]);
                    case 3 -> page.withMargins(m[0], m[1], m[2], m[1]);
                    case 4 -> page.withMargins(m[0], m[1], m[2], m[3]);
                    default -> throw new DocxException("@page margin '" + value + "': expected 1 to 4 lengths");
                };
            }
            case "margin-top" -> {
                return page.withMargins(twips(value, value), page.right(), page.bottom(), page.left());
            }
            case "margin-right" -> {
                return page.withMargins(page.top(), twips(value, value), page.bottom(), page.left());
            }
            case "margin-bottom" -> {
                return page.withMargins(page.top(), page.right(), twips(value, value), page.left());
            }
            case "margin-left" -> {
                return page.withMargins(page.top(), page.right(), page.bottom(), twips(value, value));
            }
            default -> {
                return page;
            }
        }
    }

    private static PageSetup size(PageSetup page, String[] parts, String value) {
        List<String> words = new ArrayList<>(List.of(parts));
        boolean landscape = words.remove("landscape");
        words.remove("portrait");
        PageSetup sized;
        if (words.size() == 1 && words.get(0).equals("a4")) {
            sized = page.withSize(PageSetup.mm(210), PageSetup.mm(297));
        } else if (words.size() == 1 && words.get(0).equals("letter")) {
            sized = page.withSize(12240, 15840);
        } else if (words.size() == 2) {
            sized = page.withSize(twips(words.get(0), value), twips(words.get(1), value));
        } else {
            throw new DocxException("@page size '" + value + "': the DOCX writer knows A4, letter or two lengths");
        }
        return landscape ? sized.withSize(sized.height(), sized.width()) : sized;
    }

    private static int twips(String length, String declaration) {
        Matcher m = LENGTH.matcher(length.strip());
        if (!m.matches()) {
            throw new DocxException("@page: '" + declaration + "' is not a length the DOCX writer can use");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        double points = switch (unit) {
            case "mm" -> number / 25.4 * 72;
            case "cm" -> number / 2.54 * 72;
            case "in" -> number * 72;
            case "pt" -> number;
            default -> number * 0.75; // CSS px: 1/96 in
        };
        return (int) Math.round(points * 20);
    }

    /** The index of the brace that closes the block opened just before {@code start}. */
    private static int closingBrace(String text, int start) {
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** The block's text without its nested blocks (the margin boxes). */
    private static String topLevel(String block) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : block.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    out.append(';'); // a nested block ends like a declaration
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
