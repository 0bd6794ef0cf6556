package org.briefing.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefing.docximport.DocxImport;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;

/**
 * Warm time per document: each format and edition rendered repeatedly in one JVM after a
 * warm-up; prints the median and the 90th percentile. Rows marked "+" time only the writer, from
 * an edition's XHTML made beforehand (the template runs once per edition for all formats); the
 * import row reads an edited DOCX back into a copy of the model and writes it. Run by
 * {@code bench/run}; arguments:
 * {@code [ROUNDS] [FORMAT,...]}.
 */
public final class WarmBenchmark {
    private WarmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Format> formats = new ArrayList<>();
        for (String f : (args.length > 1 ? args[1] : "pdf,docx,html").split(",")) {
            formats.add(Format.of(f));
        }
        Renderer renderer = Renderer.bundled("bench");
        Briefing briefing = new ModelLoader(renderer.loadOptions()).load(Path.of("samples/kyrgyzstan.yaml")).briefing();
        List<Runnable> cases = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Format format : formats) {
            for (String language : List.of("en", "ru")) {
                cases.add(() -> renderer.render(briefing, language, format, Paper.A4));
                names.add("kyrgyzstan." + language + "." + format.extension());
            }
        }
        // what a format adds when the edition's XHTML is already made, as render and batch do
        for (Format format : formats) {
            var edition = renderer.edition(briefing, "en", Paper.A4);
            cases.add(() -> edition.as(format));
            names.add("kyrgyzstan.en." + format.extension() + " +");
        }
        // a page with two charts against the same page of text alone, and against text filling
        // the pages the charts take: what the charts cost
        Briefing textPage = ChartPages.textOnly(renderer);
        Briefing chartPage = ChartPages.twoCharts(renderer);
        Briefing textPages = ChartPages.textOnTheChartsPages(renderer);
        for (Format format : formats) {
            if (format != Format.HTML) {
                cases.add(() -> renderer.render(textPage, "en", format, Paper.A4));
                names.add("page, text." + format.extension());
                cases.add(() -> renderer.render(chartPage, "en", format, Paper.A4));
                names.add("page, 2 charts." + format.extension());
                cases.add(() -> renderer.render(textPages, "en", format, Paper.A4));
                names.add("its pages, text." + format.extension());
            }
        }
        // importing an edited DOCX back into its model (a reworded title, a new bullet), written
        cases.add(importCase(renderer, briefing));
        names.add("kyrgyzstan.ru.docx import");
        // warm every path first, so that no case pays for compiling code the others share
        for (int i = 0; i < rounds; i++) {
            cases.forEach(Runnable::run);
        }
        System.out.printf("%-24s %10s %10s%n", "document (warm)", "median", "p90");
        for (int i = 0; i < cases.size(); i++) {
            double[] ms = time(cases.get(i), rounds);
            System.out.printf(Locale.ROOT, "%-24s %8.2f ms %7.2f ms%n", names.get(i), ms[0], ms[1]);
        }
    }

    /** Imports an edited Russian DOCX into a fresh copy of the canonical model, each time. */
    private static Runnable importCase(Renderer renderer, Briefing briefing) throws Exception {
        Path work = Files.createTempDirectory("bench-import");
        Path original = Path.of("samples/kyrgyzstan.yaml");
        Path model = work.resolve("kg.yaml");
        Path docx = work.resolve("edited.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                renderer.render(briefing, "ru", Format.DOCX, Paper.A4)));
             OutputStream out = Files.newOutputStream(docx)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                if (paragraph.getText().startsWith("Правительство США")) {
                    paragraph.getRuns().get(0).setText("Новый заголовок справки", 0);
                }
            }
            document.createParagraph().createRun().setText("Приписка.");
            document.write(out);
        }
        DocxImport importer = new DocxImport(renderer, new ModelLoader(renderer.loadOptions().withAllowFallback(true)));
        return () -> {
            try {
                Files.copy(original, model, StandardCopyOption.REPLACE_EXISTING);
                importer.run(docx, model, DocxImport.Options.defaults());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Median and 90th percentile in milliseconds, after as many warm-up runs as timed ones. */
    static double[] time(Runnable work, int rounds) {
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.9)] / 1e6};
    }
}
