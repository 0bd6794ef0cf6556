package org.briefing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefing.docx.DocxOptions;
import org.briefing.files.Printable;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.output.OutputFolder;
import org.briefing.output.OutputLayout;
import org.briefing.pdf.FontSet;
import org.briefing.render.Edition;
import org.briefing.render.Editions;
import org.briefing.render.FailureText;
import org.briefing.render.Format;
import org.briefing.render.MemoryBudget;
import org.briefing.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() throws InterruptedException, IOException {
        outputs.prefetchWriters();
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Renderer renderer = new Renderer(outputs.templateSet(),
                FontSet.bundled(), VersionProvider.version(),
                DocxOptions.defaults().withReferenceDocx(outputs.referenceDocx));
        // only the chosen editions need their translations
        ModelLoader loader = new ModelLoader(renderer.loadOptions().withAllowFallback(common.allowFallback)
                .withEditions(outputs.chosenLanguages()));
        int failed = 0;
        List<Job> jobs = new ArrayList<>();
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
            editions.forEach(language -> jobs.add(new Job(model, language)));
        }
        if (jobs.isEmpty()) {
            return ExitCodes.FAILED; // nothing to write: the output folder is not even made
        }
        // editions are independent: render them side by side, report them in order
        // as many at once as there are processors, and as the heap has room for rendering threads
        ExecutorService pool = Executors.newFixedThreadPool(
                MemoryBudget.shared().threadsFor(Runtime.getRuntime().availableProcessors()));
        try (OutputFolder folder = OutputFolder.open(outputs.output);
             Interruption.Scope interruptible = Interruption.interruptible()) {
            OutputLayout layout = new OutputLayout(folder.root());
            List<Future<EditionReport>> reports = new ArrayList<>();
            for (Job job : jobs) {
                reports.add(pool.submit(() -> renderEdition(renderer, folder, layout, job.model(), job.language())));
            }
            for (Future<EditionReport> future : reports) {
                EditionReport report;
                try {
                    report = future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    folder.abandon(); // what is being written is removed; nothing more is written
                    err.println("briefing: stopped by " + Interruption.name() + "; the files listed were made");
                    return Interruption.exitCode();
                }
                report.written().forEach(out::println);
                report.problems().forEach(err::println);
                failed += report.failures();
            }
        } finally {
            pool.shutdownNow();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** One edition to make. */
    private record Job(LoadedModel model, String language) {
    }

    /** What rendering one edition wrote and what went wrong, as the lines to print. */
    private record EditionReport(List<String> written, List<String> problems, int failures) {
    }

    private EditionReport renderEdition(Renderer renderer, OutputFolder folder, OutputLayout layout, LoadedModel model,
                                        String language) {
        Path file = model.file();
        List<String> written = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        renderer.warnings(model.briefing(), language)
                .forEach(w -> problems.add(Printable.name(file) + ": warning: " + w));
        int failures = 0;
        Edition edition = null;
        try {
            for (Format format : outputs.formats) {
                Path target = layout.pathFor(model.briefing(), language, format);
                try {
                    if (edition == null) { // the template runs once per edition, for every format
                        edition = renderer.edition(model.briefing(), language, outputs.paper);
                    }
                    folder.write(target, edition.as(format));
                    written.add(Console.display(target));
                } catch (Exception e) {
                    problems.add(Printable.name(file) + ": " + language + "." + format.extension() + ": "
                            + FailureText.of(e));
                    if (common.verbose) {
                        java.io.StringWriter trace = new java.io.StringWriter();
                        e.printStackTrace(new java.io.PrintWriter(trace));
                        problems.add(trace.toString().stripTrailing());
                    }
                    failures++;
                }
            }
        } finally {
            if (edition != null) {
                edition.close(); // its memory, for the next edition
            }
        }
        return new EditionReport(written, problems, failures);
    }

    /** The languages to render for this model, or null (after saying why) when -l names one it lacks. */
    private List<String> editions(LoadedModel model, java.io.PrintWriter err) {
        try {
            return Editions.of(model.briefing(), outputs.chosenLanguages());
        } catch (IllegalArgumentException e) {
            err.println(Printable.name(model.file()) + ": languages: " + e.getMessage());
            return null;
        }
    }
}
