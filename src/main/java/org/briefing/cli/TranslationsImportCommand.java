package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefing.load.ModelLoader;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;
import org.briefing.xliff.TranslationImport;
import org.briefing.xliff.XliffException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code briefing translations import FILE.xlf...}: translators' work back into the models. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Write the translations of XLIFF files into their models; nothing else in a model changes.")
final class TranslationsImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.xlf", description = "Translated XLIFF files.")
    List<Path> files;

    @Option(names = "--model", paramLabel = "FILE", description = "The model (default: the one each file names).")
    Path model;

    @Option(names = "--dry-run", description = "Report what would be filled; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TranslationImport importer = new TranslationImport(new ModelLoader(Renderer.loadOptions(FontSet.bundled())
                .withAllowFallback(true)));
        List<Map<String, Object>> reports = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            TranslationImport.Result result;
            try {
                result = importer.run(file, model, dryRun);
            } catch (XliffException e) {
                err.println(e.getMessage());
                failed++;
                continue;
            }
            if (!result.problems().isEmpty()) {
                failed++;
            }
            if (json) {
                reports.add(json(result));
                continue;
            }
            out.println(Console.display(file) + " -> " + Console.display(result.model()) + " (" + result.language()
                    + ")");
            for (TranslationImport.Imported imported : result.imported()) {
                out.println("  " + imported.kind().name().toLowerCase(Locale.ROOT) + " " + imported.id() + ": "
                        + imported.after());
            }
            result.problems().forEach(err::println);
            int count = result.imported().size();
            out.println(count + (count == 1 ? " translation" : " translations")
                    + (result.written() ? " written to " + Console.display(result.model())
                    : dryRun ? "; nothing written (--dry-run)" : "; nothing to write"));
        }
        if (json) {
            ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(mapper.writeValueAsString(Map.of("files", reports)));
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Map<String, Object> json(TranslationImport.Result result) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", result.xliff().toString());
        report.put("model", result.model().toString());
        report.put("language", result.language());
        report.put("written", result.written());
        List<Map<String, String>> imported = new ArrayList<>();
        for (TranslationImport.Imported unit : result.imported()) {
            imported.add(Map.of("id", unit.id(), "kind", unit.kind().name().toLowerCase(Locale.ROOT),
                    "before", unit.before(), "after", unit.after()));
        }
        report.put("imported", imported);
        report.put("problems", result.problems());
        return report;
    }
}
