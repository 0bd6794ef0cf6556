package org.briefing.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet made fit for a standalone page, which must fetch nothing, as a PDF fetches
 * nothing: {@code @import} of a file of the template set is replaced by that file (itself made
 * fit), {@code url()} of one by a {@code data:} URI of it, and any other import or address is left
 * out. The page also forbids fetching in its Content-Security-Policy ({@link HtmlWriter}), which
 * holds even for what these patterns miss (a CSS escape, say).
 */
final class SelfContainedCss {
    private static final Pattern IMPORT = Pattern.compile(
            "@import\\s+(?:url\\(\\s*)?(['\"]?)([^'\")\\s;]*)\\1\\s*\\)?[^;]*;", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    /** Imports within imports; a template set has one stylesheet, perhaps a few. */
    private static final int MAX_DEPTH = 8;
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "woff", "font/woff",
            "woff2", "font/woff2", "ttf", "font/ttf", "otf", "font/otf", "css", "text/css");

    private final TemplateSet templates;

    SelfContainedCss(TemplateSet templates) {
        this.templates = templates;
    }

    /** {@code css} with every import inlined or left out and every address made data or left out. */
    String of(String css) {
        return of(css, new ArrayDeque<>());
    }

    private String of(String css, Deque<String> importing) {
        Matcher imports = IMPORT.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (imports.find()) {
            String name = imports.group(2);
            Optional<byte[]> imported = importing.size() < MAX_DEPTH && !importing.contains(name)
                    ? templates.read(name) : Optional.empty();
            String replacement;
            if (imported.isPresent()) {
                importing.push(name);
                replacement = of(new String(imported.get(), StandardCharsets.UTF_8), importing);
                importing.pop();
            } else {
                replacement = "/* an import left out: not a file of the template folder */";
            }
            imports.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        imports.appendTail(out);
        return inlineAddresses(out.toString());
    }

    private String inlineAddresses(String css) {
        Matcher urls = URL.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (urls.find()) {
            String name = urls.group(2).strip();
            String replacement = name.startsWith("data:") ? urls.group()
                    : templates.read(name).map(bytes -> "url(\"data:" + type(name) + ";base64,"
                            + Base64.getEncoder().encodeToString(bytes) + "\")").orElse("none");
            urls.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        urls.appendTail(out);
        return out.toString();
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
