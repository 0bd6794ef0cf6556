package org.briefing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.batch.BatchOptions;
import org.briefing.batch.BatchResult;
import org.briefing.batch.BatchRunner;
import org.briefing.pdf.FontSet;
import org.briefing.render.HeapGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing batch PATH...}: options in, {@link BatchRunner} does the work, summary out. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Render every model under PATHs in parallel into DIR, with DIR/manifest.json.",
                "Outputs whose inputs did not change are skipped; an output someone edited is left alone",
                "and the new version written beside it as <id>.<lang>.new.<ext> (unless --force)."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files, or folders to search for *.yaml and *.yml.")
    List<Path> paths;

    @Mixin
    OutputOptions outputs;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents rendered at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--force", description = "Make every document again, replacing existing files even if edited.")
    boolean force;

    @Option(names = "--json", description = "Print the summary as JSON on standard output.")
    boolean json;

    @Option(names = "--import-edits", description = "First import into its model every DOCX output staff edited, "
            + "then render, so every format and language has the edits.")
    boolean importEdits;

    @Override
    public Integer call() throws Exception {
        outputs.prefetchWriters();
        Prefetch.inBackground("heap guard", HeapGuard::install); // java.management takes a while to load
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        BatchOptions options = BatchOptions.defaults(paths, outputs.output)
                .withThreads(jobs == null ? Runtime.getRuntime().availableProcessors() : jobs)
                .withFormats(outputs.formats).withLanguages(outputs.chosenLanguages())
                .withPaper(outputs.paper).withAllowFallback(common.allowFallback).withForce(force)
                .withReferenceDocx(outputs.referenceDocx).withImportEdits(importEdits);
        BatchRunner runner = new BatchRunner(outputs.templateSet(),
                FontSet.bundled(), VersionProvider.version());
        BatchResult result;
        Interruption interruption = main.interruption();
        try (Interruption.Scope interruptible = interruption.interruptible()) {
            if (main.terminal().interactive()) {
                try (ProgressBarDisplay bar = new ProgressBarDisplay(main.terminal())) {
                    result = runner.run(options, bar);
                }
            } else {
                result = runner.run(options, new ProgressLines(err));
            }
        } catch (InterruptedException e) {
            err.println("briefing: stopped by " + interruption.name() + " before any document was made");
            return interruption.exitCode();
        }
        // problems one line each on standard error, as every command prints them; the summary on standard output
        result.warnings().forEach(err::println);
        result.failures().forEach(failure -> err.println(failure.format()));
        if (json) {
            BatchSummary.printJson(result, out);
        } else {
            BatchSummary.print(result, out);
        }
        if (result.manifestError() != null) {
            // last, after what was made: those documents are in place, but unrecorded
            err.println("briefing: error: " + Console.display(outputs.output.resolve("manifest.json"))
                    + " could not be saved: " + result.manifestError());
        }
        if (result.interrupted()) {
            err.println("briefing: stopped by " + interruption.name() + "; what was made is recorded, run again to"
                    + " make the rest");
            return interruption.exitCode();
        }
        return result.succeeded() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
