package org.briefing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.docx.DocxOptions;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.output.AtomicFiles;
import org.briefing.output.OutputLayout;
import org.briefing.pdf.FontSet;
import org.briefing.render.Edition;
import org.briefing.render.FailureText;
import org.briefing.render.Format;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing render FILE...}: every edition of every model, into the output layout. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render models to PDF, DOCX and HTML: DIR/<country>/<id>.<lang>.<ext>.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (YAML).")
    List<Path> files;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--reference-docx", paramLabel = "FILE",
            description = "Take DOCX styles, list look and page setup from this house-style document.")
    Path referenceDocx;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Renderer renderer = new Renderer(outputs.templateSet(),
                FontSet.bundled(), VersionProvider.version(), DocxOptions.defaults().withReferenceDocx(referenceDocx));
        ModelLoader loader = new ModelLoader(renderer.loadOptions().withAllowFallback(common.allowFallback));
        OutputLayout layout = new OutputLayout(outputs.output);
        int failed = 0;
        for (Path file : files) {
            LoadedModel model;
            try {
                model = loader.load(file);
            } catch (ModelException e) {
                Console.print(err, e.problems());
                failed++;
                continue;
            }
            Console.print(err, model.warnings());
            List<String> editions = editions(model, err);
            if (editions == null) {
                failed++;
                continue;
            }
            for (String language : editions) {
                renderer.warnings(model.briefing(), language).forEach(w -> err.println(file + ": warning: " + w));
                Edition edition = null;
                for (Format format : outputs.formats) {
                    Path target = layout.pathFor(model.briefing(), language, format);
                    try {
                        if (edition == null) { // the template runs once per edition, for every format
                            edition = renderer.edition(model.briefing(), language, outputs.paper);
                        }
                        byte[] document = edition.as(format);
                        AtomicFiles.write(target, document);
                        out.println(Console.display(target));
                    } catch (Exception e) {
                        err.println(file + ": " + language + "." + format.extension() + ": " + FailureText.of(e));
                        if (common.verbose) {
                            e.printStackTrace(err);
                        }
                        failed++;
                    }
                }
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** The languages to render for this model, or null (after saying why) when -l names one it lacks. */
    private List<String> editions(LoadedModel model, java.io.PrintWriter err) {
        List<String> available = model.briefing().languages();
        List<String> chosen = outputs.chosenLanguages();
        if (chosen.isEmpty()) {
            return available;
        }
        for (String language : chosen) {
            if (!available.contains(language)) {
                err.println(model.file() + ": languages: the model has no '" + language
                        + "' edition (it has " + String.join(", ", available) + ")");
                return null;
            }
        }
        return chosen;
    }
}
