package org.briefing.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.files.Printable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a model file as YAML 1.2 (core schema) with no custom tags, no object construction and
 * hard limits, into a {@link YamlDocument}. Strict UTF-8 (a BOM is allowed); text is normalised
 * to NFC so that letters are precomposed, as fonts and spell-checkers expect.
 */
final class SafeYaml {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Limits limits;

    SafeYaml(Limits limits) {
        this.limits = limits;
    }

    /** The document, or the first problem that stops reading (YAML cannot be read past it). */
    YamlDocument read(Path file, byte[] bytes) throws ModelException {
        if (bytes.length > limits.maxBytes()) {
            throw single(file, Position.UNKNOWN, "file is " + bytes.length + " bytes, more than the limit of "
                    + limits.maxBytes());
        }
        String text = decode(file, bytes);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // reported below, with both positions
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit(limits.maxBytes())
                .setUseMarks(true)
                .build();
        try {
            checkEvents(file, settings, text);
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                throw single(file, Position.UNKNOWN, "the file is empty");
            }
            Converter converter = new Converter(file);
            JsonNode json = converter.convert(root.get(), "", 0);
            if (!converter.problems.isEmpty()) {
                throw new ModelException(converter.problems);
            }
            return new YamlDocument(json, Map.copyOf(converter.values), Map.copyOf(converter.keys));
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().map(Position::of).orElse(Position.UNKNOWN);
            throw single(file, at, "invalid YAML: " + yamlMessage(e));
        } catch (YamlEngineException e) {
            throw single(file, Position.UNKNOWN, "invalid YAML: "
                    + Printable.text(e.getMessage().lines().findFirst().orElse("")));
        }
    }

    private static String yamlMessage(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String message = context.isEmpty() ? problem : context + ", " + problem;
        return message.replaceAll("\\s+", " ").strip();
    }

    /** A streaming pass first, so depth, tags and aliases are refused before any tree is built. */
    private void checkEvents(Path file, LoadSettings settings, String text) throws ModelException {
        int depth = 0;
        int aliases = 0;
        int documents = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            Position at = event.getStartMark().map(Position::of).orElse(Position.UNKNOWN);
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw single(file, at, "a model file holds one YAML document, found a second");
                    }
                }
                case MappingStart, SequenceStart -> {
                    if (++depth > limits.maxDepth()) {
                        throw single(file, at, "nesting deeper than " + limits.maxDepth() + " levels");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (++aliases > limits.maxAliases()) {
                        throw single(file, at, "more than " + limits.maxAliases() + " aliases");
                    }
                }
                default -> {
                }
            }
            Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
            if (tag.isPresent()) {
                throw single(file, at, "YAML tags such as " + tag.get() + " are not allowed in a model");
            }
        }
    }

    private static String decode(Path file, byte[] bytes) throws ModelException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, start, in.position() - start, StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw single(file, new Position(line, column), String.format(
                    "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                    bytes[in.position()] & 0xff, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    static ModelException single(Path file, Position at, String message) {
        return new ModelException(List.of(Problem.error(file, at, "", message)));
    }

    /** YAML nodes to JSON nodes, recording positions; reports duplicate and non-text keys. */
    private final class Converter {
        final Path file;
        final Map<String, Position> values = new HashMap<>();
        final Map<String, Position> keys = new HashMap<>();
        final List<Problem> problems = new java.util.ArrayList<>();
        int nodes;
        long characters;

        Converter(Path file) {
            this.file = file;
        }

        JsonNode convert(Node node, String path, int depth) throws ModelException {
            if (++nodes > limits.maxNodes()) {
                throw single(file, Position.of(node), "more than " + limits.maxNodes() + " values (after aliases)");
            }
            if (depth > limits.maxDepth()) {
                throw single(file, Position.of(node), "nesting deeper than " + limits.maxDepth() + " levels");
            }
            values.putIfAbsent(path, Position.of(node));
            if (node instanceof MappingNode mapping) {
                ObjectNode object = JSON.objectNode();
                Map<String, Position> seen = new HashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    Position keyAt = Position.of(keyNode);
                    if (!(keyNode instanceof ScalarNode scalarKey)) {
                        problems.add(Problem.error(file, keyAt, path, "a key must be plain text"));
                        continue;
                    }
                    String key = normalize(scalarKey.getValue());
                    count(key, keyNode);
                    String childPath = YamlDocument.child(path, key);
                    Position first = seen.putIfAbsent(key, keyAt);
                    if (first != null) {
                        problems.add(Problem.error(file, keyAt, childPath,
                                "duplicate key (first at line " + first.line() + ")"));
                        continue;
                    }
                    keys.put(childPath, keyAt);
                    object.set(key, convert(tuple.getValueNode(), childPath, depth + 1));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JSON.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(convert(items.get(i), YamlDocument.item(path, i), depth + 1));
                }
                return array;
            }
            ScalarNode scalar = (ScalarNode) node;
            String value = scalar.getValue();
            count(value, node);
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.NULL)) {
                return JSON.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return JSON.booleanNode(value.equalsIgnoreCase("true"));
            }
            if (tag.equals(Tag.INT)) {
                return JSON.numberNode(integer(value));
            }
            if (tag.equals(Tag.FLOAT)) {
                try {
                    return JSON.numberNode(Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    return JSON.textNode(value); // .inf / .nan: never meaningful in a model
                }
            }
            return JSON.textNode(normalize(value));
        }

        /** Text counts every time an alias repeats it. */
        private void count(String text, Node node) throws ModelException {
            characters += text.length();
            if (characters > limits.maxText()) {
                throw single(file, Position.of(node), "more than " + limits.maxText()
                        + " characters of text (after aliases)");
            }
        }
    }

    /** A YAML 1.2 core-schema integer: decimal, {@code 0o} octal or {@code 0x} hexadecimal, any size. */
    private static java.math.BigInteger integer(String value) {
        if (value.startsWith("0o")) {
            return new java.math.BigInteger(value.substring(2), 8);
        }
        if (value.startsWith("0x")) {
            return new java.math.BigInteger(value.substring(2), 16);
        }
        return new java.math.BigInteger(value.startsWith("+") ? value.substring(1) : value);
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
