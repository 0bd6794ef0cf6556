package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.batch.ModelFiles;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;
import org.briefing.xliff.TranslationExport;
import org.briefing.xliff.XliffWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing translations export MODEL... --to LANG}: XLIFF files for translators. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write, per model, an XLIFF file of the texts to translate into a language: "
                + "DIR/<country>/<id>.<lang>.xlf.")
final class TranslationsExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "Model files, or folders to search.")
    List<Path> paths;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "The language to translate into.")
    String to;

    @Option(names = "--from", paramLabel = "LANG", description = "The language to translate from (default: each "
            + "model's first).")
    String from;

    @Option(names = "--all", description = "Every text, not only those whose translation is missing or outdated.")
    boolean all;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--copy-source", description = "Start each untranslated text's target as a copy of its "
            + "source, as CAT tools that translate the target (OmegaT) need.")
    boolean copySource;

    @Option(names = "--xliff", paramLabel = "VERSION", defaultValue = "1.2",
            description = "XLIFF version: 1.2 (read by most CAT tools) or 2.0 (default: ${DEFAULT-VALUE}).")
    String xliff;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        XliffWriter.Version version = XliffWriter.Version.of(xliff);
        ModelLoader loader = new ModelLoader(Renderer.loadOptions(FontSet.bundled()).withAllowFallback(true));
        int failed = 0;
        for (Path file : ModelFiles.find(paths)) {
            LoadedModel model;
            try {
                model = loader.load(file);
            } catch (ModelException e) {
                Console.print(err, e.problems());
                failed++;
                continue;
            }
            String source = from != null ? from : model.briefing().defaultLanguage();
            for (String language : List.of(source, to)) {
                if (!model.briefing().languages().contains(language)) {
                    err.println(file + ": languages: the model has no '" + language + "' edition (it has "
                            + String.join(", ", model.briefing().languages()) + ")");
                    failed++;
                }
            }
            if (failed > 0 || source.equals(to)) {
                if (source.equals(to)) {
                    err.println(file + ": --to is the language translated from");
                    failed++;
                }
                continue;
            }
            TranslationExport.Exported exported = TranslationExport.write(model,
                    new TranslationExport.Options(source, to, all, copySource, version), output, VersionProvider.version());
            out.println(Console.display(exported.file()) + ": " + exported.units() + " texts to translate from "
                    + source + " into " + to);
            exported.skipped().forEach(path -> err.println(file + ": " + path + ": warning: no " + source
                    + " text to translate from; left out (export it --from another language)"));
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
