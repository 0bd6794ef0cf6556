package org.briefing.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Paragraphs;
import org.briefing.output.AtomicFiles;
import tools.jackson.databind.JsonNode;

/**
 * A model file as text, to be changed where the changes are and nowhere else. Every edit is
 * checked by reading the new text back: it must hold exactly the values the edits asked for and
 * every other value unchanged, or nothing is written. Immutable; {@link #edited} gives a new one.
 */
public final class ModelFile {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final byte[] original;
    private final String text;
    private final JsonNode tree;
    private final ModelLoader loader;

    private ModelFile(Path file, byte[] original, String text, JsonNode tree, ModelLoader loader) {
        this.file = file;
        this.original = original;
        this.text = text;
        this.tree = tree;
        this.loader = loader;
    }

    /** Reads {@code file} with the loader's limits; {@code loader} also reads every edit back. */
    public static ModelFile read(Path file, ModelLoader loader) throws IOException, ModelException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode tree = loader.tree(file, bytes);
        int skip = startsWithBom(bytes) ? BOM.length : 0;
        return new ModelFile(file, bytes, new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8),
                tree, loader);
    }

    public Path file() {
        return file;
    }

    public String text() {
        return text;
    }

    /** The file as it would be written: the text, with the byte order mark the file had. */
    public byte[] bytes() {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        if (!startsWithBom(original)) {
            return content;
        }
        byte[] withBom = Arrays.copyOf(BOM, BOM.length + content.length);
        System.arraycopy(content, 0, withBom, BOM.length, content.length);
        return withBom;
    }

    /**
     * The lines (first and last, from 1) where the value at {@code path} is written, or null when
     * the file does not have it; for reports, and for checking that an edit stayed in place.
     */
    public int[] lines(String path) {
        YamlSource source = YamlSource.parse(text);
        return source.find(path).map(node -> new int[] {line(source.start(node)), line(source.end(node))})
                .orElse(null);
    }

    private int line(int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    public boolean isChanged() {
        return !Arrays.equals(original, bytes());
    }

    /**
     * This file with {@code edits} made in its text.
     *
     * @throws EditException when an edit cannot be made, or the result would not read back as
     *                       exactly the edited model
     */
    public ModelFile edited(ModelEdits edits) {
        if (edits.isEmpty()) {
            return this;
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String edited = text;
        for (ModelEdits.Edit edit : edits.inOrder()) {
            edited = new YamlTextEditor(YamlSource.parse(edited), newline).apply(edit);
        }
        JsonNode expected = edits.applyTo(tree);
        JsonNode actual;
        try {
            actual = loader.tree(file, edited.getBytes(StandardCharsets.UTF_8));
        } catch (ModelException e) {
            throw new EditException("the edited file would not read back (" + e.problems().get(0).message()
                    + "); nothing was written");
        }
        String difference = TreeDifference.between(expected, actual, "");
        if (difference != null) {
            throw new EditException("the edited file would not hold exactly the changes (" + difference
                    + "); nothing was written");
        }
        return new ModelFile(file, original, edited, actual, loader);
    }

    /**
     * Writes the file atomically, unless it changed on disk since it was read (someone saved it
     * meanwhile), which is refused rather than overwritten.
     */
    public void write() throws IOException {
        if (!Arrays.equals(Files.readAllBytes(file), original)) {
            throw new IOException(file + " changed on disk while it was being edited; nothing was written");
        }
        AtomicFiles.write(file, bytes());
    }

    /** The first place two model trees differ, or null; texts that mean the same are equal. */
    private static final class TreeDifference {
        static String between(JsonNode expected, JsonNode actual, String path) {
            if (expected.isString() && actual.isString()) {
                String a = expected.asString();
                String b = actual.asString();
                return a.equals(b) || Paragraphs.of(a).equals(Paragraphs.of(b)) ? null
                        : (path.isEmpty() ? "the file" : path) + ": '" + b + "' instead of '" + a + "'";
            }
            if (expected.isObject() && actual.isObject()) {
                if (!expected.propertyNames().equals(actual.propertyNames())) {
                    return path + ": keys " + actual.propertyNames() + " instead of " + expected.propertyNames();
                }
                for (String key : expected.propertyNames()) {
                    String difference = between(expected.get(key), actual.get(key),
                            path.isEmpty() ? key : path + "." + key);
                    if (difference != null) {
                        return difference;
                    }
                }
                return null;
            }
            if (expected.isArray() && actual.isArray()) {
                if (expected.size() != actual.size()) {
                    return path + ": " + actual.size() + " items instead of " + expected.size();
                }
                for (int i = 0; i < expected.size(); i++) {
                    String difference = between(expected.get(i), actual.get(i), path + "[" + i + "]");
                    if (difference != null) {
                        return difference;
                    }
                }
                return null;
            }
            return expected.equals(actual) ? null : path + ": " + actual + " instead of " + expected;
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}
