package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.output.AtomicFiles;
import org.briefing.output.OutputLayout;
import org.briefing.pdf.FontSet;
import org.briefing.redline.Redline;
import org.briefing.render.FailureText;
import org.briefing.render.Format;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing compare OLD.yaml NEW.yaml}: the redline of two versions, per language. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Write the redline of two versions of a model: DOCX with tracked changes, PDF with marked "
                + "changes: DIR/<country>/<id>.<lang>.redline.<ext>.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "OLD.yaml", description = "The older version.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.yaml", description = "The newer version.")
    Path newer;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = "briefing",
            description = "Who the tracked changes are by (default: ${DEFAULT-VALUE}).")
    String author;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        outputs.prefetchWriters();
        Renderer renderer = new Renderer(outputs.templateSet(), FontSet.bundled(), VersionProvider.version());
        ModelLoader loader = new ModelLoader(renderer.loadOptions().withAllowFallback(common.allowFallback)
                .withEditions(outputs.chosenLanguages()));
        LoadedModel before;
        LoadedModel after;
        try {
            before = loader.load(older);
            after = loader.load(newer);
        } catch (ModelException e) {
            Console.print(err, e.problems());
            return ExitCodes.FAILED;
        }
        Console.print(err, before.warnings());
        Console.print(err, after.warnings());
        List<String> languages = new ArrayList<>(outputs.chosenLanguages().isEmpty()
                ? after.briefing().languages() : outputs.chosenLanguages());
        if (outputs.chosenLanguages().isEmpty()) {
            languages.retainAll(before.briefing().languages());
        }
        for (String language : languages) {
            for (LoadedModel model : List.of(before, after)) {
                if (!model.briefing().languages().contains(language)) {
                    err.println(model.file() + ": languages: the model has no '" + language + "' edition");
                    return ExitCodes.FAILED;
                }
            }
        }
        if (languages.isEmpty()) {
            err.println(newer + ": no language in common with " + older);
            return ExitCodes.FAILED;
        }
        Redline redline = new Redline(renderer);
        OutputLayout layout = new OutputLayout(outputs.output);
        int failed = 0;
        for (String language : languages) {
            try {
                Redline.Edition edition = redline.edition(before.briefing(), after.briefing(), language, outputs.paper,
                        author);
                for (Format format : outputs.formats) {
                    if (format == Format.HTML) {
                        err.println("briefing: a redline is written as DOCX and PDF; html is left out");
                        continue;
                    }
                    Path target = layout.pathFor(after.briefing(), language, "redline", format);
                    AtomicFiles.write(target, edition.as(format));
                    out.println(Console.display(target));
                }
            } catch (Exception e) {
                err.println(newer + ": " + language + ": " + FailureText.of(e));
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
