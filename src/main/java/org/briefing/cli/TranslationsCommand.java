package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.briefing.author.TranslationReport;
import org.briefing.batch.ModelFiles;
import org.briefing.files.Printable;
import org.briefing.load.ModelLoader;
import org.briefing.load.Problem;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code briefing translations PATH...}: per model and language, the fields without a current
 * translation; {@code export} and {@code import} move them to and from translators' XLIFF files.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "List, per model and language, the fields that lack a translation or hold an outdated one.",
        subcommands = {TranslationsExportCommand.class, TranslationsImportCommand.class})
final class TranslationsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Model files, or folders to search.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the report as JSON, for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (paths == null || paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give model files or folders (or: translations export, translations import)");
        }
        ModelLoader loader = new ModelLoader(Renderer.loadOptions(FontSet.bundled())
                .withAllowFallback(true));
        List<TranslationReport> reports = new ArrayList<>();
        for (Path file : ModelFiles.find(paths)) {
            reports.add(TranslationReport.of(loader, file));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(reports));
        } else {
            printTable(out, reports);
            reports.forEach(r -> Console.print(spec.commandLine().getErr(), r.otherProblems()));
        }
        return reports.stream().allMatch(TranslationReport::isComplete) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void printTable(PrintWriter out, List<TranslationReport> reports) {
        int width = reports.stream().mapToInt(r -> Printable.name(r.file()).length()).max().orElse(5);
        String row = "%-" + Math.max(width, 5) + "s  %-8s  %7s  %8s  %s%n";
        out.printf(row, "MODEL", "LANGUAGE", "MISSING", "OUTDATED", "FIELDS");
        for (TranslationReport report : reports) {
            if (report.missing().isEmpty() && report.outdated().isEmpty()) {
                out.printf(row, Printable.name(report.file()), "-", 0, 0,
                        report.otherProblems().isEmpty() ? "complete" : "see errors");
            }
            Set<String> languages = new LinkedHashSet<>(report.missing().keySet());
            languages.addAll(report.outdated().keySet());
            for (String language : languages) {
                List<String> missing = report.missing().getOrDefault(language, List.of());
                List<String> outdated = report.outdated().getOrDefault(language, List.of());
                List<String> fields = new ArrayList<>(missing);
                outdated.forEach(field -> fields.add(field + " (outdated)"));
                out.printf(row, Printable.name(report.file()), language, missing.size(), outdated.size(),
                        String.join(", ", fields));
            }
        }
    }

    private static String toJson(List<TranslationReport> reports) {
        List<Map<String, Object>> models = new ArrayList<>();
        for (TranslationReport report : reports) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("file", report.file().toString());
            model.put("complete", report.isComplete());
            model.put("missing", report.missing());
            model.put("outdated", report.outdated());
            List<Map<String, Object>> errors = new ArrayList<>();
            for (Problem p : report.otherProblems()) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("line", p.line());
                error.put("column", p.column());
                error.put("path", p.path());
                error.put("message", p.message());
                errors.add(error);
            }
            model.put("errors", errors);
            models.add(model);
        }
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsString(Map.of("models", models));
    }
}
