package org.briefing.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.markup.NoteMarkers;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.ModelTexts;
import org.briefing.model.Note;

/**
 * Texts and notes agree: every marker cites a note the model has, no note cites a note, every
 * note is cited, and each language of a text cites the notes its other languages cite, so every
 * edition carries every note.
 */
final class NoteCitations {
    /** Where the problems go: the path of the field and the message. */
    interface Report {
        void error(String path, String message);

        void warning(String path, String message);
    }

    private NoteCitations() {
    }

    static void check(Briefing briefing, Report report) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < briefing.notes().size(); i++) {
            Note note = briefing.notes().get(i);
            String path = YamlDocument.item("notes", i);
            if (!ids.add(note.id())) {
                report.error(path + ".id", "two notes have the id '" + note.id() + "'; a text cites one by it");
            }
            perLanguage(note.text(), path + ".text").forEach((at, text) -> {
                if (!NoteMarkers.cited(text).isEmpty()) {
                    report.error(at, "a note cannot cite a note; write its words into this one");
                }
            });
        }
        Set<String> cited = new HashSet<>();
        ModelTexts.texts(briefing).forEach((path, text) -> {
            if (!path.startsWith("notes[")) {
                checkText(path, text, ids, cited, report);
            }
        });
        for (int i = 0; i < briefing.notes().size(); i++) {
            if (!cited.contains(briefing.notes().get(i).id())) {
                report.warning(YamlDocument.item("notes", i) + ".id", "no text cites note '"
                        + briefing.notes().get(i).id() + "' with [^" + briefing.notes().get(i).id()
                        + "], so no edition shows it");
            }
        }
    }

    private static void checkText(String path, LocalizedText text, Set<String> ids, Set<String> cited, Report report) {
        Set<String> first = null;
        String firstPath = null;
        for (Map.Entry<String, String> entry : perLanguage(text, path).entrySet()) {
            Set<String> here = NoteMarkers.cited(entry.getValue());
            for (String id : here) {
                if (!ids.contains(id)) {
                    String guess = DidYouMean.among(id, ids).map(known -> " (did you mean '" + known + "'?)")
                            .orElse("");
                    report.error(entry.getKey(), "cites note '" + id + "', which notes: does not have" + guess);
                }
            }
            cited.addAll(here);
            if (first == null) {
                first = here;
                firstPath = entry.getKey();
            } else if (!new HashSet<>(here).equals(new HashSet<>(first))) {
                report.error(entry.getKey(), "cites notes " + list(here) + " where " + firstPath + " cites "
                        + list(first) + "; every language of a text cites the same notes");
            }
        }
    }

    /** The text in each language it has, by the path of that language's text. */
    private static Map<String, String> perLanguage(LocalizedText text, String path) {
        if (text.isSameInEveryLanguage()) {
            return Map.of(path, text.in("").orElseThrow());
        }
        Map<String, String> byPath = new java.util.LinkedHashMap<>();
        text.byLanguage().forEach((language, words) -> byPath.put(YamlDocument.child(path, language), words));
        return byPath;
    }

    private static String list(Set<String> ids) {
        List<String> shown = new ArrayList<>();
        ids.forEach(id -> shown.add("[^" + id + "]"));
        return shown.isEmpty() ? "none" : String.join(", ", shown);
    }
}
