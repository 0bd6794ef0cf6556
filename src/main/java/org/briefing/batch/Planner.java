package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.files.Printable;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.load.Position;
import org.briefing.load.Problem;
import org.briefing.output.OutputFolder;
import org.briefing.output.OutputLayout;
import org.briefing.output.OutputRefusedException;
import org.briefing.render.Editions;
import org.briefing.render.FailureText;
import org.briefing.render.Format;
import org.briefing.render.Renderer;

/** Reads one model and plans its documents (see {@link ModelPlan}). Thread-safe. */
final class Planner {
    private final ModelLoader loader;
    private final Renderer renderer;
    private final OutputLayout layout;
    private final RenderInputs inputs;
    private final BatchOptions options;
    private final Map<String, Manifest.Entry> recorded;
    private final OutputFolder folder;
    private final PlannedModels kept;
    /** Reads a model whose translations are incomplete, to plan the editions that are complete. */
    private final ModelLoader withoutTranslationChecks;

    Planner(ModelLoader loader, Renderer renderer, OutputLayout layout, RenderInputs inputs, BatchOptions options,
            Map<String, Manifest.Entry> recorded, OutputFolder folder, PlannedModels kept) {
        this.loader = loader;
        this.renderer = renderer;
        this.layout = layout;
        this.inputs = inputs;
        this.options = options;
        this.recorded = recorded;
        this.folder = folder;
        this.kept = kept;
        this.withoutTranslationChecks = loader.with(loader.options().withoutTranslationChecks());
    }

    ModelPlan.Result plan(Path file) {
        ModelSnapshot snapshot;
        List<Problem> untranslated = List.of();
        try {
            try {
                snapshot = ModelSnapshot.load(file, loader);
            } catch (ModelException e) {
                if (e.problems().stream().filter(Problem::isError).anyMatch(p -> !p.isMissingTranslation())) {
                    throw e;
                }
                // only translations are missing: the complete editions are made, the others fail
                untranslated = e.problems().stream().filter(Problem::isError).toList();
                snapshot = ModelSnapshot.load(file, withoutTranslationChecks);
            }
        } catch (ModelException e) {
            return new ModelPlan.Invalid(file, e.problems());
        }
        LoadedModel model = snapshot.model();
        List<String> languages;
        try {
            languages = Editions.of(model.briefing(), options.languages());
        } catch (IllegalArgumentException e) {
            return new ModelPlan.Invalid(file, List.of(Problem.error(file, Position.UNKNOWN, "languages",
                    e.getMessage())));
        }
        Set<String> incomplete = new HashSet<>();
        List<Problem> failures = new ArrayList<>();
        for (Problem problem : untranslated) {
            String language = problem.path().substring(problem.path().lastIndexOf('.') + 1);
            if (languages.contains(language)) {
                incomplete.add(language);
                failures.add(problem);
            }
        }
        List<String> warnings = new ArrayList<>(model.warnings().stream().map(Problem::format).toList());
        List<ModelPlan.PlannedDocument> documents = new ArrayList<>();
        try {
            for (String language : languages) {
                if (incomplete.contains(language)) {
                    continue;
                }
                renderer.warnings(model.briefing(), language)
                        .forEach(w -> warnings.add(Printable.name(file) + ": warning: " + w));
                for (Format format : options.formats()) {
                    Path target = layout.pathFor(model.briefing(), language, format);
                    String relative = Manifest.relative(layout.root(), target);
                    Optional<Path> owner = otherModelOf(relative, file);
                    if (owner.isPresent()) {
                        return new ModelPlan.Invalid(file, List.of(Problem.error(file, Position.UNKNOWN, "id",
                                "would replace " + relative + ", which the manifest records as made from "
                                        + Printable.name(owner.get()) + ", still there; nothing of this model is"
                                        + " written (give one of them another id)")));
                    }
                    String inputsSha256 = inputs.hash(snapshot.sha256(), language, format);
                    documents.add(new ModelPlan.PlannedDocument(language, format, target, relative, inputsSha256,
                            isUpToDate(target, recorded.get(relative), inputsSha256)));
                }
            }
        } catch (IllegalArgumentException e) { // an id or country the layout refuses as a file name
            return new ModelPlan.Invalid(file, List.of(Problem.error(file, Position.UNKNOWN, "", e.getMessage())));
        } catch (OutputRefusedException e) { // a link or special file where an output goes
            return new ModelPlan.Invalid(file, List.of(Problem.error(file, Position.UNKNOWN, "", FailureText.of(e))));
        } catch (IOException e) {
            return new ModelPlan.Invalid(file, List.of(Problem.error(file, Position.UNKNOWN, "",
                    "cannot read an existing output: " + FailureText.of(e))));
        }
        ModelPlan plan = new ModelPlan(file, snapshot.sha256(), documents);
        if (!plan.toRender().isEmpty()) {
            kept.keep(file, snapshot);
        }
        return new ModelPlan.Ready(plan, warnings, failures);
    }

    /** Made from the same inputs, and still exactly as it was written. */
    private boolean isUpToDate(Path target, Manifest.Entry entry, String inputsSha256) throws IOException {
        boolean exists = folder.hasFile(target); // refuses a link or special file there, before any work
        return exists && !options.force() && entry != null && entry.inputsSha256().equals(inputsSha256)
                && folder.sha256(target).filter(entry.outputSha256()::equals).isPresent();
    }

    /**
     * The model the manifest records {@code relative} as made from, when that is another model
     * file and it still exists: a copy whose id was not changed, run on its own, must not
     * quietly replace the original's document. A recorded model that is gone (renamed, moved)
     * hands its outputs over.
     */
    private Optional<Path> otherModelOf(String relative, Path model) {
        Manifest.Entry entry = recorded.get(relative);
        if (entry == null || entry.model().isEmpty()) {
            return Optional.empty();
        }
        Path owner = layout.root().resolve(entry.model()).normalize();
        try {
            boolean another = Files.isRegularFile(owner) && !Files.isSameFile(owner, model);
            return another ? Optional.of(owner) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
