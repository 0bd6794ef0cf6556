package org.briefing.render;

import java.util.ArrayList;
import java.util.List;
import org.briefing.model.Briefing;

/** Which editions of a model to make: all of its languages, or those asked for ({@code -l}). */
public final class Editions {
    private Editions() {
    }

    /**
     * The model's languages named by {@code asked}, in the model's spelling (language tags are the
     * same whatever their case: {@code -l EN} asks for the model's {@code en}); all of them when
     * nothing is asked.
     *
     * @throws IllegalArgumentException naming the language the model lacks and those it has
     */
    public static List<String> of(Briefing briefing, List<String> asked) {
        List<String> available = briefing.languages();
        if (asked.isEmpty()) {
            return available;
        }
        List<String> chosen = new ArrayList<>();
        for (String language : asked) {
            String match = available.stream().filter(language::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the model has no '" + language
                            + "' edition (it has " + String.join(", ", available) + ")"));
            if (!chosen.contains(match)) {
                chosen.add(match);
            }
        }
        return chosen;
    }
}
