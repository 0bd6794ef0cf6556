package org.briefing.html;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.briefing.markup.InlineMarkup;
import org.briefing.model.Briefing;
import org.briefing.model.Facts;
import org.briefing.model.FieldPath;
import org.briefing.model.Image;
import org.briefing.model.Link;
import org.briefing.model.LocalizedText;
import org.briefing.model.Paragraphs;
import org.briefing.model.Picture;
import org.briefing.model.Quote;
import org.briefing.model.Source;

/**
 * One edition of a briefing as the template sees it: every text already in the edition's
 * language (the first language that has it where a translation is missing and fallback was
 * allowed), split into paragraphs, dates formatted. Each model text is a {@link Text} that knows
 * its field path, which the template writes as {@code data-field} so that every format can find
 * the text again (the DOCX keeps it as a hidden bookmark; see templates/README.md). Templates read
 * it as {@code ${e}}.
 */
public record EditionView(
        String language,
        String languageLabelsFrom,
        String id,
        String countryCode,
        Text countryName,
        Text title,
        String dateIso,
        String date,
        Text classification,
        Text issuer,
        Text shortTitle,
        Text summary,
        SourceView source,
        FactsView facts,
        List<PictureView> pictures,
        List<ChartView> charts,
        List<Text> achievements,
        List<QuoteView> quotes,
        List<Text> recommendations,
        List<Text> background,
        List<LinkView> links,
        List<NoteView> notes,
        List<PagePart> pageLabel,
        String pageSize) {

    /**
     * One model text in the edition's language: its paragraphs (it is the list of them, so
     * {@code th:each="paragraph : ${item}"} and {@code ${item[0]}} work), and where in the model it
     * is. It prints as one line: {@code th:text="${e.title}"}.
     */
    public static final class Text extends AbstractList<String> implements RandomAccess {
        private final String field;
        private final String language;
        private final List<String> paragraphs;

        /**
         * @param field    its field path ({@code achievements[2]})
         * @param language the language the text is in: the edition's, or the fallback's
         */
        public Text(String field, String language, List<String> paragraphs) {
            this.field = field;
            this.language = language;
            this.paragraphs = List.copyOf(paragraphs);
        }

        /** Its field path, which templates write as {@code data-field}. */
        public String field() {
            return field;
        }

        /** The language the text is in: the edition's, or another where a translation is missing. */
        public String language() {
            return language;
        }

        public List<String> paragraphs() {
            return paragraphs;
        }

        /** The paragraphs as one line, for titles, names and labels. */
        public String line() {
            return String.join(" ", paragraphs);
        }

        /**
         * The words a reader sees, as one line without the inline syntax: for the document's
         * properties and wherever no element can set it ({@code <title>}, {@code meta}).
         */
        public String plain() {
            return InlineMarkup.plain(line()).replace('\n', ' ');
        }

        @Override
        public String get(int index) {
            return paragraphs.get(index);
        }

        @Override
        public int size() {
            return paragraphs.size();
        }

        @Override
        public String toString() {
            return line();
        }
    }

    public record SourceView(Text title, Text publisher, Text url) {
    }

    public record QuoteView(Text speaker, Text role, Text text) {
    }

    /** A note, as the model lists it: the pass that numbers notes orders them as the texts cite them. */
    public record NoteView(String id, Text text) {
    }

    public record LinkView(Text label, Text url) {
    }

    /** The key facts: their caption (null: the template's own) and rows. */
    public record FactsView(Text caption, List<FactView> rows) {
    }

    public record FactView(Text label, Text value) {
    }

    /**
     * A picture: {@code src} names it for the template ({@code <img th:src="${p.src}">}), which
     * the renderer makes the picture itself; its alternative text, caption (or null), and its
     * width in CSS pixels at the resolution the file states (96 per inch where it states none).
     */
    public record PictureView(String src, Text alt, Text caption, int width, Image image) {
        /** The prefix of a model picture's {@code src}: {@code picture:0} is the first. */
        public static final String SCHEME = "picture:";
    }

    /**
     * A chart: {@code spec} is what the writers draw (put it in the {@code data-chart} attribute
     * of an {@code object type="application/x-briefing-chart"}), {@code alt} its alternative text
     * (the model's summary, or its data read out); the texts and the rows of its data table.
     *
     * @param xTitle the category axis's title, or null
     * @param unit   the values' unit, or null
     * @param source where the numbers come from, or null
     */
    public record ChartView(Text title, Text xTitle, Text unit, Text source, List<Text> series, List<ChartRow> rows,
                            String spec, String alt) {
        /** The {@code type} of the {@code object} element that stands for a chart. */
        public static final String TYPE = "application/x-briefing-chart";
    }

    /** A row of a chart's data table: the category and each series' value, as the edition writes numbers. */
    public record ChartRow(Text category, List<String> values) {
    }

    /**
     * The {@code lang} of the template's labels: null where they are in the edition's language,
     * else the language they are in (English, for a language without labels of its own), so that
     * spell-checkers and screen readers treat them as what they are.
     */
    public String labelLang() {
        return languageLabelsFrom.equals(language) ? null : languageLabelsFrom;
    }

    /**
     * The edition's language named in itself ("English", "Русский", "Кыргызча"), from the
     * JDK's locale data; its English name where the JDK has none in the language itself.
     */
    public String languageName() {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayName(locale);
        if (name.isBlank() || name.equalsIgnoreCase(language)) {
            name = locale.getDisplayName(Locale.ENGLISH);
        }
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * The title the running header shows on the pages after the first: the short title, else the
     * title, cut to one line (see {@link RunningTitle}).
     */
    public Text runningTitle() {
        return RunningTitle.of(shortTitle, title);
    }

    /** A piece of the "page X of Y" label: text, or the current page, or the page count. */
    public record PagePart(String text, boolean page, boolean pages) {
    }

    private static final Pattern PAGE_PLACEHOLDER = Pattern.compile("\\{(page|pages)}");

    /** The edition of {@code briefing} in {@code language}. */
    public static EditionView of(Briefing briefing, String language, Messages messages, String pageSize) {
        Resolver r = new Resolver(language, briefing.languages());
        Source source = briefing.source();
        return new EditionView(
                language,
                messages.labelLanguage(language),
                briefing.id(),
                briefing.country().code(),
                r.text("country.name", briefing.country().name()),
                r.text("title", briefing.title()),
                briefing.date().toString(),
                LocalizedDate.format(briefing.date(), language, messages),
                r.textOrNull("classification", briefing.classification()),
                r.textOrNull("issuer", briefing.issuer()),
                r.textOrNull("short_title", briefing.shortTitle()),
                r.text("summary", briefing.summary()),
                source == null ? null : new SourceView(r.textOrNull("source.title", source.title()),
                        r.textOrNull("source.publisher", source.publisher()),
                        source.url() == null ? null : r.address("source.url", source.url())),
                facts(briefing.facts(), r),
                IntStream.range(0, briefing.pictures().size()).mapToObj(i ->
                        picture(FieldPath.item("pictures", i), i, briefing.pictures().get(i), r)).toList(),
                IntStream.range(0, briefing.charts().size()).mapToObj(i -> ChartViews.of(FieldPath.item("charts", i),
                        briefing.charts().get(i), language, r::textOrNull)).toList(),
                r.texts("achievements", briefing.achievements()),
                IntStream.range(0, briefing.quotes().size())
                        .mapToObj(i -> quote(FieldPath.item("quotes", i), briefing.quotes().get(i), r)).toList(),
                r.texts("recommendations", briefing.recommendations()),
                r.texts("background", briefing.background()),
                IntStream.range(0, briefing.links().size())
                        .mapToObj(i -> link(FieldPath.item("links", i), briefing.links().get(i), r)).toList(),
                IntStream.range(0, briefing.notes().size()).mapToObj(i -> new NoteView(briefing.notes().get(i).id(),
                        r.text(FieldPath.item("notes", i) + ".text", briefing.notes().get(i).text()))).toList(),
                pageLabel(messages.get(language, "footer.pages")),
                pageSize);
    }

    private static PictureView picture(String path, int index, Picture picture, Resolver r) {
        Image image = picture.image();
        double dpi = image.dpi() >= 30 ? image.dpi() : 96; // a stated 1 or 10 dpi is no real resolution
        return new PictureView(PictureView.SCHEME + index, r.text(FieldPath.child(path, "alt"), picture.alt()),
                r.textOrNull(FieldPath.child(path, "caption"), picture.caption()),
                (int) Math.round(image.width() * 96 / dpi), image);
    }

    private static FactsView facts(Facts facts, Resolver r) {
        if (facts == null) {
            return null;
        }
        List<FactView> rows = IntStream.range(0, facts.rows().size()).mapToObj(i -> {
            String row = FieldPath.item("facts.rows", i);
            return new FactView(r.text(FieldPath.child(row, "label"), facts.rows().get(i).label()),
                    r.text(FieldPath.child(row, "value"), facts.rows().get(i).value()));
        }).toList();
        return new FactsView(r.textOrNull("facts.caption", facts.caption()), rows);
    }

    private static QuoteView quote(String path, Quote quote, Resolver r) {
        return new QuoteView(r.text(FieldPath.child(path, "speaker"), quote.speaker()),
                r.textOrNull(FieldPath.child(path, "role"), quote.role()),
                r.text(FieldPath.child(path, "text"), quote.text()));
    }

    private static LinkView link(String path, Link link, Resolver r) {
        return new LinkView(r.text(FieldPath.child(path, "label"), link.label()),
                r.address(FieldPath.child(path, "url"), link.url()));
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

    /** Picks each text's version for the edition's language, and names where it came from. */
    private record Resolver(String language, List<String> languages) {
        /** The text in the edition's language, else in the first of the model's languages that has it. */
        Text text(String field, LocalizedText text) {
            if (text == null) {
                return new Text(field, language, List.of());
            }
            Optional<String> own = text.in(language);
            if (own.isPresent()) {
                return new Text(field, language, Paragraphs.of(own.get()));
            }
            for (String other : languages) {
                Optional<String> fallback = text.in(other);
                if (fallback.isPresent()) {
                    return new Text(field, other, Paragraphs.of(fallback.get()));
                }
            }
            var any = text.byLanguage().entrySet().iterator().next();
            return new Text(field, any.getKey(), Paragraphs.of(any.getValue()));
        }

        Text textOrNull(String field, LocalizedText text) {
            return text == null ? null : text(field, text);
        }

        List<Text> texts(String list, List<LocalizedText> items) {
            return IntStream.range(0, items.size()).mapToObj(i -> text(FieldPath.item(list, i), items.get(i))).toList();
        }

        /** An address, the same in every language. */
        Text address(String field, String url) {
            return new Text(field, language, List.of(url));
        }
    }
}
