package org.briefing.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.briefing.markup.InlineMarkup;
import org.briefing.markup.NoteMarkers;
import org.briefing.markup.TextSyntax;
import org.briefing.model.Briefing;
import org.briefing.model.Chart;
import org.briefing.model.Country;
import org.briefing.model.Facts;
import org.briefing.model.FileNames;
import org.briefing.model.Image;
import org.briefing.model.Link;
import org.briefing.model.LocalizedText;
import org.briefing.model.Note;
import org.briefing.model.Picture;
import org.briefing.model.Quote;
import org.briefing.model.Source;
import tools.jackson.databind.JsonNode;

/**
 * Builds the {@link Briefing} from a parsed document and makes the checks a JSON Schema cannot:
 * real dates, known codes, a translation for every language, characters the fonts can draw, list
 * sizes. Tolerates a structurally invalid tree so that {@code validate} can report everything at once.
 */
final class ModelBinder {
    /** The start of the message of a text that lacks one of the model's languages. */
    static final String MISSING_TRANSLATION = "missing translation";
    /** The message of a text marked outdated in one language. */
    static final String OUTDATED_TRANSLATION = "outdated translation: the text was changed in another language";

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final Path file;
    private final YamlDocument document;
    private final LoadOptions options;
    private final List<Problem> problems = new ArrayList<>();
    private List<String> languages = List.of();

    /** How the file writes its texts: its format version says. */
    private TextSyntax syntax = TextSyntax.LITERAL;
    ModelBinder(Path file, YamlDocument document, LoadOptions options) {
        this.file = file;
        this.document = document;
        this.options = options;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The briefing, or null when {@code structureValid} is false or a problem was found. */
    Briefing bind(boolean structureValid) {
        JsonNode root = document.root();
        if (!root.isObject()) {
            return null;
        }
        syntax = TextSyntax.of(root.path("schema").asString());
        languages = languages(root.get("languages"));
        String countryCode = countryCode(root.path("country").get("code"));
        LocalDate date = date(root.get("date"));
        checkId(root.get("id"));

        LocalizedText countryName = textAt("country.name");
        LocalizedText classification = classification();
        LocalizedText issuer = textAt("issuer");
        LocalizedText title = textAt("title");
        LocalizedText shortTitle = textAt("short_title");
        LocalizedText summary = textAt("summary");
        Source source = root.has("source") ? new Source(
                textAt("source.title"),
                textAt("source.publisher"),
                urlAt("source.url")) : null;
        Facts facts = facts(root.get("facts"));
        List<Picture> pictures = list(root, "pictures", this::pictureAt);
        List<Chart> charts = list(root, "charts", new ChartFields(this::nodeAt, this::textAt, this::error)::chartAt);
        List<LocalizedText> achievements = list(root, "achievements", this::textAt);
        List<Quote> quotes = list(root, "quotes", this::quoteAt);
        List<LocalizedText> recommendations = list(root, "recommendations", this::textAt);
        List<LocalizedText> background = list(root, "background", this::textAt);
        List<Link> links = list(root, "links", this::linkAt);
        List<Note> notes = list(root, "notes", this::noteAt);
        if (root.has("notes") && syntax != TextSyntax.INLINE) {
            error("notes", "notes are cited with [^id] in the inline syntax of schema: "
                    + TextSyntax.INLINE_SCHEMA + "; this model is " + root.path("schema").asString());
        }

        if (!structureValid || problems.stream().anyMatch(Problem::isError) || countryCode == null
                || date == null || languages.isEmpty() || title == null || countryName == null) {
            return null;
        }
        Briefing briefing = new Briefing(root.path("schema").asString(), root.path("id").asString(),
                new Country(countryCode, countryName), languages, date, classification, issuer,
                title, shortTitle, summary, source, facts, pictures, charts, achievements, quotes, recommendations,
                background, links, notes);
        NoteCitations.check(briefing, new NoteCitations.Report() {
            @Override
            public void error(String path, String message) {
                ModelBinder.this.error(path, message);
            }

            @Override
            public void warning(String path, String message) {
                ModelBinder.this.warning(path, document.positionOf(path), message);
            }
        });
        return problems.stream().anyMatch(Problem::isError) ? null : briefing;
    }

    /** A banner is one line: the marking in each language, at most {@value #MAX_CLASSIFICATION} characters. */
    private LocalizedText classification() {
        LocalizedText marking = textAt("classification");
        if (marking == null) {
            return null;
        }
        Map<String, String> byLanguage = marking.isSameInEveryLanguage()
                ? Map.of("", marking.in("").orElseThrow()) : marking.byLanguage();
        for (Map.Entry<String, String> entry : byLanguage.entrySet()) {
            String text = entry.getValue();
            String path = entry.getKey().isEmpty() ? "classification" : YamlDocument.child("classification", entry.getKey());
            if (text.strip().length() > MAX_CLASSIFICATION) {
                error(path, "a classification is one banner line of at most " + MAX_CLASSIFICATION
                        + " characters, not " + text.strip().length());
            } else if (text.strip().contains("\n")) {
                error(path, "a classification is one banner line; it has a line break");
            }
        }
        return marking;
    }

    private static final int MAX_CLASSIFICATION = 200;

    /** The key facts: rows of a label and a value, and an optional caption. */
    private Facts facts(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        LocalizedText caption = textAt("facts.caption");
        List<Facts.Fact> rows = list(node, "rows", "facts.rows", this::factAt);
        return rows.isEmpty() ? null : new Facts(caption, rows);
    }

    private Facts.Fact factAt(String path) {
        LocalizedText label = textAt(path + ".label");
        LocalizedText value = textAt(path + ".value");
        return label == null || value == null ? null : new Facts.Fact(label, value);
    }

    private void checkId(JsonNode node) {
        if (node != null && node.isString() && FileNames.isWindowsDeviceName(node.asString())) {
            error("id", "'" + node.asString() + "' is a reserved device name on Windows; choose another id");
        }
    }

    private List<String> languages(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String tag = node.get(i).asString("");
            String path = YamlDocument.item("languages", i);
            if (!LanguageTags.isWellFormed(tag)) {
                continue; // the schema has said so
            }
            String same = tags.stream().filter(tag::equalsIgnoreCase).findFirst().orElse(null);
            if (!LanguageTags.isKnown(tag)) {
                error(path, "'" + tag + "' is not a known ISO 639 language code");
            } else if (same != null && !same.equals(tag)) {
                // two editions whose file names differ in case only collide on most systems staff use
                error(path, "'" + tag + "' is '" + same + "' again: language tags are the same whatever their case");
            } else if (same == null) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private String countryCode(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String code = node.asString();
        if (code.matches("[A-Z]{2}") && !ISO_COUNTRIES.contains(code)) {
            error("country.code", "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
            return null;
        }
        return code;
    }

    private LocalDate date(JsonNode node) {
        if (node == null || !node.isString() || !node.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            error("date", "'" + node.asString() + "' is not a real date");
            return null;
        }
    }

    private <T> List<T> list(JsonNode parent, String field, Function<String, T> item) {
        return list(parent, field, field, item);
    }

    /** The items of the list {@code field} of {@code parent}, whose path is {@code path}. */
    private <T> List<T> list(JsonNode parent, String field, String path, Function<String, T> item) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            return List.of();
        }
        if (node.size() > options.limits().maxItems()) {
            error(path, "has " + node.size() + " entries, more than the limit of " + options.limits().maxItems());
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isObject() || node.get(i).isString()) {
                T value = item.apply(YamlDocument.item(path, i));
                if (value != null) {
                    items.add(value);
                }
            }
        }
        return items;
    }

    /** The localized text at {@code path}, checked for translations and drawable characters. */
    private LocalizedText textAt(String path) {
        JsonNode node = nodeAt(path);
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            checkDrawable(path, node);
            checkMarkup(path, node);
            return node.asString().isEmpty() ? null : LocalizedText.of(syntax.read(node.asString()));
        }
        if (!node.isObject()) {
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().equals(LocalizedTextShape.OUTDATED)) {
                continue;
            }
            if (entry.getValue().isString()) {
                String childPath = YamlDocument.child(path, entry.getKey());
                checkDrawable(childPath, entry.getValue());
                checkMarkup(childPath, entry.getValue());
                byLanguage.put(entry.getKey(), syntax.read(entry.getValue().asString()));
                if (!languages.isEmpty() && !languages.contains(entry.getKey())
                        && LanguageTags.isWellFormed(entry.getKey())) {
                    warning(childPath, document.keyPositionOf(childPath),
                            "'" + entry.getKey() + "' is not among the model's languages; this text is not used");
                }
            }
        }
        for (String language : languages) {
            if (!byLanguage.containsKey(language) && options.checkTranslations() && (options.editions().isEmpty()
                    || options.editions().contains(language))) {
                String missing = YamlDocument.child(path, language);
                Position at = document.positionOf(path);
                String fallback = fallbackLanguage(byLanguage);
                if (options.allowFallback() && fallback != null) {
                    warning(missing, at, MISSING_TRANSLATION + "; using " + fallback);
                } else {
                    problems.add(Problem.error(file, at, missing, MISSING_TRANSLATION));
                }
            }
        }
        return byLanguage.isEmpty() ? null : LocalizedText.of(byLanguage, outdated(path, node, byLanguage));
    }

    /**
     * The languages marked outdated in a text, each reported as a warning: the text was changed
     * in another language and they await translation. A language the text does not have cannot
     * be outdated.
     */
    private Set<String> outdated(String path, JsonNode text, Map<String, String> byLanguage) {
        JsonNode list = text.get(LocalizedTextShape.OUTDATED);
        if (list == null || !list.isArray()) {
            return Set.of();
        }
        Set<String> outdated = new java.util.LinkedHashSet<>();
        String listPath = YamlDocument.child(path, LocalizedTextShape.OUTDATED);
        for (int i = 0; i < list.size(); i++) {
            String language = list.get(i).asString("");
            if (!byLanguage.containsKey(language)) {
                error(YamlDocument.item(listPath, i), "'" + language + "' has no text here, so it cannot be outdated");
            } else if (outdated.add(language) && (options.editions().isEmpty() || options.editions().contains(language))) {
                warning(YamlDocument.child(path, language), document.positionOf(YamlDocument.item(listPath, i)),
                        OUTDATED_TRANSLATION);
            }
        }
        return outdated;
    }

    /**
     * The language whose text an edition without its own uses: the default language, else the
     * first of the model's languages that has one (a text added in one edition only, by a DOCX
     * import, has no default-language text yet).
     */
    private String fallbackLanguage(Map<String, String> byLanguage) {
        return languages.stream().filter(byLanguage::containsKey).findFirst().orElse(null);
    }

    private Quote quoteAt(String path) {
        LocalizedText speaker = textAt(path + ".speaker");
        LocalizedText role = textAt(path + ".role");
        LocalizedText text = textAt(path + ".text");
        return speaker == null || text == null ? null : new Quote(speaker, role, text);
    }

    /** A picture: its file read and checked beside the model, its alternative text in every language. */
    private Picture pictureAt(String path) {
        String name = urlAt(path + ".file");
        LocalizedText alt = textAt(path + ".alt");
        LocalizedText caption = textAt(path + ".caption");
        if (name == null) {
            return null;
        }
        Image image;
        try {
            Path folder = file.toAbsolutePath().getParent();
            image = PictureFiles.read(folder == null ? Path.of("").toAbsolutePath() : folder, name);
        } catch (PictureFiles.PictureException e) {
            error(path + ".file", e.getMessage());
            return null;
        }
        if (alt == null) {
            error(path + ".alt", "a picture needs its alternative text, what it shows, in every language");
            return null;
        }
        return new Picture(name, image, alt, caption);
    }

    private Note noteAt(String path) {
        JsonNode id = nodeAt(path + ".id");
        LocalizedText text = textAt(path + ".text");
        if (id == null || !id.isString()) {
            return null;
        }
        if (!NoteMarkers.ID.matcher(id.asString()).matches()) {
            error(path + ".id", "'" + id.asString() + "' cannot be a note's id: up to 40 letters, digits, - and _,"
                    + " starting with a letter or digit");
            return null;
        }
        return text == null ? null : new Note(id.asString(), text);
    }

    private Link linkAt(String path) {
        LocalizedText label = textAt(path + ".label");
        String url = urlAt(path + ".url");
        return label == null || url == null ? null : new Link(label, url);
    }

    private String urlAt(String path) {
        JsonNode node = nodeAt(path);
        return node != null && node.isString() ? node.asString() : null;
    }

    /** Walks a field path such as {@code quotes[0].speaker} from the root. */
    private JsonNode nodeAt(String path) {
        JsonNode node = document.root();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            node = node.get(name);
            if (node == null) {
                return null;
            }
            if (bracket >= 0) {
                node = node.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
                if (node == null) {
                    return null;
                }
            }
        }
        return node;
    }

    private void checkDrawable(String path, JsonNode node) {
        if (node == null || !node.isString()) {
            return;
        }
        TextCheck.undrawable(node.asString(), options.drawable()).ifPresent(message -> error(path, message));
    }

    /** The inline syntax of a text holds no HTML and links only to http, https and mailto addresses. */
    private void checkMarkup(String path, JsonNode node) {
        if (syntax == TextSyntax.INLINE) {
            InlineMarkup.problems(node.asString()).forEach(problem -> error(path, problem));
        }
    }

    private void error(String path, String message) {
        problems.add(Problem.error(file, document.positionOf(path), path, message));
    }

    private void warning(String path, Position at, String message) {
        problems.add(Problem.warning(file, at, path, message));
    }
}
