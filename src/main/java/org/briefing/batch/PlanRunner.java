package org.briefing.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.render.Edition;
import org.briefing.render.FailureText;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;

/**
 * Makes the documents of one plan that are not up to date, and reports each to the ledger. Any
 * failure is that document's (or model's), never the run's. Thread-safe: one per run, shared by
 * the workers.
 */
final class PlanRunner {
    private final Renderer renderer;
    private final ModelLoader loader;
    private final Paper paper;
    private final OutputWriter writer;
    private final Map<String, Manifest.Entry> recorded;
    private final RunLedger ledger;
    private final PlannedModels kept;

    PlanRunner(Renderer renderer, ModelLoader loader, Paper paper, OutputWriter writer,
               Map<String, Manifest.Entry> recorded, RunLedger ledger, PlannedModels kept) {
        this.renderer = renderer;
        this.loader = loader;
        this.paper = paper;
        this.writer = writer;
        this.recorded = recorded;
        this.ledger = ledger;
        this.kept = kept;
    }

    void run(ModelPlan plan) {
        List<ModelPlan.PlannedDocument> pending = plan.toRender();
        Optional<LoadedModel> model = kept.take(plan.file(), plan.modelSha256()).or(() -> readAgain(plan, pending));
        if (model.isEmpty()) {
            return;
        }
        // the template runs once per edition, for all of its formats
        Map<String, List<ModelPlan.PlannedDocument>> byLanguage = new LinkedHashMap<>();
        pending.forEach(document -> byLanguage.computeIfAbsent(document.language(), k -> new ArrayList<>())
                .add(document));
        byLanguage.forEach((language, documents) -> render(plan, model.get(), language, documents));
    }

    /**
     * The model of a plan whose model was not kept (see {@link PlannedModels}), read again and
     * checked against the bytes it was planned from; empty, with its documents failed, when it
     * cannot be read or has changed. Only the planned editions' translations matter (the others'
     * are reported by the planner).
     */
    private Optional<LoadedModel> readAgain(ModelPlan plan, List<ModelPlan.PlannedDocument> pending) {
        try {
            List<String> editions = pending.stream().map(ModelPlan.PlannedDocument::language).distinct().toList();
            ModelLoader planned = loader.with(loader.options().withEditions(editions));
            ModelSnapshot snapshot = ModelSnapshot.load(plan.file(), planned);
            if (snapshot.sha256().equals(plan.modelSha256())) {
                return Optional.of(snapshot.model());
            }
            pending.forEach(document -> ledger.failed(plan, document,
                    "the model file changed during the run; run again"));
        } catch (ModelException e) {
            pending.forEach(document -> ledger.failed(plan, document, e.problems().get(0).format()));
        }
        return Optional.empty();
    }

    private void render(ModelPlan plan, LoadedModel model, String language,
                        List<ModelPlan.PlannedDocument> documents) {
        try (Edition edition = renderer.edition(model.briefing(), language, paper)) {
            for (ModelPlan.PlannedDocument document : documents) {
                try {
                    byte[] bytes = edition.as(document.format());
                    Manifest.Entry entry = recorded.get(document.relative());
                    ledger.written(plan, document, writer.put(document.target(), ledger.entry(document.relative(),
                            entry), bytes));
                } catch (Exception e) { // whatever it is, it must not stop the other documents
                    ledger.failed(plan, document, FailureText.of(e));
                }
            }
        } catch (RuntimeException e) { // the edition itself could not be made (a template error)
            documents.forEach(document -> ledger.failed(plan, document, FailureText.of(e)));
        }
    }
}
