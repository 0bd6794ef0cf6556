package org.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.briefing.markup.InlineMarkup;
import org.briefing.model.Briefing;
import org.briefing.model.Facts;
import org.briefing.model.Link;
import org.briefing.model.LocalizedText;
import org.briefing.model.Quote;

/** Every piece of text a model holds for one edition, read straight from the model. */
public final class ModelText {
    private ModelText() {
    }

    /**
     * The printed texts of {@code language} (the default language's where a translation is
     * missing): all but the issuer, which is the documents' author, and the short title, which
     * heads later pages only. A note's marker is the number it prints as, the notes numbered in
     * the order the texts, listed in reading order, first cite them; the notes' texts come last.
     */
    public static List<String> of(Briefing b, String language) {
        List<String> texts = new ArrayList<>();
        add(texts, b.country().name(), b, language);
        add(texts, b.title(), b, language);
        add(texts, b.summary(), b, language);
        add(texts, b.classification(), b, language);
        if (b.source() != null) {
            add(texts, b.source().title(), b, language);
            add(texts, b.source().publisher(), b, language);
            if (b.source().url() != null) {
                texts.add(b.source().url());
            }
        }
        if (b.facts() != null) {
            add(texts, b.facts().caption(), b, language);
            for (Facts.Fact fact : b.facts().rows()) {
                add(texts, fact.label(), b, language);
                add(texts, fact.value(), b, language);
            }
        }
        b.achievements().forEach(t -> add(texts, t, b, language));
        for (Quote q : b.quotes()) {
            add(texts, q.speaker(), b, language);
            add(texts, q.role(), b, language);
            add(texts, q.text(), b, language);
        }
        b.recommendations().forEach(t -> add(texts, t, b, language));
        b.background().forEach(t -> add(texts, t, b, language));
        for (Link link : b.links()) {
            add(texts, link.label(), b, language);
            texts.add(link.url());
        }
        b.notes().forEach(note -> add(texts, note.text(), b, language));
        return numbered(texts);
    }

    private static final Pattern NOTE_MARKER = Pattern.compile("\\[\\^([A-Za-z0-9_-]+)]");

    /** The texts with each note marker as its number. */
    private static List<String> numbered(List<String> texts) {
        Map<String, Integer> numbers = new HashMap<>();
        return texts.stream().map(text -> NOTE_MARKER.matcher(text).replaceAll(marker -> String.valueOf(
                numbers.computeIfAbsent(marker.group(1), id -> numbers.size() + 1)))).toList();
    }

    private static void add(List<String> texts, LocalizedText text, Briefing b, String language) {
        if (text != null) {
            // the words as printed: no inline syntax, note markers kept to be numbered
            String words = text.in(language).or(() -> text.in(b.defaultLanguage())).orElseThrow();
            texts.add(InlineMarkup.plain(NOTE_MARKER.matcher(words).replaceAll("\\\\[^$1]")));
        }
    }

    /**
     * Printed text as the model holds it: the typesetting's no-break spaces as spaces, its word
     * joiners gone (its quotation marks and dashes stay: models hold those as typed).
     */
    public static String plain(String printed) {
        return printed.replace('\u00A0', ' ').replace("\u2060", "");
    }

    /**
     * All runs of white space as one space, none after a hyphen or dash within a word or number:
     * layout may break a line between words, after the hyphen of a compound word ("2020-" /
     * "жылдын") and after an en dash. A no-break space is a space, a word joiner nothing, and
     * every double quotation mark a straight one: the typesetting prints the language's marks
     * where the model has straight ones.
     */
    public static String collapse(String text) {
        return text.replace("\u2060", "").replaceAll("(?<=[\\p{L}\\p{N}][-–])[\\s\\u00A0]+", "")
                .replaceAll("[\\s\\u00A0]+", " ").replaceAll("[“”„«»]", "\"").strip();
    }

    /** No white space at all: for URLs, which layout may break without a space. */
    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    public static boolean isUrl(String text) {
        return text.matches("(https?|mailto):\\S+");
    }
}
