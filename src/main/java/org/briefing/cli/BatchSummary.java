package org.briefing.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.briefing.batch.BatchResult;
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
        for (ProtectedFile kept : result.protectedFiles()) {
            out.println("protected: " + Console.display(kept.output()) + " (" + kept.reason() + "); new version: "
                    + Console.display(kept.newVersion()));
        }
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
            kept.addObject().put("path", Console.display(file.output()))
                    .put("newVersion", Console.display(file.newVersion())).put("reason", file.reason());
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
