package org.briefing.author;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.load.Problem;

/**
 * Which fields of a model lack which language, or hold a translation of an older wording: what a
 * translator has left to do. Other problems of the model are reported too, since they may hide
 * texts.
 *
 * @param missing  for each language of the model that lacks something, the field paths (without
 *                 the language) in file order
 * @param outdated for each language, the fields whose text in it is marked {@code outdated} (the
 *                 text was changed in another language since, for example by a DOCX import)
 * @param otherProblems problems that are not missing or outdated translations
 */
public record TranslationReport(Path file, Map<String, List<String>> missing, Map<String, List<String>> outdated,
                                List<Problem> otherProblems) {

    public static TranslationReport of(ModelLoader loader, Path file) {
        List<Problem> problems;
        try {
            problems = loader.load(file).warnings();
        } catch (ModelException e) {
            problems = e.problems();
        }
        Map<String, List<String>> missing = new LinkedHashMap<>();
        Map<String, List<String>> outdated = new LinkedHashMap<>();
        List<Problem> other = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.isMissingTranslation() || problem.isOutdatedTranslation()) {
                int dot = problem.path().lastIndexOf('.');
                (problem.isMissingTranslation() ? missing : outdated)
                        .computeIfAbsent(problem.path().substring(dot + 1), k -> new ArrayList<>())
                        .add(problem.path().substring(0, dot));
            } else if (problem.isError()) {
                other.add(problem);
            }
        }
        return new TranslationReport(file, missing, outdated, other);
    }

    public boolean isComplete() {
        return missing.isEmpty() && outdated.isEmpty() && otherProblems.isEmpty();
    }
}
