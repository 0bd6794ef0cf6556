package org.briefing.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.edit.EditException;
import org.briefing.edit.ModelEdits;
import org.briefing.edit.ModelFile;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.load.TextCheck;
import org.briefing.markup.TextSyntax;
import org.briefing.model.Briefing;
import org.briefing.model.LocalizedText;
import org.briefing.model.ModelTexts;

/**
 * Writes the translations of an XLIFF file into its model, in the file's target language, and
 * only those: a unit whose source no longer matches the model (the file is stale), whose id the
 * model does not have, or whose target the fonts cannot draw is reported with where it is and
 * left out; the rest is imported. A translation brought up to date (or confirmed as it is) loses
 * its outdated mark. The model file is written atomically, nothing else in it changed.
 */
public final class TranslationImport {
    /** States in which a target that equals the model's outdated text confirms it as still right. */
    private static final Set<String> CONFIRMING = Set.of("translated", "final", "signed-off", "reviewed",
            "needs-review-translation");

    /** States of a unit not translated yet (1.2 and 2.0). */
    private static final Set<String> UNTRANSLATED = Set.of("needs-translation", "new", "initial");

    private final ModelLoader loader;

    /** @param loader reads the model; it should allow fallback, since a model being translated lacks texts */
    public TranslationImport(ModelLoader loader) {
        this.loader = loader;
    }

    /** What happened to one unit. */
    public enum Kind {
        /** A missing translation was filled in. */
        FILLED,
        /** A translation was replaced by the file's. */
        UPDATED,
        /** An outdated translation was confirmed as still right. */
        CONFIRMED
    }

    /** One translation written. */
    public record Imported(String id, Kind kind, String before, String after) {
    }

    /**
     * The outcome for one file.
     *
     * @param problems the units left out, one positioned line each
     * @param written  whether the model file was written (not for a dry run or no change)
     */
    public record Result(Path xliff, Path model, String language, List<Imported> imported, List<String> problems,
                         boolean written) {
    }

    /**
     * Imports {@code xliff} into {@code model}, or into the model it names when that is null.
     *
     * @throws XliffException when the file or its model cannot be used at all
     */
    public Result run(Path xliff, Path model, boolean dryRun) throws XliffException {
        XliffReader.Read read = XliffReader.read(xliff);
        Path modelFile = model != null ? model : modelOf(read);
        LoadedModel loaded;
        try {
            loaded = loader.load(modelFile);
        } catch (ModelException e) {
            throw new XliffException(e.problems().get(0).format());
        }
        Briefing briefing = loaded.briefing();
        if (read.modelId() == null || !read.modelId().equals(briefing.id())) {
            throw new XliffException(xliff + ": a translation of model '" + read.modelId() + "', but " + modelFile
                    + " is '" + briefing.id() + "'");
        }
        String to = language(briefing, read.to(), xliff, "target");
        String from = language(briefing, read.from(), xliff, "source");
        Map<String, LocalizedText> texts = ModelTexts.texts(briefing);
        ModelEdits edits = new ModelEdits();
        List<Imported> imported = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> hostile = new ArrayList<>();
        read.problems().forEach(p -> (p.hostile() ? hostile : problems).add(xliff + ":" + p.line() + ":" + p.column()
                + ": " + p.id() + ": " + p.message()));
        for (XliffReader.Unit unit : read.units()) {
            String at = xliff + ":" + unit.line() + ":" + unit.column() + ": " + unit.id() + ": ";
            LocalizedText text = texts.get(unit.id());
            if (text == null || text.isSameInEveryLanguage()) {
                problems.add(at + (text == null ? "the model has no text with this id" : "the model has one text for "
                        + "every language here, not one to translate"));
                continue;
            }
            String source = text.in(from).map(TranslationUnits::meaning).orElse(null);
            if (!unit.source().equals(source)) {
                problems.add(at + "the source has changed since the file was made; not imported (the model has \""
                        + source + "\", the file \"" + unit.source() + "\"); export it again");
                continue;
            }
            if (unit.target() == null || isUntranslatedCopy(unit)) {
                continue;
            }
            Optional<String> undrawable = TextCheck.undrawable(unit.target(), loader.options().drawable());
            if (undrawable.isPresent()) {
                hostile.add(at + "the translation's " + undrawable.get());
                continue;
            }
            String current = text.in(to).map(TranslationUnits::meaning).orElse(null);
            boolean outdated = text.outdated().contains(to);
            Set<String> stillOutdated = new LinkedHashSet<>(text.outdated());
            stillOutdated.remove(to);
            if (current == null || !current.equals(unit.target())) {
                edits.setText(unit.id(), to, TextSyntax.of(briefing.schema()).stored(unit.target()));
                imported.add(new Imported(unit.id(), current == null ? Kind.FILLED : Kind.UPDATED,
                        current == null ? "" : current, unit.target()));
                if (outdated) {
                    edits.setOutdated(unit.id(), List.copyOf(stillOutdated));
                }
            } else if (outdated && unit.state() != null && CONFIRMING.contains(unit.state())) {
                edits.setOutdated(unit.id(), List.copyOf(stillOutdated));
                imported.add(new Imported(unit.id(), Kind.CONFIRMED, current, current));
            }
        }
        if (!hostile.isEmpty()) {
            throw new XliffException(hostile.get(0) + (hostile.size() > 1 ? " (and " + (hostile.size() - 1)
                    + " more like it)" : "") + "; nothing was imported");
        }
        boolean written = false;
        try {
            ModelFile file = ModelFile.read(modelFile, loader).edited(edits);
            if (!dryRun && file.isChanged()) {
                file.write();
                written = true;
            }
        } catch (EditException e) {
            throw new XliffException(modelFile + ": " + e.getMessage());
        } catch (ModelException e) {
            throw new XliffException(e.problems().get(0).format());
        } catch (IOException e) {
            throw new XliffException(modelFile + ": cannot be written: " + e.getMessage());
        }
        return new Result(xliff, modelFile, to, imported, problems, written);
    }

    /**
     * A target that is its source, in a unit still marked as needing translation: the copy that
     * CAT tools translating targets (OmegaT) start from, left untranslated.
     */
    private static boolean isUntranslatedCopy(XliffReader.Unit unit) {
        return unit.target().equals(unit.source()) && (unit.state() == null || UNTRANSLATED.contains(unit.state()));
    }

    /** The model file the XLIFF file names, relative to where it is. */
    private static Path modelOf(XliffReader.Read read) throws XliffException {
        if (read.modelPath() != null) {
            Path folder = read.file().toAbsolutePath().getParent();
            Path model = folder.resolve(read.modelPath()).normalize();
            if (Files.isRegularFile(model)) {
                return model;
            }
        }
        throw new XliffException(read.file() + ": its model (" + read.modelPath() + ") is not where the file says; "
                + "give --model FILE");
    }

    /** The model's own spelling of a language tag the file names (tags are compared without case). */
    private static String language(Briefing briefing, String tag, Path xliff, String which) throws XliffException {
        if (tag == null) {
            throw new XliffException(xliff + ": does not say its " + which + " language");
        }
        for (String language : briefing.languages()) {
            if (language.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new XliffException(xliff + ": its " + which + " language '" + tag + "' is not among the model's ("
                + String.join(", ", briefing.languages()) + ")");
    }
}
