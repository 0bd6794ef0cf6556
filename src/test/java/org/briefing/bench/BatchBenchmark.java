package org.briefing.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.briefing.batch.BatchListener;
import org.briefing.batch.BatchOptions;
import org.briefing.batch.BatchResult;
import org.briefing.batch.BatchRunner;
import org.briefing.cli.VersionProvider;
import org.briefing.html.TemplateSet;
import org.briefing.pdf.FontSet;
import org.briefing.render.Format;

/**
 * Batch throughput in documents per second (PDF and DOCX mixed) at 1 and 2 threads over a
 * generated set of models; each figure is the median of several forced runs in one JVM after a
 * warm-up run. Arguments: {@code [MODELS] [RUNS]}.
 */
public final class BatchBenchmark {
    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("briefing-bench");
        Path input = work.resolve("models");
        int editions = ModelSet.write(input, models);
        BatchRunner runner = new BatchRunner(TemplateSet.bundled(), FontSet.bundled(), VersionProvider.version());
        System.out.printf(Locale.ROOT, "batch: %d models, %d editions, pdf+docx = %d documents%n",
                models, editions, editions * 2);
        for (int threads : new int[] {1, 2}) {
            BatchOptions options = BatchOptions.defaults(List.of(input), work.resolve("out-" + threads))
                    .withThreads(threads).withFormats(List.of(Format.PDF, Format.DOCX)).withForce(true);
            runner.run(options, BatchListener.NONE); // warm-up
            double[] rates = new double[runs];
            for (int i = 0; i < runs; i++) {
                BatchResult result = runner.run(options, BatchListener.NONE);
                if (!result.succeeded()) {
                    throw new IllegalStateException("benchmark batch failed: " + result.failures().get(0));
                }
                rates[i] = result.made() / (result.elapsed().toNanos() / 1e9);
            }
            Arrays.sort(rates);
            System.out.printf(Locale.ROOT, "batch -j %d: %6.1f documents/s (median of %d)%n", threads,
                    rates[runs / 2], runs);
        }
    }
}
