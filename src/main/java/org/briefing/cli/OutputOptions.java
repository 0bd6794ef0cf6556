package org.briefing.cli;

import java.nio.file.Path;
import java.util.List;
import org.briefing.docx.DocxWriter;
import org.briefing.html.TemplateSet;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** What to produce and where: the options {@code render} and {@code batch} share. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = {"-l", "--languages"}, paramLabel = "LANG", split = ",",
            description = "Editions to produce (default: all of each model's).")
    List<String> languages;

    @Option(names = {"-f", "--formats"}, paramLabel = "FORMAT", split = ",", defaultValue = "pdf,docx",
            converter = FormatConverter.class, description = "pdf, docx, html (default: ${DEFAULT-VALUE}).")
    List<Format> formats;

    @Option(names = "--templates", paramLabel = "DIR", description = "Use the templates in DIR.")
    Path templates;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", converter = PaperConverter.class,
            description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @Option(names = "--reference-docx", paramLabel = "FILE",
            description = "Take DOCX styles, list look and page setup from this house-style document.")
    Path referenceDocx;

    /** The chosen languages, stripped; empty for "all of the model's". */
    List<String> chosenLanguages() {
        return languages == null ? List.of() : languages.stream().map(String::strip).toList();
    }

    /** Begins loading, on a spare core, what the chosen formats' writers need in a cold JVM. */
    void prefetchWriters() {
        if (formats.contains(Format.DOCX)) {
            Prefetch.inBackground("docx", DocxWriter::prepare);
        }
    }

    TemplateSet templateSet() {
        return templates == null ? TemplateSet.bundled() : TemplateSet.directory(templates);
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.of(value);
        }
    }

    static final class PaperConverter implements ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            return Paper.of(value);
        }
    }
}
