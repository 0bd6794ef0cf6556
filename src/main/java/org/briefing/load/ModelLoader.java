package org.briefing.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefing.files.BoundedRead;
import org.briefing.files.Printable;

/**
 * Reads model files: safe YAML, then the JSON Schema, then the checks a schema cannot express
 * (real dates, known country and language codes, translations, drawable characters). Reports
 * every problem it can find in one pass. Thread-safe; set up once and reuse.
 */
public final class ModelLoader {
    private final ModelSchema schema;
    private final LoadOptions options;

    public ModelLoader(LoadOptions options) {
        this(ModelSchema.shipped(), options);
    }

    private ModelLoader(ModelSchema schema, LoadOptions options) {
        this.schema = schema;
        this.options = options;
    }

    /** A loader with other options, sharing this one's compiled schema. */
    public ModelLoader with(LoadOptions other) {
        return new ModelLoader(schema, other);
    }

    public LoadOptions options() {
        return options;
    }

    /** Reads {@code file}; throws with every problem found when it cannot be used. */
    public LoadedModel load(Path file) throws ModelException {
        return load(file, read(file));
    }

    /**
     * The bytes of {@code file}, read no further than the size limit: a pipe or a device
     * ({@code <(cmd)}, {@code /dev/stdin}) has no size to check beforehand.
     */
    public byte[] read(Path file) throws ModelException {
        try {
            return BoundedRead.of(file, options.limits().maxBytes());
        } catch (BoundedRead.TooLargeException e) {
            throw SafeYaml.single(file, Position.UNKNOWN, "file is " + e.getMessage());
        } catch (IOException e) {
            throw SafeYaml.single(file, Position.UNKNOWN, "cannot read: " + describe(e));
        }
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
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason(); // "Is a directory": the file is named in the line already
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : Printable.text(e.getMessage());
    }
}
