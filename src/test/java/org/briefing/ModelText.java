package org.briefing;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Briefing;
import org.briefing.model.Link;
import org.briefing.model.LocalizedText;
import org.briefing.model.Quote;

/** Every piece of text a model holds for one edition, read straight from the model. */
public final class ModelText {
    private ModelText() {
    }

    /** The texts of {@code language} (the default language's where a translation is missing). */
    public static List<String> of(Briefing b, String language) {
        List<String> texts = new ArrayList<>();
        add(texts, b.country().name(), b, language);
        add(texts, b.title(), b, language);
        add(texts, b.summary(), b, language);
        if (b.classification() != null) {
            texts.add(b.classification());
        }
        if (b.source() != null) {
            add(texts, b.source().title(), b, language);
            add(texts, b.source().publisher(), b, language);
            if (b.source().url() != null) {
                texts.add(b.source().url());
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
        return texts;
    }

    private static void add(List<String> texts, LocalizedText text, Briefing b, String language) {
        if (text != null) {
            texts.add(text.in(language).or(() -> text.in(b.defaultLanguage())).orElseThrow());
        }
    }

    /**
     * All runs of white space as one space, none after a hyphen: layout may break a line between
     * words and after the hyphen of a compound word.
     */
    public static String collapse(String text) {
        return text.replaceAll("(?<=\\p{L}-)\\s+", "").replaceAll("\\s+", " ").strip();
    }

    /** No white space at all: for URLs, which layout may break without a space. */
    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    public static boolean isUrl(String text) {
        return text.matches("(https?|mailto):\\S+");
    }
}
