package org.briefing.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.briefing.load.LoadedModel;
import org.briefing.output.AtomicFiles;
import org.briefing.output.OutputLayout;

/**
 * Writes a model's texts for translation into one language: {@code DIR/<country>/<id>.<lang>.xlf},
 * one unit per text, the units that need work only (missing or outdated translations) unless all
 * are wanted. The file names its model by a path relative to itself, so that import finds it.
 */
public final class TranslationExport {
    private TranslationExport() {
    }

    /** What was written: the file, its number of units, and texts left out because the source language lacks them. */
    public record Exported(Path file, int units, List<String> skipped) {
    }

    /** What to export, and how. */
    public record Options(String from, String to, boolean all, boolean copySource, XliffWriter.Version version) {
    }

    public static Exported write(LoadedModel model, Options options, Path output, String toolVersion)
            throws IOException {
        String from = options.from();
        String to = options.to();
        boolean all = options.all();
        TranslationUnits.Result units = TranslationUnits.of(model.briefing(), from, to);
        List<TranslationUnit> chosen = all ? units.units()
                : units.units().stream().filter(unit -> unit.status().needsWork()).toList();
        Path target = new OutputLayout(output).pathFor(model.briefing(), to, null, "xlf");
        Path folder = target.getParent();
        Path modelFile = model.file().toAbsolutePath().normalize();
        String modelPath = (modelFile.getRoot() != null && modelFile.getRoot().equals(folder.getRoot())
                ? folder.relativize(modelFile) : modelFile).toString().replace(java.io.File.separatorChar, '/');
        byte[] xliff = XliffWriter.write(new XliffWriter.Content(model.briefing().id(), modelPath, from, to, toolVersion,
                chosen, options.copySource()), options.version());
        AtomicFiles.write(target, xliff);
        return new Exported(target, chosen.size(), units.skipped());
    }
}
