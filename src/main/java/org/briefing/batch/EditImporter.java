package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.docximport.DocxImport;
import org.briefing.docximport.ImportException;
import org.briefing.docximport.ImportReport;
import org.briefing.load.ModelLoader;
import org.briefing.output.OutputFolder;
import org.briefing.render.Format;
import org.briefing.render.Renderer;

/**
 * {@code batch --import-edits}: before anything is rendered, every DOCX output that staff edited
 * (its bytes neither those made nor those already imported) is imported into the model the
 * manifest records for it, when that model is one of the run's. The models then render with the
 * edits, in every format and language; a file imported in full may be replaced by its new
 * edition, one with something left out stays protected.
 */
final class EditImporter {
    private final Renderer renderer;
    private final OutputFolder folder;
    private final RunLedger ledger;

    EditImporter(Renderer renderer, OutputFolder folder, RunLedger ledger) {
        this.renderer = renderer;
        this.folder = folder;
        this.ledger = ledger;
    }

    void importAll(Map<String, Manifest.Entry> recorded, List<Path> models) throws IOException {
        Set<Path> runModels = new HashSet<>();
        for (Path model : models) {
            runModels.add(model.toRealPath());
        }
        DocxImport importer = new DocxImport(renderer, new ModelLoader(renderer.loadOptions().withAllowFallback(true)));
        for (Manifest.Entry entry : recorded.values()) {
            if (!entry.format().equals(Format.DOCX.extension()) || entry.model().isEmpty()) {
                continue;
            }
            Path docx = folder.root().resolve(entry.path());
            Path model = folder.root().resolve(entry.model()).normalize();
            if (!java.nio.file.Files.isRegularFile(model) || !runModels.contains(model.toRealPath())) {
                continue;
            }
            Optional<String> sha256 = folder.sha256(docx);
            if (sha256.isEmpty() || entry.isReplaceable(sha256.get())) {
                continue; // gone, untouched, or imported already
            }
            ledger.imported(entry.path(), sha256.get(), importOne(importer, docx, model, entry.language()));
        }
    }

    private static ImportedEdits importOne(DocxImport importer, Path docx, Path model, String language) {
        try {
            ImportReport report = importer.run(docx, model, DocxImport.Options.defaults());
            return new ImportedEdits(docx, model, report.language(), report.changes().size(),
                    report.notImported().stream().map(ImportReport.NotImported::describe).toList(), null);
        } catch (ImportException e) {
            return new ImportedEdits(docx, model, language, 0, List.of(), e.getMessage());
        }
    }
}
