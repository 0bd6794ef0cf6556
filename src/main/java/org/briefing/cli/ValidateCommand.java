package org.briefing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.batch.ModelFiles;
import org.briefing.files.Printable;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.pdf.FontSet;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing validate PATH...}: every problem of every model, nothing rendered. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check models without rendering; prints every problem found.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files, or folders to search for *.yaml and *.yml.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        ModelLoader loader = new ModelLoader(Renderer.loadOptions(FontSet.bundled())
                .withAllowFallback(common.allowFallback));
        int invalid = 0;
        List<Path> files = ModelFiles.find(paths);
        for (Path file : files) {
            try {
                LoadedModel model = loader.load(file);
                Console.print(err, model.warnings());
                out.println(Printable.name(file) + ": ok");
            } catch (ModelException e) {
                Console.print(err, e.problems());
                invalid++;
            }
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
