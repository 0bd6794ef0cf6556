package org.briefing.load;

import java.nio.file.Path;
import java.util.List;
import org.briefing.model.Briefing;

/** A model that can be rendered, with the warnings found while reading it. */
public record LoadedModel(Path file, Briefing briefing, List<Problem> warnings) {
    public LoadedModel {
        warnings = List.copyOf(warnings);
    }
}
