package org.briefing.docximport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.ModelTexts;
import org.briefing.model.Paragraphs;

/**
 * A briefing's texts as a comparable map (field path to its texts and outdated languages), with
 * every text in its meaning (paragraphs), and expected models built from another by the changes a
 * test made: what an import must produce, stated by the test on its own terms.
 */
final class ModelProjection {
    private ModelProjection() {
    }

    /** Every text and address by field path; a text as "lang=paragraphs|..." plus its outdated languages. */
    static Map<String, String> of(Briefing briefing) {
        Map<String, String> projection = new TreeMap<>();
        ModelTexts.texts(briefing).forEach((path, text) -> projection.put(path, describe(text)));
        projection.putAll(ModelTexts.addresses(briefing));
        projection.put("#achievements", String.valueOf(briefing.achievements().size()));
        projection.put("#quotes", String.valueOf(briefing.quotes().size()));
        projection.put("#recommendations", String.valueOf(briefing.recommendations().size()));
        projection.put("#background", String.valueOf(briefing.background().size()));
        projection.put("#links", String.valueOf(briefing.links().size()));
        return projection;
    }

    private static String describe(LocalizedText text) {
        if (text.isSameInEveryLanguage()) {
            return "*=" + meaning(text.in("*").orElseThrow());
        }
        Map<String, String> sorted = new TreeMap<>();
        text.byLanguage().forEach((language, value) -> sorted.put(language, meaning(value)));
        return sorted + (text.outdated().isEmpty() ? "" : " outdated=" + new TreeSet<>(text.outdated()));
    }

    static String meaning(String value) {
        return String.join("\n\n", Paragraphs.of(value));
    }

    /**
     * The text after an edit of its {@code language} version, as the import contract says: the
     * same-in-every-language text changes for all; a translation that existed marks the others
     * outdated, unless it was itself outdated (then it is brought up to date); a new translation
     * marks nothing.
     */
    static LocalizedText edited(LocalizedText text, String language, String value) {
        if (text.isSameInEveryLanguage()) {
            return LocalizedText.of(value);
        }
        Map<String, String> byLanguage = new LinkedHashMap<>(text.byLanguage());
        boolean had = byLanguage.containsKey(language);
        byLanguage.put(language, value);
        Set<String> outdated = new LinkedHashSet<>(text.outdated());
        if (had && !outdated.contains(language)) {
            byLanguage.keySet().stream().filter(l -> !l.equals(language)).forEach(outdated::add);
        }
        outdated.remove(language);
        return LocalizedText.of(byLanguage, outdated);
    }

    /** A list with the items at {@code remove} taken out and {@code add} appended. */
    static <T> List<T> without(List<T> list, int remove, List<T> add) {
        List<T> result = new ArrayList<>(list);
        result.remove(remove);
        result.addAll(add);
        return result;
    }
}
