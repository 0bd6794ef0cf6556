package org.briefing.html;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Briefing;
import org.briefing.model.Link;
import org.briefing.model.LocalizedText;
import org.briefing.model.Paragraphs;
import org.briefing.model.Quote;
import org.briefing.model.Source;

/**
 * One edition of a briefing as the template sees it: every text already in the edition's
 * language (the default language where a translation is missing and fallback was allowed), split
 * into paragraphs, dates formatted. Templates read it as {@code ${e}}.
 */
public record EditionView(
        String language,
        String languageLabelsFrom,
        String id,
        String countryCode,
        String countryName,
        String title,
        String dateIso,
        String date,
        String classification,
        List<String> summary,
        SourceView source,
        List<List<String>> achievements,
        List<QuoteView> quotes,
        List<List<String>> recommendations,
        List<String> background,
        List<LinkView> links,
        List<PagePart> pageLabel,
        String pageSize) {

    public record SourceView(String title, String publisher, String url) {
    }

    public record QuoteView(String speaker, String role, List<String> text) {
    }

    public record LinkView(String label, String url) {
    }

    /** A piece of the "page X of Y" label: text, or the current page, or the page count. */
    public record PagePart(String text, boolean page, boolean pages) {
    }

    private static final Pattern PAGE_PLACEHOLDER = Pattern.compile("\\{(page|pages)}");

    /** The edition of {@code briefing} in {@code language}. */
    public static EditionView of(Briefing briefing, String language, Messages messages, String pageSize) {
        Resolver r = new Resolver(language, briefing.defaultLanguage());
        Source source = briefing.source();
        List<String> background = new ArrayList<>();
        briefing.background().forEach(text -> background.addAll(r.paragraphs(text)));
        return new EditionView(
                language,
                messages.has(language) ? language : Messages.FALLBACK,
                briefing.id(),
                briefing.country().code(),
                r.line(briefing.country().name()),
                r.line(briefing.title()),
                briefing.date().toString(),
                formatDate(briefing, language, messages),
                briefing.classification() == null ? null : Paragraphs.oneLine(briefing.classification()),
                r.paragraphs(briefing.summary()),
                source == null ? null : new SourceView(r.line(source.title()), r.line(source.publisher()), source.url()),
                briefing.achievements().stream().map(r::paragraphs).toList(),
                briefing.quotes().stream().map(q -> quote(q, r)).toList(),
                briefing.recommendations().stream().map(r::paragraphs).toList(),
                List.copyOf(background),
                briefing.links().stream().map(l -> link(l, r)).toList(),
                pageLabel(messages.get(language, "footer.pages")),
                pageSize);
    }

    private static QuoteView quote(Quote quote, Resolver r) {
        return new QuoteView(r.line(quote.speaker()), r.line(quote.role()), r.paragraphs(quote.text()));
    }

    private static LinkView link(Link link, Resolver r) {
        return new LinkView(r.line(link.label()), link.url());
    }

    /**
     * The date with the bundle's {@code date.pattern}; {@code date.months} (twelve names, comma
     * separated) replaces the JDK's month names where the language needs another grammatical case.
     * Languages without a bundle get the JDK's long date format for their locale.
     */
    private static String formatDate(Briefing briefing, String language, Messages messages) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = messages.has(language) ? messages.get(language, "date.pattern") : null;
        if (pattern == null) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(briefing.date());
        }
        String months = messages.get(language, "date.months");
        if (months != null && pattern.contains("MMMM")) {
            String[] names = months.split("\\s*,\\s*");
            if (names.length == 12) {
                String month = names[briefing.date().getMonthValue() - 1].replace("'", "''");
                pattern = pattern.replace("MMMM", "'" + month + "'");
            }
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(briefing.date());
    }

    static List<PagePart> pageLabel(String pattern) {
        String label = pattern == null ? "{page} / {pages}" : pattern;
        List<PagePart> parts = new ArrayList<>();
        Matcher m = PAGE_PLACEHOLDER.matcher(label);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new PagePart(label.substring(last, m.start()), false, false));
            }
            boolean page = m.group(1).equals("page");
            parts.add(new PagePart("", page, !page));
            last = m.end();
        }
        if (last < label.length()) {
            parts.add(new PagePart(label.substring(last), false, false));
        }
        return List.copyOf(parts);
    }

    /** Picks each text's version for the edition's language. */
    private record Resolver(String language, String defaultLanguage) {
        String text(LocalizedText text) {
            if (text == null) {
                return null;
            }
            return text.in(language).or(() -> text.in(defaultLanguage))
                    .orElseGet(() -> text.byLanguage().values().iterator().next());
        }

        String line(LocalizedText text) {
            String value = text(text);
            return value == null ? null : Paragraphs.oneLine(value);
        }

        List<String> paragraphs(LocalizedText text) {
            String value = text(text);
            return value == null ? List.of() : Paragraphs.of(value);
        }
    }
}
