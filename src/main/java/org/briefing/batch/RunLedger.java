package org.briefing.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.briefing.load.Position;
import org.briefing.load.Problem;
import org.briefing.output.OutputFolder;

/**
 * The record of one run as it happens: counts, failures, protected files, and the manifest
 * entries as they change. Workers report here; calls are serialized, so the listener sees one
 * event at a time. The manifest is saved now and then during the run, not only at the end, so
 * that a run that is killed loses few records (an output made but not recorded would be
 * protected as unknown next time, since PDFs are never byte-identical twice).
 */
final class RunLedger {
    private static final long CHECKPOINT_NANOS = Duration.ofSeconds(2).toNanos();

    private final OutputFolder folder;
    private final String toolVersion;
    private final BatchListener listener;
    private final RenderInputs inputs;
    /** What the manifest will say: what it said, and what this run changes. */
    private final Manifest.Contents manifest;
    private final List<ProtectedFile> protectedFiles = new ArrayList<>();
    private final List<ImportedEdits> imports = new ArrayList<>();
    private final List<Problem> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String manifestError;
    /** Once interrupted, what workers still report is no longer counted: the run is over. */
    private boolean interrupted;
    private int made;
    private int upToDate;
    private long lastSaved = System.nanoTime();

    RunLedger(OutputFolder folder, String toolVersion, Manifest.Contents recorded, RenderInputs inputs,
              BatchListener listener) {
        this.folder = folder;
        this.toolVersion = toolVersion;
        this.inputs = inputs;
        this.manifest = Manifest.Contents.empty();
        manifest.entries().putAll(recorded.entries());
        manifest.templateSets().putAll(recorded.templateSets());
        manifest.fontSets().putAll(recorded.fontSets());
        manifest.templateSets().put(inputs.templatesFingerprint(), inputs.templateFiles());
        manifest.fontSets().put(inputs.fontsFingerprint(), inputs.fontFiles());
        this.listener = listener;
    }

    synchronized void warn(String warning) {
        warnings.add(warning);
    }

    synchronized void failed(Problem problem) {
        failures.add(problem);
    }

    synchronized void planned(int documents) {
        listener.planned(documents);
    }

    /**
     * Notes an edited DOCX imported before rendering; when all of it went into the model, the
     * manifest records the file as imported, so that the new edition may replace it.
     *
     * @param relative the DOCX as the manifest names it
     * @param sha256   the hash of the DOCX as imported
     */
    synchronized void imported(String relative, String sha256, ImportedEdits outcome) {
        imports.add(outcome);
        Manifest.Entry entry = manifest.entries().get(relative);
        if (outcome.isComplete() && entry != null) {
            manifest.entries().put(relative, entry.imported(sha256));
        }
    }

    /** The manifest's entry of an output as it stands now (an import may have updated it), else {@code recorded}. */
    synchronized Manifest.Entry entry(String relative, Manifest.Entry recorded) {
        return manifest.entries().getOrDefault(relative, recorded);
    }

    synchronized void upToDate(ModelPlan plan, ModelPlan.PlannedDocument document) {
        upToDate++;
        settle(plan, document, DocumentEvent.Status.UP_TO_DATE, "");
    }

    synchronized void written(ModelPlan plan, ModelPlan.PlannedDocument document, OutputWriter.Outcome outcome) {
        if (interrupted) {
            return;
        }
        switch (outcome.action()) {
            case WRITTEN -> {
                made++;
                record(plan, document, outcome);
                settle(plan, document, DocumentEvent.Status.MADE, "");
            }
            case ALREADY_THERE -> {
                upToDate++;
                record(plan, document, outcome);
                settle(plan, document, DocumentEvent.Status.UP_TO_DATE, "");
            }
            case KEPT_EDITED, KEPT_UNKNOWN -> {
                // the manifest keeps what it knew, so the file still counts as edited next time
                ProtectedFile kept = new ProtectedFile(document.target(), OutputWriter.newVersionOf(document.target()),
                        outcome.action() == OutputWriter.Action.KEPT_EDITED, plan.file());
                protectedFiles.add(kept);
                settle(plan, document, DocumentEvent.Status.PROTECTED,
                        kept.reason() + "; new version in " + kept.newVersion().getFileName());
            }
        }
        saveIfDue();
    }

    private void record(ModelPlan plan, ModelPlan.PlannedDocument document, OutputWriter.Outcome outcome) {
        manifest.entries().put(document.relative(), new Manifest.Entry(document.relative(),
                Manifest.relative(folder.root(), plan.file()), document.language(), document.format().extension(),
                document.inputsSha256(), outcome.outputSha256(), inputs.of(plan.modelSha256(), document.format())));
    }

    private void settle(ModelPlan plan, ModelPlan.PlannedDocument document, DocumentEvent.Status status,
                        String detail) {
        listener.settled(new DocumentEvent(plan.file(), document.target(), status, detail));
    }

    synchronized void failed(ModelPlan plan, ModelPlan.PlannedDocument document, String message) {
        if (interrupted) {
            return;
        }
        failures.add(Problem.error(plan.file(), Position.UNKNOWN, "", document.relative() + ": " + message));
        settle(plan, document, DocumentEvent.Status.FAILED, message);
    }

    /** Writes the manifest: entries of files not touched by this run are kept, files that are gone dropped. */
    synchronized void save() throws IOException {
        Manifest.write(folder, toolVersion, manifest);
        lastSaved = System.nanoTime();
    }

    /** The run was interrupted: from now on, documents that settle are not counted. */
    synchronized void interrupted() {
        interrupted = true;
    }

    /** The last save failed: the run still reports what it made, then this. */
    synchronized void manifestNotSaved(String why) {
        manifestError = why;
    }

    private void saveIfDue() {
        if (interrupted || System.nanoTime() - lastSaved < CHECKPOINT_NANOS) {
            return;
        }
        try {
            save();
        } catch (IOException e) {
            // a checkpoint is a convenience; the save at the end of the run reports the problem
        }
    }

    synchronized BatchResult result(Duration elapsed) {
        return new BatchResult(made, upToDate, protectedFiles, failures, warnings, manifestError, interrupted, elapsed,
                imports);
    }
}
