package org.briefing.edit;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.briefing.model.FieldPath;

/**
 * A model file's text with its YAML syntax tree, so that a value can be found by its field path
 * ({@code quotes[0].text.ru}) and replaced where it is written, leaving every other character as
 * it was. Offsets are {@code char} indexes into {@link #text()} (the parser counts code points).
 * The file has already been read safely by the loader; this only locates things in it.
 */
final class YamlSource {
    private final String text;
    private final Node root;
    /** Code point index to char index; null while the text has no surrogate pairs. */
    private final int[] charIndex;

    private YamlSource(String text, Node root, int[] charIndex) {
        this.text = text;
        this.root = root;
        this.charIndex = charIndex;
    }

    static YamlSource parse(String text) {
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).setAllowDuplicateKeys(false)
                .setCodePointLimit(Math.max(text.length() * 2, 1024)).build();
        Optional<Node> root = new Compose(settings).composeString(text);
        if (root.isEmpty()) {
            throw new EditException("the model file is empty");
        }
        return new YamlSource(text, root.get(), codePointToChar(text));
    }

    private static int[] codePointToChar(String text) {
        if (text.codePoints().count() == text.length()) {
            return null;
        }
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            index[cp++] = i;
        }
        index[cp] = text.length();
        return index;
    }

    String text() {
        return text;
    }

    Node root() {
        return root;
    }

    int start(Node node) {
        return offset(node.getStartMark().orElseThrow());
    }

    /**
     * Where the node's own text ends: for a block scalar, before the line breaks and blank lines
     * the parser counts in; for a block collection, where its last value ends (comments after it
     * belong to what follows).
     */
    int end(Node node) {
        if (node instanceof MappingNode map && map.getFlowStyle() == FlowStyle.BLOCK && !map.getValue().isEmpty()) {
            return end(map.getValue().get(map.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode seq && seq.getFlowStyle() == FlowStyle.BLOCK && !seq.getValue().isEmpty()) {
            return end(seq.getValue().get(seq.getValue().size() - 1));
        }
        int end = offset(node.getEndMark().orElseThrow());
        if (node instanceof ScalarNode scalar && (scalar.getScalarStyle() == ScalarStyle.FOLDED
                || scalar.getScalarStyle() == ScalarStyle.LITERAL)) {
            while (end > start(node) && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    private int offset(Mark mark) {
        return charIndex == null ? mark.getIndex() : charIndex[mark.getIndex()];
    }

    /** The start of the line holding {@code offset}. */
    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The end of the line holding {@code offset}, before its line break. */
    int lineEnd(int offset) {
        int newline = text.indexOf('\n', offset);
        int end = newline < 0 ? text.length() : newline;
        return end > offset && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The column (0-based) of {@code offset} on its line. */
    int column(int offset) {
        return offset - lineStart(offset);
    }

    /** The node at a field path such as {@code achievements[2].ru}, if the file has it. */
    Optional<Node> find(String path) {
        Node node = root;
        for (String step : FieldPath.steps(path)) {
            node = unalias(node);
            if (step.startsWith("[")) {
                if (!(node instanceof SequenceNode sequence)) {
                    return Optional.empty();
                }
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                if (index >= sequence.getValue().size()) {
                    return Optional.empty();
                }
                node = sequence.getValue().get(index);
            } else {
                Optional<NodeTuple> entry = entry(node, step);
                if (entry.isEmpty()) {
                    return Optional.empty();
                }
                node = entry.get().getValueNode();
            }
        }
        return Optional.of(node);
    }

    Node require(String path) {
        return find(path).orElseThrow(() -> new EditException(path + ": not in the model file"));
    }

    /** The entry of {@code key} in a mapping node. */
    static Optional<NodeTuple> entry(Node mapping, String key) {
        if (!(mapping instanceof MappingNode map)) {
            return Optional.empty();
        }
        return map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .findFirst();
    }

    static List<NodeTuple> entries(Node mapping) {
        return ((MappingNode) mapping).getValue();
    }

    /** An edit through an alias (or of an anchored value) would change other places too. */
    static Node unalias(Node node) {
        if (node instanceof AnchorNode || node.getAnchor().isPresent()) {
            throw new EditException("uses a YAML anchor or alias; edit it by hand");
        }
        return node;
    }

    /**
     * The width the file's folded and literal texts are wrapped to: its longest line in such a
     * block (between 72 and 120 columns), or {@code otherwise} when it has none.
     */
    int blockWidth(int otherwise) {
        int[] longest = {0};
        blockLines(root, longest);
        return longest[0] == 0 ? otherwise : Math.max(72, Math.min(120, longest[0]));
    }

    private void blockLines(Node node, int[] longest) {
        if (node instanceof ScalarNode scalar && (scalar.getScalarStyle() == ScalarStyle.FOLDED
                || scalar.getScalarStyle() == ScalarStyle.LITERAL)) {
            int start = lineEnd(start(scalar)) + 1;
            int end = end(scalar);
            for (int at = start; at < end; at = lineEnd(at) + 1) {
                longest[0] = Math.max(longest[0], lineEnd(at) - at);
                if (lineEnd(at) >= text.length()) {
                    break;
                }
            }
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(tuple -> blockLines(tuple.getValueNode(), longest));
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> blockLines(item, longest));
        }
    }

    /** The indentation of the line holding {@code offset}. */
    String indentOf(int offset) {
        int start = lineStart(offset);
        int end = start;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return text.substring(start, end);
    }
}
