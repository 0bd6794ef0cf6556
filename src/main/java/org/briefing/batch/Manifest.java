package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.briefing.files.Printable;
import org.briefing.output.AtomicFiles;
import org.briefing.render.FailureText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code DIR/manifest.json}: for every output a batch run made, what it was made from and the
 * hash of its bytes when made. That hash is how a later run tells an untouched output (safe to
 * replace) from one someone edited (left alone). Written atomically, and only ever listing files
 * that exist.
 */
final class Manifest {
    static final String FILE_NAME = "manifest.json";
    static final int FORMAT_VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.shared();

    /**
     * One output.
     *
     * @param path         relative to the output folder, {@code /}-separated
     * @param model        the model file, relative to the output folder
     * @param inputsSha256 the inputs hash ({@link RenderInputs}) it was made from
     * @param outputSha256 the hash of its bytes as written
     */
    record Entry(String path, String model, String language, String format, String inputsSha256,
                 String outputSha256) {
    }

    private Manifest() {
    }

    /**
     * The entries of {@code root}'s manifest by path; none when there is no manifest. One that
     * cannot be read is reported and treated as absent: every existing output is then unknown,
     * and so protected, which loses nothing.
     */
    static Map<String, Entry> read(Path root, Consumer<String> warnings) {
        Path file = root.resolve(FILE_NAME);
        Map<String, Entry> entries = new TreeMap<>();
        JsonNode manifest;
        try {
            manifest = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException | JacksonException e) {
            warnings.accept(Printable.name(file) + ": cannot be read (" + FailureText.of(e)
                    + "); existing outputs are treated as possibly edited");
            return entries;
        }
        if (manifest.path("manifestVersion").asInt(0) != FORMAT_VERSION) {
            warnings.accept(Printable.name(file) + ": not a manifest this version understands; existing outputs are treated"
                    + " as possibly edited");
            return entries;
        }
        for (JsonNode node : manifest.path("outputs")) {
            Entry entry = new Entry(text(node, "path"), text(node, "model"), text(node, "language"),
                    text(node, "format"), text(node, "inputsSha256"), text(node, "outputSha256"));
            if (isInside(root, entry.path())) {
                entries.put(entry.path(), entry);
            }
        }
        return entries;
    }

    /**
     * Writes the manifest atomically, sorted by path, leaving out entries whose file is gone.
     * An unchanged manifest is not written again, and none is created for a run that has nothing
     * to list.
     */
    static void write(Path root, String toolVersion, Collection<Entry> entries) throws IOException {
        Path file = root.resolve(FILE_NAME);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("manifestVersion", FORMAT_VERSION);
        manifest.put("toolVersion", toolVersion);
        ArrayNode outputs = manifest.putArray("outputs");
        entries.stream().filter(entry -> Files.isRegularFile(root.resolve(entry.path())))
                .sorted(Comparator.comparing(Entry::path)).forEach(entry -> outputs.addObject()
                        .put("path", entry.path())
                        .put("model", entry.model())
                        .put("language", entry.language())
                        .put("format", entry.format())
                        .put("inputsSha256", entry.inputsSha256())
                        .put("outputSha256", entry.outputSha256()));
        byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        boolean exists = Files.isRegularFile(file);
        if (exists ? Arrays.equals(Files.readAllBytes(file), content) : outputs.isEmpty()) {
            return;
        }
        AtomicFiles.write(file, content);
    }

    /** {@code file} relative to {@code root}, {@code /}-separated, as the manifest names files. */
    static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.getRoot() != null && absolute.getRoot().equals(root.getRoot())
                ? root.relativize(absolute) : absolute;
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    private static boolean isInside(Path root, String path) {
        return !path.isEmpty() && root.resolve(path).normalize().startsWith(root) && !path.equals(FILE_NAME);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asString("");
    }
}
