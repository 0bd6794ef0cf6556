package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefing.batch.ManifestLookup;
import org.briefing.docx.DocxOptions;
import org.briefing.docximport.DocxImport;
import org.briefing.docximport.ImportException;
import org.briefing.docximport.ImportReport;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code briefing import EDITED.docx}: staff's edits to a DOCX, written back into its model. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the edits made to a DOCX into the model it was made from, in the DOCX's language.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "EDITED.docx", description = "A DOCX made by briefing and edited since.")
    Path docx;

    @Option(names = "--model", paramLabel = "FILE",
            description = "The model to import into (default: the one the output folder's manifest records).")
    Path model;

    @Option(names = "--dry-run", description = "Report what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--strict", description = "Write nothing, and exit 1, if anything cannot be imported.")
    boolean strict;

    @Option(names = "--json", description = "Print the report as JSON, for scripts.")
    boolean json;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The templates the DOCX was made with (default: the bundled ones).")
    Path templates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = model != null ? model : ManifestLookup.modelOf(docx).orElse(null);
        if (target == null) {
            err.println(docx + ": cannot tell which model it was made from (no manifest in its output folder "
                    + "records it); give --model FILE");
            return ExitCodes.FAILED;
        }
        Renderer renderer = new Renderer(templates == null ? TemplateSet.bundled() : TemplateSet.directory(templates),
                FontSet.bundled(), VersionProvider.version(), DocxOptions.defaults());
        DocxImport importer = new DocxImport(renderer, new ModelLoader(renderer.loadOptions().withAllowFallback(true)));
        ImportReport report;
        try {
            report = importer.run(docx, target, new DocxImport.Options(dryRun, strict));
        } catch (ImportException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        boolean recorded = false;
        if (!dryRun && report.isComplete()) {
            // all of the file is in the model: the next batch run may replace it by the new edition
            try {
                recorded = ManifestLookup.recordImported(docx, VersionProvider.version());
            } catch (java.io.IOException e) {
                err.println(Console.display(docx) + ": warning: imported, but the manifest could not record it ("
                        + e.getMessage() + "); the next batch run will protect it as edited");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (json) {
            out.println(toJson(report, recorded));
        } else {
            print(out, err, report);
            if (recorded) {
                out.println("the next batch run replaces " + Console.display(docx) + " by its new edition");
            }
        }
        return strict && !report.isComplete() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private void print(PrintWriter out, PrintWriter err, ImportReport report) {
        out.println(Console.display(report.docx()) + " -> " + Console.display(report.model()) + " ("
                + report.language() + ")");
        for (ImportReport.Change change : report.changes()) {
            out.println("  " + describe(change));
        }
        for (String note : report.notes()) {
            out.println("  note: " + note);
        }
        for (ImportReport.NotImported left : report.notImported()) {
            err.println(Console.display(report.docx()) + ": not imported: " + left.describe());
        }
        int count = report.changes().size();
        String changes = count == 0 ? "no changes" : count + (count == 1 ? " change" : " changes");
        if (report.written()) {
            out.println(changes + " written to " + Console.display(report.model()));
        } else if (count == 0) {
            out.println("no changes; " + Console.display(report.model()) + " is as it was");
        } else if (strict && !report.isComplete()) {
            out.println(changes + " not written: " + report.notImported().size()
                    + " things cannot be imported (--strict)");
        } else {
            out.println(changes + "; nothing written (--dry-run)");
        }
    }

    private static String describe(ImportReport.Change change) {
        String in = change.language() == null ? "every language" : change.language();
        return switch (change.kind()) {
            case CHANGED -> "changed " + change.path() + " (" + in + "): " + change.difference()
                    + (change.outdated().isEmpty() ? "" : "; now outdated in " + String.join(", ", change.outdated()));
            case ADDED -> "added " + change.path() + " (" + in + "): " + change.after()
                    + "; to translate into the other languages";
            case DELETED -> "deleted " + change.path() + " (every language): " + change.before();
            case REORDERED -> "reordered " + change.path() + ": " + change.after();
        };
    }

    private static String toJson(ImportReport report, boolean recorded) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("docx", report.docx().toString());
        root.put("model", report.model().toString());
        root.put("language", report.language());
        root.put("written", report.written());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ImportReport.Change change : report.changes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("path", change.path());
            entry.put("language", change.language());
            entry.put("before", change.before());
            entry.put("after", change.after());
            List<Map<String, String>> parts = new ArrayList<>();
            change.parts().forEach(part -> parts.add(Map.of("kind", part.kind(), "text", part.text())));
            entry.put("difference", parts);
            entry.put("outdated", change.outdated());
            changes.add(entry);
        }
        root.put("changes", changes);
        List<Map<String, Object>> left = new ArrayList<>();
        for (ImportReport.NotImported item : report.notImported()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("paragraph", item.paragraph());
            entry.put("section", item.section());
            entry.put("what", item.what());
            left.add(entry);
        }
        root.put("notImported", left);
        root.put("notes", report.notes());
        root.put("recordedInManifest", recorded);
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsString(root);
    }
}
