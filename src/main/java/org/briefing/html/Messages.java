package org.briefing.html;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.model.LanguageScript;

/**
 * The static labels of a template set, per language: {@code messages/messages_<tag>.properties},
 * read as UTF-8. An edition's bundle is the one of its exact tag, else of its language and
 * script ({@code uz-Latn} for {@code uz} and {@code uz-Latn-UZ}), else of its language where
 * that is written in the same script ({@code tg} for {@code tg-TJ}, never {@code az} for
 * {@code az-Cyrl}). A language without a bundle uses English labels (the caller warns).
 */
public final class Messages {
    public static final String FALLBACK = "en";

    private final TemplateSet templates;
    private final Map<String, Optional<Properties>> bundles = new ConcurrentHashMap<>();

    public Messages(TemplateSet templates) {
        this.templates = templates;
        if (bundle(FALLBACK).isEmpty()) {
            throw new IllegalArgumentException(templates.describe() + ": no messages/messages_en.properties");
        }
    }

    /** Whether the set has labels of its own for {@code language} (or its primary language). */
    public boolean has(String language) {
        return bundleFor(language) != FALLBACK_MARKER;
    }

    /** The language {@code language}'s labels are in: its own, or English where the set has none. */
    public String labelLanguage(String language) {
        return has(language) ? language : FALLBACK;
    }

    /** The label {@code key} in {@code language}, English when the language has none, else null. */
    public String get(String language, String key) {
        String value = bundleFor(language).getProperty(key);
        if (value == null && !language.equals(FALLBACK)) {
            value = bundle(FALLBACK).orElseThrow().getProperty(key);
        }
        return value;
    }

    private static final Properties FALLBACK_MARKER = new Properties();

    private Properties bundleFor(String language) {
        Optional<Properties> exact = bundle(language);
        if (exact.isPresent()) {
            return exact.get();
        }
        // a tag in another case (sr-cyrl, EN) is the same language: try the case BCP 47 recommends
        Optional<Properties> canonical = bundle(Locale.forLanguageTag(language).toLanguageTag());
        if (canonical.isPresent()) {
            return canonical.get();
        }
        String primary = Locale.forLanguageTag(language).getLanguage();
        String script = LanguageScript.of(language);
        if (!script.isEmpty()) {
            Optional<Properties> withScript = bundle(primary + "-" + script);
            if (withScript.isPresent()) {
                return withScript.get();
            }
        }
        String primaryScript = LanguageScript.of(primary);
        if (script.isEmpty() || primaryScript.isEmpty() || script.equals(primaryScript)) {
            Optional<Properties> general = bundle(primary);
            if (general.isPresent()) {
                return general.get();
            }
        }
        return FALLBACK_MARKER;
    }

    private Optional<Properties> bundle(String language) {
        return bundles.computeIfAbsent(language, tag -> templates.read("messages/messages_" + tag + ".properties")
                .map(bytes -> {
                    Properties properties = new Properties();
                    try {
                        properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return properties;
                }));
    }
}
