package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.briefing.files.BoundedRead;
import org.briefing.files.Printable;
import org.briefing.output.OutputFolder;
import org.briefing.render.FailureText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code DIR/manifest.json}: for every output a batch run made, what it was made from and the
 * hash of its bytes when made. That hash is how a later run tells an untouched output (safe to
 * replace) from one someone edited (left alone). Each output also records the SHA-256 of each of
 * its inputs, and the manifest the hash of every file of the template and font sets they name,
 * so that "why was this rebuilt?" and "which model made this PDF?" have answers. Written
 * atomically, only ever listing files that exist, and never larger than it may be read back.
 */
final class Manifest {
    static final String FILE_NAME = "manifest.json";
    static final int FORMAT_VERSION = 1;
    /** Some 40,000 outputs; a larger file is not read (it would take the memory documents need). */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.shared();

    /**
     * One output.
     *
     * @param path         relative to the output folder, {@code /}-separated
     * @param model        the model file, relative to the output folder
     * @param inputsSha256 the inputs hash ({@link RenderInputs}) it was made from
     * @param outputSha256 the hash of its bytes as written
     * @param inputs       each input it was made from; null in entries of earlier versions
     * @param importedSha256 the hash of the file as staff left it when {@code briefing import}
     *                     took all of its edits into the model; such a file may be replaced by a
     *                     new edition, like an untouched one. Null when there is none.
     */
    record Entry(String path, String model, String language, String format, String inputsSha256,
                 String outputSha256, Inputs inputs, String importedSha256) {
        Entry(String path, String model, String language, String format, String inputsSha256,
              String outputSha256, Inputs inputs) {
            this(path, model, language, format, inputsSha256, outputSha256, inputs, null);
        }

        /** This entry, recording that the file with {@code sha256} was imported in full. */
        Entry imported(String sha256) {
            return new Entry(path, model, language, format, inputsSha256, outputSha256, inputs, sha256);
        }

        /** Whether a file with {@code sha256} may be replaced: it is as made, or as imported. */
        boolean isReplaceable(String sha256) {
            return sha256.equals(outputSha256) || sha256.equals(importedSha256);
        }
    }

    /**
     * What one output was made from, each input by its SHA-256 (a set of files by its fingerprint,
     * whose files the manifest lists).
     *
     * @param referenceDocx null when there is none, or for formats it does not touch
     */
    record Inputs(String model, String templates, String fonts, String referenceDocx, String toolVersion,
                  String paper, boolean allowFallback) {
    }

    /**
     * What a manifest records.
     *
     * @param entries      by path
     * @param templateSets for each template-set fingerprint an entry names, the SHA-256 of each file
     * @param fontSets     likewise for font sets
     */
    record Contents(Map<String, Entry> entries, Map<String, Map<String, String>> templateSets,
                    Map<String, Map<String, String>> fontSets) {
        static Contents empty() {
            return new Contents(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
    }

    private Manifest() {
    }

    /**
     * What the output folder's manifest records; nothing when there is none. One that cannot be
     * read (not JSON, too large, not a file) is reported and treated as absent: every existing
     * output is then unknown, and so protected, which loses nothing.
     */
    static Contents read(OutputFolder folder, Consumer<String> warnings) {
        Path file = folder.root().resolve(FILE_NAME);
        String unusable = "; existing outputs are treated as possibly edited";
        JsonNode manifest;
        try {
            Optional<byte[]> bytes = folder.read(file, MAX_BYTES);
            if (bytes.isEmpty()) {
                return Contents.empty();
            }
            manifest = JSON.readTree(bytes.get());
        } catch (BoundedRead.TooLargeException e) {
            warnings.accept(Printable.name(file) + ": cannot be read (" + e.getMessage() + ")" + unusable);
            return Contents.empty();
        } catch (IOException | JacksonException e) {
            warnings.accept(Printable.name(file) + ": cannot be read (" + FailureText.of(e) + ")" + unusable);
            return Contents.empty();
        }
        if (manifest.path("manifestVersion").asInt(0) != FORMAT_VERSION) {
            warnings.accept(Printable.name(file) + ": not a manifest this version understands" + unusable);
            return Contents.empty();
        }
        if (!manifest.path("outputs").isArray()) {
            warnings.accept(Printable.name(file) + ": its \"outputs\" is not a list" + unusable);
            return Contents.empty();
        }
        Contents contents = Contents.empty();
        for (JsonNode node : manifest.path("outputs")) {
            JsonNode imported = node.path("importedSha256");
            Entry entry = new Entry(text(node, "path"), text(node, "model"), text(node, "language"),
                    text(node, "format"), text(node, "inputsSha256"), text(node, "outputSha256"),
                    inputs(node.path("inputs")), imported.isString() ? imported.asString() : null);
            if (isInside(folder.root(), entry.path())) {
                contents.entries().put(entry.path(), entry);
            }
        }
        contents.templateSets().putAll(fileSets(manifest.path("templateSets")));
        contents.fontSets().putAll(fileSets(manifest.path("fontSets")));
        return contents;
    }

    /**
     * Writes the manifest atomically, sorted by path, leaving out entries whose file is gone and
     * file sets no entry names. An unchanged manifest is not written again, and none is created
     * for a run that has nothing to list.
     *
     * @throws IOException when it cannot be written, or would be too large to be read back
     */
    static void write(OutputFolder folder, String toolVersion, Contents contents) throws IOException {
        Path file = folder.root().resolve(FILE_NAME);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("manifestVersion", FORMAT_VERSION);
        manifest.put("toolVersion", toolVersion);
        ArrayNode outputs = manifest.putArray("outputs");
        Map<String, Map<String, String>> templateSets = new TreeMap<>();
        Map<String, Map<String, String>> fontSets = new TreeMap<>();
        for (Entry entry : contents.entries().values().stream().sorted(Comparator.comparing(Entry::path)).toList()) {
            if (!exists(folder, entry.path())) {
                continue;
            }
            ObjectNode output = outputs.addObject()
                    .put("path", entry.path())
                    .put("model", entry.model())
                    .put("language", entry.language())
                    .put("format", entry.format())
                    .put("inputsSha256", entry.inputsSha256())
                    .put("outputSha256", entry.outputSha256());
            if (entry.importedSha256() != null) {
                output.put("importedSha256", entry.importedSha256());
            }
            Inputs inputs = entry.inputs();
            if (inputs != null) {
                ObjectNode made = output.putObject("inputs").put("model", inputs.model())
                        .put("templates", inputs.templates()).put("fonts", inputs.fonts());
                if (inputs.referenceDocx() != null) {
                    made.put("referenceDocx", inputs.referenceDocx());
                }
                made.put("toolVersion", inputs.toolVersion()).put("paper", inputs.paper())
                        .put("allowFallback", inputs.allowFallback());
                copySet(contents.templateSets(), inputs.templates(), templateSets);
                copySet(contents.fontSets(), inputs.fonts(), fontSets);
            }
        }
        putSets(manifest.putObject("templateSets"), templateSets);
        putSets(manifest.putObject("fontSets"), fontSets);
        byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        if (content.length > MAX_BYTES) {
            throw new IOException("it would be " + content.length + " bytes, more than the " + MAX_BYTES
                    + " a manifest may have; split the output into several folders");
        }
        Optional<byte[]> existing;
        try {
            existing = folder.read(file, MAX_BYTES);
        } catch (BoundedRead.TooLargeException e) {
            existing = Optional.of(new byte[0]); // replaced below
        }
        if (existing.isPresent() ? Arrays.equals(existing.get(), content) : outputs.isEmpty()) {
            return;
        }
        folder.write(file, content);
    }

    /** {@code file} relative to {@code root}, {@code /}-separated, as the manifest names files. */
    static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.getRoot() != null && absolute.getRoot().equals(root.getRoot())
                ? root.relativize(absolute) : absolute;
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    private static boolean exists(OutputFolder folder, String path) {
        try {
            return folder.hasFile(folder.root().resolve(path));
        } catch (IOException e) {
            return false; // a link or special file now stands there: not an output any more
        }
    }

    private static boolean isInside(Path root, String path) {
        return !path.isEmpty() && root.resolve(path).normalize().startsWith(root) && !path.equals(FILE_NAME)
                && !root.resolve(path).normalize().equals(root);
    }

    private static Inputs inputs(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        JsonNode reference = node.path("referenceDocx");
        return new Inputs(text(node, "model"), text(node, "templates"), text(node, "fonts"),
                reference.isString() ? reference.asString() : null, text(node, "toolVersion"), text(node, "paper"),
                node.path("allowFallback").asBoolean(false));
    }

    private static Map<String, Map<String, String>> fileSets(JsonNode node) {
        Map<String, Map<String, String>> sets = new TreeMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> set : node.properties()) {
                Map<String, String> files = new LinkedHashMap<>();
                if (set.getValue().isObject()) {
                    set.getValue().properties().forEach(file -> files.put(file.getKey(), file.getValue().asString("")));
                }
                sets.put(set.getKey(), files);
            }
        }
        return sets;
    }

    private static void copySet(Map<String, Map<String, String>> from, String fingerprint,
                                Map<String, Map<String, String>> to) {
        Map<String, String> files = from.get(fingerprint);
        if (files != null) {
            to.putIfAbsent(fingerprint, files);
        }
    }

    private static void putSets(ObjectNode into, Map<String, Map<String, String>> sets) {
        sets.forEach((fingerprint, files) -> {
            ObjectNode set = into.putObject(fingerprint);
            files.forEach(set::put);
        });
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asString("");
    }
}
