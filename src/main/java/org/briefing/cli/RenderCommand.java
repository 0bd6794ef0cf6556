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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code briefing render FILE...}: every edition of every model, into the output layout. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render models to PDF, DOCX and HTML: DIR/<country>/<id>.<lang>.<ext>.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (YAML).")
    List<Path> files;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--parallel", paramLabel = "A,B", split = ",", arity = "1",
            description = "Also or instead (without -l) make the bilingual review edition of languages A and B,"
                    + " side by side: <id>.A+B.<ext>. Repeat for more pairs.")
    List<String> parallel;

    @Override
    public Integer call() throws InterruptedException, IOException {
        outputs.prefetchWriters();
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Renderer renderer = new Renderer(outputs.templateSet(),
                FontSet.bundled(), VersionProvider.version(),
                DocxOptions.defaults().withReferenceDocx(outputs.referenceDocx));
        List<List<String>> pairs = pairs();
        if (pairs == null) {
            err.println("briefing: --parallel takes two different languages, A,B (for example en,ru)");
            return ExitCodes.USAGE;
        }
        // only the chosen editions need their translations
        ModelLoader loader = new ModelLoader(renderer.loadOptions().withAllowFallback(common.allowFallback)
                .withEditions(neededLanguages(pairs)));
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
            List<List<String>> editions = editions(model, pairs, err);
            if (editions == null) {
                failed++;
                continue;
            }
            editions.forEach(languages -> jobs.add(new Job(model, languages)));
        }
        if (jobs.isEmpty()) {
            return ExitCodes.FAILED; // nothing to write: the output folder is not even made
        }
        // editions are independent: render them side by side, report them in order
        // as many at once as there are processors, and as the heap has room for rendering threads
        ExecutorService pool = Executors.newFixedThreadPool(
                MemoryBudget.shared().threadsFor(Runtime.getRuntime().availableProcessors()));
        try (OutputFolder folder = OutputFolder.open(outputs.output);
             Interruption.Scope interruptible = main.interruption().interruptible()) {
            OutputLayout layout = new OutputLayout(folder.root());
            List<Future<EditionReport>> reports = new ArrayList<>();
            for (Job job : jobs) {
                reports.add(pool.submit(() -> renderEdition(renderer, folder, layout, job)));
            }
            for (Future<EditionReport> future : reports) {
                EditionReport report;
                try {
                    report = future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    folder.abandon(); // what is being written is removed; nothing more is written
                    err.println("briefing: stopped by " + main.interruption().name() + "; the files listed were made");
                    return main.interruption().exitCode();
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

    /** One edition to make: in one language, or a bilingual one in two. */
    private record Job(LoadedModel model, List<String> languages) {
        String name() {
            return languages.size() == 1 ? languages.get(0) : Renderer.parallelName(languages.get(0), languages.get(1));
        }

        Edition edition(Renderer renderer, org.briefing.render.Paper paper) {
            return languages.size() == 1 ? renderer.edition(model.briefing(), languages.get(0), paper)
                    : renderer.parallelEdition(model.briefing(), languages.get(0), languages.get(1), paper);
        }
    }

    /** What rendering one edition wrote and what went wrong, as the lines to print. */
    private record EditionReport(List<String> written, List<String> problems, int failures) {
    }

    private EditionReport renderEdition(Renderer renderer, OutputFolder folder, OutputLayout layout, Job job) {
        LoadedModel model = job.model();
        String language = job.name();
        Path file = model.file();
        List<String> written = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        job.languages().stream().flatMap(one -> renderer.warnings(model.briefing(), one).stream()).distinct()
                .forEach(w -> problems.add(Printable.name(file) + ": warning: " + w));
        int failures = 0;
        Edition edition = null;
        try {
            for (Format format : outputs.formats) {
                Path target = layout.pathFor(model.briefing(), language, format);
                try {
                    if (edition == null) { // the template runs once per edition, for every format
                        edition = job.edition(renderer, outputs.paper);
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

    /**
     * The editions to render for this model (each one language, or a bilingual pair), in the
     * model's spelling of the languages; null (after saying why) when one names a language it lacks.
     */
    private List<List<String>> editions(LoadedModel model, List<List<String>> pairs, java.io.PrintWriter err) {
        try {
            List<List<String>> editions = new ArrayList<>();
            if (pairs.isEmpty() || !outputs.chosenLanguages().isEmpty()) {
                Editions.of(model.briefing(), outputs.chosenLanguages()).forEach(one -> editions.add(List.of(one)));
            }
            for (List<String> pair : pairs) {
                editions.add(Editions.of(model.briefing(), pair));
            }
            return editions;
        } catch (IllegalArgumentException e) {
            err.println(Printable.name(model.file()) + ": languages: " + e.getMessage());
            return null;
        }
    }

    /** The --parallel pairs, each two different languages; null when one is not. */
    private List<List<String>> pairs() {
        if (parallel == null) {
            return List.of();
        }
        if (parallel.size() % 2 != 0) {
            return null;
        }
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < parallel.size(); i += 2) {
            String a = parallel.get(i).strip();
            String b = parallel.get(i + 1).strip();
            if (a.isEmpty() || a.equalsIgnoreCase(b)) {
                return null;
            }
            pairs.add(List.of(a, b));
        }
        return pairs;
    }

    /** The languages whose translations the chosen editions need: empty for all of the model's. */
    private List<String> neededLanguages(List<List<String>> pairs) {
        if (pairs.isEmpty()) {
            return outputs.chosenLanguages();
        }
        List<String> needed = new ArrayList<>(outputs.chosenLanguages());
        pairs.forEach(needed::addAll);
        return needed;
    }
}
