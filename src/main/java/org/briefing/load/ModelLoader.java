package org.briefing.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads model files: safe YAML, then the JSON Schema, then the checks a schema cannot express
 * (real dates, known country and language codes, translations, drawable characters). Reports
 * every problem it can find in one pass. Thread-safe; set up once and reuse.
 */
public final class ModelLoader {
    private final ModelSchema schema = new ModelSchema();
    private final LoadOptions options;

    public ModelLoader(LoadOptions options) {
        this.options = options;
    }

    public LoadOptions options() {
        return options;
    }

    /** Reads {@code file}; throws with every problem found when it cannot be used. */
    public LoadedModel load(Path file) throws ModelException {
        byte[] bytes;
        try {
            if (Files.size(file) > options.limits().maxBytes()) {
                throw SafeYaml.single(file, Position.UNKNOWN, "file is larger than the limit of "
                        + options.limits().maxBytes() + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SafeYaml.single(file, Position.UNKNOWN, "cannot read: " + describe(e));
        }
        return load(file, bytes);
    }

    /**
     * The model file's YAML as a tree, read with the same safety limits, without checking it
     * against the schema: for tools that edit a model file and check what they wrote.
     */
    public tools.jackson.databind.JsonNode tree(Path file, byte[] bytes) throws ModelException {
        return new SafeYaml(options.limits()).read(file, bytes).root();
    }

    /** Reads a model from bytes; {@code file} is only used in messages. */
    public LoadedModel load(Path file, byte[] bytes) throws ModelException {
        YamlDocument document = new SafeYaml(options.limits()).read(file, bytes);
        List<Problem> problems = new ArrayList<>(schema.check(file, document));
        ModelBinder binder = new ModelBinder(file, document, options);
        var briefing = binder.bind(problems.isEmpty());
        problems.addAll(binder.problems());
        List<Problem> errors = problems.stream().filter(Problem::isError).sorted(BY_POSITION).toList();
        if (!errors.isEmpty() || briefing == null) {
            List<Problem> all = new ArrayList<>(errors);
            all.addAll(problems.stream().filter(p -> !p.isError()).sorted(BY_POSITION).toList());
            throw new ModelException(all);
        }
        return new LoadedModel(file, briefing, problems.stream().sorted(BY_POSITION).toList());
    }

    static final Comparator<Problem> BY_POSITION = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::path);

    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
