package org.briefing.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.Briefing;
import org.briefing.markup.MarkupWriter;
import org.briefing.model.FieldPath;
import org.briefing.model.LocalizedText;
import org.briefing.model.ModelTexts;

/**
 * A model's texts as translation units from one language into another, in the order a reader
 * meets them. Texts that are the same in every language (a name written once) and texts the
 * source language does not have yet are not units; the latter are reported as skipped.
 */
public final class TranslationUnits {
    private TranslationUnits() {
    }

    /** The units, and the field paths that could not be units because the source language lacks them. */
    public record Result(List<TranslationUnit> units, List<String> skipped) {
    }

    public static Result of(Briefing briefing, String from, String to) {
        Map<String, LocalizedText> texts = ModelTexts.texts(briefing);
        Map<String, Integer> listSizes = new LinkedHashMap<>();
        listSizes.put("charts", briefing.charts().size());
        listSizes.put("achievements", briefing.achievements().size());
        listSizes.put("quotes", briefing.quotes().size());
        listSizes.put("recommendations", briefing.recommendations().size());
        listSizes.put("background", briefing.background().size());
        listSizes.put("links", briefing.links().size());
        List<TranslationUnit> units = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        texts.forEach((path, text) -> {
            if (text.isSameInEveryLanguage()) {
                return;
            }
            String source = text.in(from).orElse(null);
            if (source == null) {
                skipped.add(path);
                return;
            }
            String target = text.in(to).orElse(null);
            TranslationUnit.Status status = target == null ? TranslationUnit.Status.MISSING
                    : text.outdated().contains(to) ? TranslationUnit.Status.OUTDATED : TranslationUnit.Status.TRANSLATED;
            units.add(new TranslationUnit(path, meaning(source), target == null ? null : meaning(target), status,
                    context(path, listSizes)));
        });
        return new Result(units, skipped);
    }

    /**
     * A text as the model means it: paragraphs joined by a blank line, its inline syntax written
     * the one way, so texts that read alike compare equal.
     */
    static String meaning(String value) {
        return MarkupWriter.canonical(value);
    }

    /** "title", "achievements, item 3 of 7", "quotes, item 1 of 2: speaker". */
    static String context(String path, Map<String, Integer> listSizes) {
        List<String> steps = FieldPath.steps(path);
        String section = steps.get(0);
        StringBuilder context = new StringBuilder(section);
        if (steps.size() > 1 && steps.get(1).startsWith("[")) {
            int index = Integer.parseInt(steps.get(1).substring(1, steps.get(1).length() - 1));
            context.append(", item ").append(index + 1).append(" of ").append(listSizes.getOrDefault(section, 0));
            if (steps.size() > 2) {
                context.append(": ").append(String.join(".", steps.subList(2, steps.size())));
            }
        } else if (steps.size() > 1) {
            context.append(": ").append(String.join(".", steps.subList(1, steps.size())));
        }
        return context.toString();
    }
}
