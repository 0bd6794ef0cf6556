package org.briefing.batch;

import java.nio.file.Path;
import java.util.List;
import org.briefing.load.Problem;
import org.briefing.render.Format;

/**
 * What a run will do with one valid model, decided before anything is rendered: its documents,
 * where they go, and which are already up to date. Small on purpose (no model, no bytes), so
 * that a run over thousands of models can keep every plan to look for clashing output paths.
 *
 * @param modelSha256 of the bytes the plan was made from; a model read again to render is checked against it
 */
record ModelPlan(Path file, String modelSha256, List<PlannedDocument> documents) {

    /**
     * @param target   absolute path of the output
     * @param relative {@code target} relative to the output folder, as the manifest names it
     * @param upToDate the manifest says it was made from these inputs and it is unchanged since
     */
    record PlannedDocument(String language, Format format, Path target, String relative, String inputsSha256,
                           boolean upToDate) {
    }

    ModelPlan {
        documents = List.copyOf(documents);
    }

    List<PlannedDocument> toRender() {
        return documents.stream().filter(document -> !document.upToDate()).toList();
    }

    /** The outcome of planning one model file: a plan, or why it cannot be rendered. */
    sealed interface Result permits Ready, Invalid {
        Path file();
    }

    /**
     * A valid model, with warnings from reading it and about its editions, and the failures of
     * editions left out because their translations are missing.
     */
    record Ready(ModelPlan plan, List<String> warnings, List<Problem> failures) implements Result {
        @Override
        public Path file() {
            return plan.file();
        }
    }

    record Invalid(Path file, List<Problem> problems) implements Result {
    }
}
