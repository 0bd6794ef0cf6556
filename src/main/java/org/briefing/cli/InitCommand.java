package org.briefing.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.author.StarterModel;
import org.briefing.files.Printable;
import org.briefing.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing init --country CC --languages LANG,... FILE}: a starter model to fill in. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a starter model with every field present and explained.")
final class InitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--country", required = true, paramLabel = "CC", description = "ISO 3166-1 alpha-2 code, e.g. KG.")
    String country;

    @Option(names = "--languages", required = true, split = ",", paramLabel = "LANG",
            description = "Editions, the default first, e.g. en,ru,ky.")
    List<String> languages;

    @Option(names = "--id", description = "Identifier used in output names (default: <cc>-briefing-<year>).")
    String id;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "The model file to write.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println("briefing: " + Printable.name(file)
                    + " exists; use --force to overwrite it");
            return ExitCodes.FAILED;
        }
        StarterModel model = new StarterModel(country, languages, id, LocalDate.now(), schemaReference());
        AtomicFiles.write(file, model.yaml().getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println(Printable.name(file) + ": starter model '" + model.id()
                + "'; fill in the empty texts, then run: briefing validate " + Printable.name(file));
        return ExitCodes.OK;
    }

    /** The shipped schema (beside the jar's build folder), or null if this installation has none. */
    private static Path installedSchema() {
        try {
            Path code = Path.of(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                Path schema = dir.resolve("schema/briefing.schema.json");
                if (Files.isRegularFile(schema)) {
                    return schema;
                }
            }
        } catch (Exception e) {
            return null; // no schema line: the model is still valid
        }
        return null;
    }

    /** The shipped schema relative to the new file's folder, so editors find it; null if not found. */
    private String schemaReference() {
        Path schema = installedSchema();
        if (schema == null) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        return folder.relativize(schema.toAbsolutePath()).toString().replace('\\', '/');
    }
}
