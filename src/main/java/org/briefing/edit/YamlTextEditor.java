package org.briefing.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.model.FieldPath;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;

/**
 * Makes one {@link ModelEdits.Edit} in a model file's text by replacing, inserting or moving the
 * exact spans of the values concerned, the way round-trip editors (ruamel.yaml, toml_edit) do:
 * comments, key order, quoting, block styles and blank lines elsewhere stay byte for byte. New
 * entries take the indentation of their neighbours.
 */
final class YamlTextEditor {
    /** Where new top-level lists go: after the nearest of these keys that the file has. */
    private static final List<String> TOP_LEVEL_ORDER = List.of("schema", "id", "country", "languages", "date",
            "classification", "issuer", "title", "short_title", "summary", "source", "facts", "achievements",
            "quotes", "recommendations", "background", "links");

    private final YamlSource source;
    private final String text;
    private final String newline;
    /** The columns this file's block scalars are wrapped to, so new text looks like its neighbours. */
    private final int width;

    YamlTextEditor(YamlSource source, String newline) {
        this.source = source;
        this.text = source.text();
        this.newline = newline;
        this.width = source.blockWidth(YamlScalars.WIDTH);
    }

    String apply(ModelEdits.Edit edit) {
        if (edit instanceof ModelEdits.SetText set) {
            return set.language() == null ? setScalar(set.path(), set.value())
                    : setLanguage(set.path(), set.language(), set.value());
        }
        if (edit instanceof ModelEdits.SetOutdated outdated) {
            return setOutdated(outdated.path(), outdated.languages());
        }
        if (edit instanceof ModelEdits.RemoveText remove) {
            return removeLanguage(remove.path(), remove.language());
        }
        return arrange((ModelEdits.ArrangeList) edit);
    }

    // --- values -----------------------------------------------------------------------------

    private String setScalar(String path, String value) {
        Node node = YamlSource.unalias(source.require(path));
        if (!(node instanceof ScalarNode scalar)) {
            throw new EditException(path + ": holds one text per language, not one value");
        }
        return replaceScalar(path, scalar, value);
    }

    private String replaceScalar(String path, ScalarNode scalar, String value) {
        int start = source.start(scalar);
        int end = source.end(scalar);
        String indent = blockIndent(path, scalar);
        String rendered = YamlScalars.render(value, scalar.getScalarStyle(), source.column(start), indent,
                inFlow(path), newline, width);
        return splice(start, end, rendered);
    }

    private String setLanguage(String path, String language, String value) {
        Node node = source.find(path).map(YamlSource::unalias).orElse(null);
        if (node == null) {
            return addEntry(FieldPath.steps(path), Map.of(language, value));
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty() && scalar.getTag().getValue()
                .endsWith(":null")) {
            return splice(source.start(scalar), source.end(scalar), "");
        }
        if (!(node instanceof MappingNode)) {
            throw new EditException(path + ": is the same text in every language, not one per language");
        }
        var existing = YamlSource.entry(node, language);
        if (existing.isPresent()) {
            Node value1 = YamlSource.unalias(existing.get().getValueNode());
            if (!(value1 instanceof ScalarNode scalar)) {
                throw new EditException(FieldPath.child(path, language) + ": is not a text");
            }
            return replaceScalar(FieldPath.child(path, language), scalar, value);
        }
        return insertEntry(path, (MappingNode) node, language, value, ModelEdits.OUTDATED);
    }

    private String removeLanguage(String path, String language) {
        Node node = YamlSource.unalias(source.require(path));
        var entry = YamlSource.entry(node, language);
        if (!(node instanceof MappingNode mapping) || entry.isEmpty()) {
            throw new EditException(FieldPath.child(path, language) + ": not in the model file");
        }
        if (mapping.getValue().size() == 1) {
            throw new EditException(path + ": its only text cannot be removed");
        }
        return removeEntry(mapping, entry.get());
    }

    private String setOutdated(String path, List<String> languages) {
        Node node = YamlSource.unalias(source.require(path));
        if (!(node instanceof MappingNode mapping)) {
            throw new EditException(path + ": is the same text in every language; nothing can be outdated");
        }
        var existing = YamlSource.entry(node, ModelEdits.OUTDATED);
        String list = "[" + String.join(", ", languages) + "]";
        if (existing.isPresent()) {
            if (languages.isEmpty()) {
                return removeEntry(mapping, existing.get());
            }
            Node value = existing.get().getValueNode();
            return splice(source.start(value), source.end(value), list);
        }
        return languages.isEmpty() ? text : insertEntry(path, mapping, ModelEdits.OUTDATED, list, null);
    }

    /**
     * Adds {@code key: value} to a mapping, after its last entry (or before the entry named
     * {@code before}, which stays last). A value starting with '[' is written as it is.
     */
    private String insertEntry(String path, MappingNode mapping, String key, String value, String before) {
        List<NodeTuple> entries = mapping.getValue();
        NodeTuple after = null;
        for (NodeTuple entry : entries) {
            if (before != null && entry.getKeyNode() instanceof ScalarNode k && k.getValue().equals(before)) {
                break;
            }
            after = entry;
        }
        boolean rawList = value.startsWith("[") && key.equals(ModelEdits.OUTDATED);
        if (mapping.getFlowStyle() == FlowStyle.FLOW) {
            String rendered = rawList ? value : YamlScalars.render(value, null, 0, "", true, newline, width);
            if (after == null) {
                int open = source.start(mapping) + 1;
                return splice(open, open, key + ": " + rendered + (entries.isEmpty() ? "" : ", "));
            }
            int end = source.end(after.getValueNode());
            return splice(end, end, ", " + key + ": " + rendered);
        }
        if (after == null) { // before the first entry: at its place, pushing it down
            NodeTuple first = entries.get(0);
            int at = source.start(first.getKeyNode());
            String indent = " ".repeat(source.column(at));
            String rendered = rawList ? value : YamlScalars.render(value, null, indent.length() + key.length() + 2,
                    indent + "  ", false, newline, width);
            return splice(at, at, key + ": " + rendered + newline + indent);
        }
        String indent = " ".repeat(source.column(source.start(after.getKeyNode())));
        int at = source.lineEnd(source.end(after.getValueNode()));
        String rendered = rawList ? value : YamlScalars.render(value, null, indent.length() + key.length() + 2,
                indent + "  ", false, newline, width);
        return splice(at, at, newline + indent + key + ": " + rendered);
    }

    private String removeEntry(MappingNode mapping, NodeTuple entry) {
        if (mapping.getFlowStyle() == FlowStyle.FLOW) {
            int index = mapping.getValue().indexOf(entry);
            int start = index == 0 ? source.start(entry.getKeyNode())
                    : source.end(mapping.getValue().get(index - 1).getValueNode());
            int end = index == 0 && mapping.getValue().size() > 1
                    ? source.start(mapping.getValue().get(1).getKeyNode()) : source.end(entry.getValueNode());
            return splice(start, end, "");
        }
        int start = source.lineStart(source.start(entry.getKeyNode()));
        int end = lineEndWithBreak(source.end(entry.getValueNode()));
        return splice(start, end, "");
    }

    /**
     * Adds the missing last steps of {@code steps} (a text whose parent mapping exists but which
     * is absent, such as a quote's role), with {@code languages} as its texts.
     */
    private String addEntry(List<String> steps, Map<String, String> languages) {
        String parentPath = String.join(".", steps.subList(0, steps.size() - 1)).replace(".[", "[");
        String key = steps.get(steps.size() - 1);
        Node parent = parentPath.isEmpty() ? source.root() : source.require(parentPath);
        if (!(parent instanceof MappingNode mapping) || mapping.getFlowStyle() == FlowStyle.FLOW
                || key.startsWith("[")) {
            throw new EditException(String.join(".", steps) + ": cannot be added to this part of the file; "
                    + "add it by hand");
        }
        NodeTuple last = mapping.getValue().get(mapping.getValue().size() - 1);
        String indent = " ".repeat(source.column(source.start(last.getKeyNode())));
        StringBuilder value = new StringBuilder(key).append(':');
        languages.forEach((language, text1) -> value.append(newline).append(indent).append("  ").append(language)
                .append(": ").append(YamlScalars.render(text1, null, indent.length() + 4 + language.length(),
                        indent + "    ", false, newline, width)));
        int at = source.lineEnd(source.end(last.getValueNode()));
        return splice(at, at, newline + indent + value);
    }

    // --- lists ------------------------------------------------------------------------------

    private String arrange(ModelEdits.ArrangeList arrange) {
        Node node = source.find(arrange.path()).map(YamlSource::unalias).orElse(null);
        List<ModelEdits.ListEntry> entries = arrange.entries();
        if (node == null) {
            return entries.isEmpty() ? text : addTopLevelList(arrange.path(), entries);
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw new EditException(arrange.path() + ": is not a list");
        }
        if (sequence.getFlowStyle() == FlowStyle.FLOW || sequence.getValue().isEmpty()) {
            return rewriteFlowList(arrange.path(), sequence, entries);
        }
        List<Node> items = sequence.getValue();
        List<int[]> blocks = new ArrayList<>();
        for (Node item : items) {
            blocks.add(new int[] {source.lineStart(dash(item)), lineEndWithBreak(source.end(item))});
        }
        List<String> separators = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            separators.add(text.substring(blocks.get(i)[1], blocks.get(i + 1)[0]));
        }
        int dashColumn = source.column(dash(items.get(0)));
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                list.append(i - 1 < separators.size() ? separators.get(i - 1) : commonSeparator(separators));
            }
            if (entries.get(i) instanceof ModelEdits.ListEntry.Kept kept) {
                int[] block = blocks.get(kept.index());
                String itemText = text.substring(block[0], block[1]);
                list.append(itemText.endsWith("\n") ? itemText : itemText + newline);
            } else {
                list.append(" ".repeat(dashColumn)).append("- ")
                        .append(YamlBlocks.item(((ModelEdits.ListEntry.Added) entries.get(i)).value(),
                                " ".repeat(dashColumn + 2), newline, width))
                        .append(newline);
            }
        }
        int start = blocks.get(0)[0];
        int end = blocks.get(blocks.size() - 1)[1];
        if (entries.isEmpty()) { // "key:\n  - ..." becomes "key: []"
            int colon = text.lastIndexOf(':', source.start(sequence));
            return splice(colon + 1, source.lineEnd(source.end(sequence)), " []");
        }
        String replaced = list.toString();
        if (!text.substring(start, end).endsWith("\n")) { // the list ended the file without a line break
            replaced = replaced.substring(0, replaced.length() - newline.length());
        }
        return splice(start, end, replaced);
    }

    /** A flow list ({@code []} or {@code [a, b]}) becomes a block list under its key. */
    private String rewriteFlowList(String path, SequenceNode sequence, List<ModelEdits.ListEntry> entries) {
        int start = source.start(sequence);
        int end = source.end(sequence);
        if (entries.isEmpty()) {
            return splice(start, end, "[]");
        }
        int colon = text.lastIndexOf(':', start);
        String indent = source.indentOf(colon) + "  ";
        StringBuilder list = new StringBuilder();
        for (ModelEdits.ListEntry entry : entries) {
            list.append(newline).append(indent).append("- ");
            if (entry instanceof ModelEdits.ListEntry.Kept kept) {
                Node item = sequence.getValue().get(kept.index());
                list.append(text, source.start(item), source.end(item));
            } else {
                list.append(YamlBlocks.item(((ModelEdits.ListEntry.Added) entry).value(), indent + "  ", newline, width));
            }
        }
        if (FieldPath.steps(path).size() != 1) {
            throw new EditException(path + ": a nested flow list cannot be rearranged; edit it by hand");
        }
        return splice(colon + 1, end, list.toString());
    }

    private String addTopLevelList(String path, List<ModelEdits.ListEntry> entries) {
        if (FieldPath.steps(path).size() != 1 || !(source.root() instanceof MappingNode root)
                || root.getFlowStyle() == FlowStyle.FLOW) {
            throw new EditException(path + ": cannot be added to this file; add it by hand");
        }
        NodeTuple after = null;
        int wanted = TOP_LEVEL_ORDER.indexOf(path);
        for (NodeTuple entry : root.getValue()) {
            int order = entry.getKeyNode() instanceof ScalarNode k ? TOP_LEVEL_ORDER.indexOf(k.getValue()) : -1;
            if (after == null || (order >= 0 && order < wanted)) {
                after = entry;
            }
        }
        StringBuilder list = new StringBuilder(path).append(':');
        for (ModelEdits.ListEntry entry : entries) {
            JsonNode value = ((ModelEdits.ListEntry.Added) entry).value();
            list.append(newline).append("  - ").append(YamlBlocks.item(value, "    ", newline, width));
        }
        int at = source.lineEnd(source.end(after.getValueNode()));
        return splice(at, at, newline + list);
    }

    /** The separator most lists use between items: nothing, or a blank line. */
    private static String commonSeparator(List<String> separators) {
        return separators.isEmpty() ? "" : separators.get(separators.size() - 1);
    }

    /** Where the {@code -} of a block list item is. */
    private int dash(Node item) {
        int at = source.start(item) - 1;
        while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        if (at < 0 || text.charAt(at) != '-') {
            throw new EditException("unexpected list layout at offset " + source.start(item));
        }
        return at;
    }

    // --- helpers ----------------------------------------------------------------------------

    /** The indentation a block scalar's lines need: deeper than the key or dash that owns it. */
    private String blockIndent(String path, ScalarNode scalar) {
        if (scalar.getScalarStyle() == ScalarStyle.FOLDED || scalar.getScalarStyle() == ScalarStyle.LITERAL) {
            int firstLine = text.indexOf('\n', source.start(scalar)) + 1;
            if (firstLine > 0 && firstLine < source.end(scalar)) {
                return source.indentOf(firstLine);
            }
        }
        return source.indentOf(source.start(scalar)).length() <= ownerColumn(path, scalar)
                ? " ".repeat(ownerColumn(path, scalar) + 2) : source.indentOf(source.start(scalar));
    }

    /** The column of the key (or list dash) that a value belongs to. */
    private int ownerColumn(String path, Node value) {
        List<String> steps = FieldPath.steps(path);
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            return source.column(dash(value));
        }
        String parentPath = path.substring(0, path.length() - last.length()).replaceAll("\\.$", "");
        Node parent = parentPath.isEmpty() ? source.root() : source.require(parentPath);
        return YamlSource.entry(parent, last).map(t -> source.column(source.start(t.getKeyNode()))).orElse(0);
    }

    /** Whether the value at {@code path} sits inside a flow collection. */
    private boolean inFlow(String path) {
        List<String> steps = FieldPath.steps(path);
        for (int i = 1; i < steps.size(); i++) {
            String prefix = String.join(".", steps.subList(0, i)).replace(".[", "[");
            Node node = source.find(prefix).orElse(null);
            if (node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.FLOW) {
                return true;
            }
        }
        return false;
    }

    private int lineEndWithBreak(int offset) {
        int end = source.lineEnd(offset);
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        return end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
    }

    private String splice(int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
