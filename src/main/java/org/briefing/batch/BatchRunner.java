package org.briefing.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.load.Problem;
import org.briefing.output.OutputLayout;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;

/**
 * Renders every model under some paths into one output folder, in parallel, keeping
 * {@code manifest.json} up to date. A run has two steps:
 * <ol>
 *   <li>plan: read every model, work out its outputs and which of them are up to date (same
 *       inputs hash as recorded, file unchanged), and refuse models whose outputs clash;</li>
 *   <li>render: make the remaining documents, one model per task, and put each in place through
 *       {@link OutputWriter}, which never overwrites an edited file.</li>
 * </ol>
 * Each document's bytes live only while it is written, so memory does not grow with the number
 * of models. The renderer (templates, fonts) is set up once and shared; one runner can serve
 * any number of runs, one at a time or at once on different output folders.
 */
public final class BatchRunner {
    private final Renderer renderer;
    private final String templatesFingerprint;
    private final String toolVersion;

    public BatchRunner(TemplateSet templates, FontSet fonts, String toolVersion) {
        this.renderer = new Renderer(templates, fonts, toolVersion);
        this.templatesFingerprint = templates.fingerprint();
        this.toolVersion = toolVersion;
    }

    /**
     * Runs the batch. Failures of models and documents are in the result, never thrown.
     *
     * @throws IOException when a folder cannot be searched or the manifest cannot be written
     */
    public BatchResult run(BatchOptions options, BatchListener listener) throws IOException, InterruptedException {
        long started = System.nanoTime();
        OutputLayout layout = new OutputLayout(options.output());
        ModelLoader loader = new ModelLoader(renderer.loadOptions().withAllowFallback(options.allowFallback()));
        RenderInputs inputs = new RenderInputs(templatesFingerprint, renderer.fonts().fingerprint(), toolVersion,
                options.paper(), options.allowFallback());
        List<String> manifestWarnings = new ArrayList<>();
        Map<String, Manifest.Entry> recorded = Manifest.read(layout.root(), manifestWarnings::add);
        RunLedger ledger = new RunLedger(layout.root(), toolVersion, recorded, listener);
        manifestWarnings.forEach(ledger::warn);

        Planner planner = new Planner(loader, renderer, layout, inputs, options, recorded);
        PlanRunner planRunner = new PlanRunner(renderer, loader, options.paper(), new OutputWriter(options.force()),
                recorded, ledger);
        try (BoundedPool pool = new BoundedPool(options.threads())) {
            List<ModelPlan.Result> results = Collisions.refuse(pool.map(ModelFiles.find(options.paths()),
                    planner::plan));
            List<ModelPlan> plans = report(results, ledger);
            pool.forEach(plans.stream().filter(plan -> !plan.toRender().isEmpty()).toList(), planRunner::run);
        } finally {
            ledger.save(); // also after an interruption: what was written is recorded
        }
        return ledger.result(Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Tells the ledger what planning found: failures of invalid models, warnings, the number of
     * documents to come, and those already up to date. Returns the plans of valid models.
     */
    private static List<ModelPlan> report(List<ModelPlan.Result> results, RunLedger ledger) {
        List<ModelPlan> plans = new ArrayList<>();
        for (ModelPlan.Result result : results) {
            if (result instanceof ModelPlan.Ready ready) {
                ready.warnings().forEach(ledger::warn);
                plans.add(ready.plan());
            } else if (result instanceof ModelPlan.Invalid invalid) {
                invalid.problems().stream().filter(Problem::isError).forEach(ledger::failed);
            }
        }
        ledger.planned(plans.stream().mapToInt(plan -> plan.documents().size()).sum());
        for (ModelPlan plan : plans) {
            plan.documents().stream().filter(ModelPlan.PlannedDocument::upToDate)
                    .forEach(document -> ledger.upToDate(plan, document));
        }
        return plans;
    }
}
