package org.briefing.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.load.Problem;
import org.briefing.output.FolderLock;
import org.briefing.output.OutputFolder;
import org.briefing.output.OutputLayout;
import org.briefing.pdf.FontSet;
import org.briefing.render.FailureText;
import org.briefing.render.MemoryBudget;
import org.briefing.render.Renderer;

/**
 * Renders every model under some paths into one output folder, in parallel, keeping
 * {@code manifest.json} up to date. A run has two steps:
 * <ol>
 *   <li>plan: read every model, work out its outputs and which of them are up to date (same
 *       inputs hash as recorded, file unchanged), and refuse models whose outputs clash, with
 *       each other or with another model's outputs the manifest records;</li>
 *   <li>render: make the remaining documents, one model per task, and put each in place through
 *       {@link OutputWriter}, which never overwrites an edited file.</li>
 * </ol>
 * Each document's bytes live only while it is written, so memory does not grow with the number
 * of models. The renderer (templates, fonts) is set up once and shared; one runner can serve
 * any number of runs. Runs on one output folder take turns ({@link FolderLock}), whether in this
 * process or in others, so none loses what another recorded.
 */
public final class BatchRunner {
    private final TemplateSet templates;
    private final FontSet fonts;
    private final Renderer renderer;
    private final String toolVersion;
    /** Heap that models read while planning may keep for rendering (see {@link PlannedModels}). */
    private final long keptModels;

    public BatchRunner(TemplateSet templates, FontSet fonts, String toolVersion) {
        this(templates, fonts, toolVersion, PlannedModels.budgetFor(Runtime.getRuntime().maxMemory()));
    }

    private BatchRunner(TemplateSet templates, FontSet fonts, String toolVersion, long keptModels) {
        this.templates = templates;
        this.fonts = fonts;
        this.renderer = new Renderer(templates, fonts, toolVersion);
        this.toolVersion = toolVersion;
        this.keptModels = keptModels;
    }

    /** This runner, keeping at most {@code bytes} of models between planning and rendering. */
    BatchRunner keepingModelsUpTo(long bytes) {
        return new BatchRunner(templates, fonts, toolVersion, bytes);
    }

    /**
     * Runs the batch. Failures of models and documents, and a manifest that cannot be saved, are
     * in the result, never thrown. An interrupt while documents are made ends the run early, with
     * what was made recorded: the result says it was interrupted, and the thread's interrupt
     * status is cleared.
     *
     * @throws IOException          when the output folder cannot be opened or a model folder searched
     * @throws InterruptedException when interrupted before any document is made (waiting for
     *                              another run on the folder, say)
     */
    public BatchResult run(BatchOptions options, BatchListener listener) throws IOException, InterruptedException {
        long started = System.nanoTime();
        // a reference document is read and checked here, once per run
        Renderer renderer = options.referenceDocx() == null ? this.renderer
                : this.renderer.withReferenceDocx(options.referenceDocx());
        try (OutputFolder folder = OutputFolder.open(options.output());
             FolderLock lock = FolderLock.acquire(folder, () -> listener.waiting(folder.root()))) {
            return run(options, listener, renderer, folder, started);
        }
    }

    private BatchResult run(BatchOptions options, BatchListener listener, Renderer renderer, OutputFolder folder,
                            long started) throws IOException, InterruptedException {
        OutputLayout layout = new OutputLayout(folder.root());
        ModelLoader loader = new ModelLoader(renderer.loadOptions().withAllowFallback(options.allowFallback()));
        RenderInputs inputs = new RenderInputs(templates.fingerprint(), templates.fileHashes(),
                fonts.fingerprint(), fonts.fileHashes(), renderer.referenceDocxSha256(), toolVersion,
                options.paper(), options.allowFallback());
        List<String> manifestWarnings = new ArrayList<>();
        Manifest.Contents recorded = Manifest.read(folder, manifestWarnings::add);
        RunLedger ledger = new RunLedger(folder, toolVersion, recorded, inputs, listener);
        manifestWarnings.forEach(ledger::warn);

        List<java.nio.file.Path> models = ModelFiles.find(options.paths());
        if (options.importEdits()) {
            new EditImporter(renderer, folder, ledger).importAll(recorded.entries(), models);
        }
        PlannedModels kept = new PlannedModels(keptModels);
        Planner planner = new Planner(loader, renderer, layout, inputs, options, recorded.entries(), folder, kept);
        PlanRunner planRunner = new PlanRunner(renderer, loader, options.paper(),
                new OutputWriter(folder, options.force()), recorded.entries(), ledger, kept);
        // as many threads as asked for, unless the heap cannot keep that many rendering threads
        try (BoundedPool pool = new BoundedPool(MemoryBudget.shared().threadsFor(options.threads()))) {
            List<ModelPlan.Result> results = Collisions.refuse(pool.map(models, planner::plan));
            List<ModelPlan> toRender = report(results, ledger).stream().filter(plan -> !plan.toRender().isEmpty())
                    .toList();
            kept.keepOnly(toRender.stream().map(ModelPlan::file).collect(Collectors.toSet()));
            pool.forEach(toRender, planRunner::run);
        } catch (InterruptedException e) {
            // Ctrl-C or SIGTERM: what is being written is removed and nothing more is written;
            // documents still rendering are dropped (their workers are daemons, and may not stop
            // at once); what was put in place is recorded below
            folder.abandon();
            ledger.interrupted();
            Thread.interrupted(); // the manifest is saved through channels an interrupt would close
        } finally {
            try {
                ledger.save();
            } catch (IOException e) {
                ledger.manifestNotSaved(FailureText.of(e));
            }
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
                ready.failures().forEach(ledger::failed);
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
