package org.briefing.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.briefing.batch.BatchResult;
import org.briefing.batch.ImportedEdits;
import org.briefing.batch.ProtectedFile;
import org.briefing.load.Problem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The end of a batch run as people read it, or as JSON for scripts ({@code --json}). */
final class BatchSummary {
    private BatchSummary() {
    }

    /** The counts and time, then each protected file and where its new version went. */
    static void print(BatchResult result, PrintWriter out) {
        long failed = result.failedModels();
        out.println(String.format(Locale.ROOT, "%d made, %d up to date, %d protected, %d %s failed, in %.1f s%s",
                result.made(), result.upToDate(), result.protectedFiles().size(), failed,
                failed == 1 ? "model" : "models", result.elapsed().toMillis() / 1000.0,
                result.interrupted() ? " (interrupted)" : ""));
        for (ImportedEdits imported : result.imports()) {
            out.println("imported: " + Console.display(imported.docx()) + " -> " + Console.display(imported.model())
                    + " (" + imported.language() + "): " + (imported.error() != null ? "failed: " + imported.error()
                    : imported.changes() + (imported.changes() == 1 ? " change" : " changes")
                    + (imported.isComplete() ? "" : "; " + imported.notImported().size()
                    + " not imported, so it stays protected")));
            imported.notImported().forEach(left -> out.println("  not imported: " + left));
        }
        for (ProtectedFile kept : result.protectedFiles()) {
            out.println("protected: " + Console.display(kept.output()) + " (" + kept.reason() + "); new version: "
                    + Console.display(kept.newVersion()));
            if (kept.isDocx()) {
                out.println("  to take its edits into the model: " + importCommand(kept));
            }
        }
    }

    /** The exact command that imports a protected DOCX's edits, paths quoted for a POSIX shell where needed. */
    static String importCommand(ProtectedFile kept) {
        return "briefing import " + shellWord(Console.display(kept.output())) + " --model "
                + shellWord(Console.display(kept.model()));
    }

    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    static void printJson(BatchResult result, PrintWriter out) {
        JsonMapper json = JsonMapper.shared();
        ObjectNode summary = json.createObjectNode();
        summary.put("made", result.made());
        summary.put("upToDate", result.upToDate());
        summary.put("protected", result.protectedFiles().size());
        summary.put("failedModels", result.failedModels());
        ArrayNode failures = summary.putArray("failures");
        for (Problem failure : result.failures()) {
            failures.addObject().put("file", failure.file().toString()).put("line", failure.line())
                    .put("column", failure.column()).put("path", failure.path()).put("message", failure.message());
        }
        ArrayNode kept = summary.putArray("protectedFiles");
        for (ProtectedFile file : result.protectedFiles()) {
            var entry = kept.addObject().put("path", Console.display(file.output()))
                    .put("newVersion", Console.display(file.newVersion())).put("reason", file.reason());
            if (file.isDocx()) {
                entry.put("importCommand", importCommand(file));
            }
        }
        ArrayNode imports = summary.putArray("imports");
        for (ImportedEdits imported : result.imports()) {
            var entry = imports.addObject().put("docx", Console.display(imported.docx()))
                    .put("model", Console.display(imported.model())).put("language", imported.language())
                    .put("changes", imported.changes()).put("complete", imported.isComplete());
            if (imported.error() != null) {
                entry.put("error", imported.error());
            }
            imported.notImported().forEach(entry.putArray("notImported")::add);
        }
        ArrayNode warnings = summary.putArray("warnings");
        result.warnings().forEach(warnings::add);
        summary.put("interrupted", result.interrupted());
        if (result.manifestError() != null) {
            summary.put("manifestError", result.manifestError());
        }
        summary.put("seconds", result.elapsed().toMillis() / 1000.0);
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    }
}
