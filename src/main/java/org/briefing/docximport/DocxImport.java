package org.briefing.docximport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.docx.DocumentProperties;
import org.briefing.docx.DocxException;
import org.briefing.docx.DocxLayout;
import org.briefing.docx.EditedDocx;
import org.briefing.docx.EditedDocxReader;
import org.briefing.edit.EditException;
import org.briefing.edit.ModelFile;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Renderer;

/**
 * Imports a DOCX that staff edited into the model it was made from, in the DOCX's language:
 * reads the document, checks it is a briefing of that model, reads it against the layout its
 * edition has now, and writes what changed into the model file where the values are, leaving
 * every other byte of the file as it was. Thread-safe; set up once.
 */
public final class DocxImport {
    private final Renderer renderer;
    private final ModelLoader loader;

    /**
     * @param renderer renders the edition the DOCX is read against: it must use the templates the
     *                 DOCX was made with
     * @param loader   reads the model; it should allow fallback, since a model may lack
     *                 translations that an import does not need
     */
    public DocxImport(Renderer renderer, ModelLoader loader) {
        this.renderer = renderer;
        this.loader = loader;
    }

    /** How an import runs. */
    public record Options(boolean dryRun, boolean strict) {
        public static Options defaults() {
            return new Options(false, false);
        }
    }

    /** The model id a DOCX says it was made from, or a one-line refusal when it is not a briefing DOCX. */
    public static String modelIdOf(Path docx) throws ImportException {
        return identity(read(docx), docx).id();
    }

    /**
     * Imports {@code docx} into {@code model}.
     *
     * @throws ImportException with one line saying why nothing was imported
     */
    public ImportReport run(Path docx, Path model, Options options) throws ImportException {
        EditedDocx edited = read(docx);
        Identity identity = identity(edited, docx);
        LoadedModel loaded;
        try {
            loaded = loader.load(model);
        } catch (ModelException e) {
            throw new ImportException(e.problems().get(0).format() + (e.problems().size() > 1 ? " (and "
                    + (e.problems().size() - 1) + " more problems; run briefing validate)" : ""));
        }
        Briefing briefing = loaded.briefing();
        if (!briefing.id().equals(identity.id())) {
            throw new ImportException(docx + ": made from model '" + identity.id() + "', but " + model + " is '"
                    + briefing.id() + "'");
        }
        if (identity.country() != null && !identity.country().equals(briefing.country().code())) {
            throw new ImportException(docx + ": made for country " + identity.country() + ", but " + model + " is for "
                    + briefing.country().code());
        }
        if (!briefing.languages().contains(identity.language())) {
            throw new ImportException(docx + ": its language '" + identity.language() + "' is not among "
                    + model + "'s languages (" + String.join(", ", briefing.languages()) + ")");
        }
        DocxLayout layout = renderer.docxLayout(briefing, identity.language());
        Expectation expect = new Expectation(layout);
        Reconciler.Reading reading = Reconciler.reading(edited, layout);
        ImportPlanner.Plan plan = new ImportPlanner(briefing, identity.language(), expect, reading).plan();
        List<ImportReport.NotImported> notImported = new ArrayList<>(plan.notImported());
        notImported.addAll(ChartEdits.of(briefing, edited));
        List<String> notes = new ArrayList<>(plan.notes());
        if (edited.trackedChanges()) {
            notes.add(0, "the DOCX holds tracked changes; they were read as if accepted");
        }
        boolean write = !options.dryRun() && !plan.edits().isEmpty() && !(options.strict()
                && !notImported.isEmpty());
        try {
            ModelFile file = ModelFile.read(model, loader).edited(plan.edits());
            check(file);
            if (write) {
                file.write();
            }
        } catch (EditException e) {
            throw new ImportException(model + ": " + e.getMessage());
        } catch (ModelException e) {
            throw new ImportException(e.problems().get(0).format());
        } catch (IOException e) {
            throw new ImportException(model + ": cannot be written: " + e.getMessage());
        }
        return new ImportReport(docx, model, identity.language(), plan.changes(), notImported, notes, write);
    }

    /** The edited model must still load: the edited edition at least renders. */
    private void check(ModelFile file) throws ImportException {
        try {
            loader.load(file.file(), file.bytes());
        } catch (ModelException e) {
            throw new ImportException(file.file() + ": the import would leave the model invalid ("
                    + e.problems().get(0).format() + "); nothing was written");
        }
    }

    /** What the DOCX says it is. */
    private record Identity(String id, String country, String language) {
    }

    private static EditedDocx read(Path docx) throws ImportException {
        try {
            return EditedDocxReader.read(docx);
        } catch (DocxException e) {
            throw new ImportException(e.getMessage());
        }
    }

    private static Identity identity(EditedDocx edited, Path docx) throws ImportException {
        var properties = edited.properties();
        String id = properties.get(DocumentProperties.MODEL_ID);
        if (id == null || id.isBlank()) {
            throw new ImportException(docx + ": not a briefing DOCX (it does not say which model it was made from)");
        }
        String pair = properties.get(DocumentProperties.LANGUAGES);
        if (pair != null) {
            throw new ImportException(docx + ": a bilingual review edition (" + pair.strip().replace(" ", " and ")
                    + "); its edits are not imported: make them in the DOCX of the language they are in");
        }
        String marks = properties.get(DocumentProperties.MARKS);
        if (marks == null) {
            throw new ImportException(docx + ": made by a version of briefing that did not mark its fields; "
                    + "render the model again and edit that DOCX");
        }
        if (!marks.equals(DocumentProperties.MARKS_VERSION)) {
            throw new ImportException(docx + ": its field marks are version " + marks + "; this version of briefing"
                    + " reads version " + DocumentProperties.MARKS_VERSION);
        }
        String language = properties.get(DocumentProperties.LANGUAGE);
        if (language == null || language.isBlank()) {
            throw new ImportException(docx + ": does not say which language edition it is");
        }
        return new Identity(id, properties.get(DocumentProperties.COUNTRY), language);
    }
}
