package org.briefing.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefing.model.FieldPath;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What to change in a model file, said by field path, as DOCX import and translation import
 * decide it. Paths (list indexes included) name the file as it is before any change, whatever
 * order the changes are given in. {@link ModelFile#edited} writes them into the file's text.
 */
public final class ModelEdits {
    /** The key of a localized text that lists its languages whose text describes an older wording. */
    public static final String OUTDATED = "outdated";

    /** One change. */
    sealed interface Edit {
        String path();
    }

    /** Sets one language of a localized text, or (language null) a whole scalar value. */
    record SetText(String path, String language, String value) implements Edit {
    }

    /** Removes one language of a localized text. */
    record RemoveText(String path, String language) implements Edit {
    }

    /** Sets the languages marked outdated in a localized text; none removes the mark. */
    record SetOutdated(String path, List<String> languages) implements Edit {
    }

    /** Rearranges a list: its entries in their new order, items kept by their old index, or new. */
    record ArrangeList(String path, List<ListEntry> entries) implements Edit {
    }

    /** An entry of a rearranged list. */
    public sealed interface ListEntry {
        /** The item that was at {@code index}, with the changes made to it. */
        record Kept(int index) implements ListEntry {
        }

        /** A new item; its value as the model's YAML would hold it. */
        record Added(JsonNode value) implements ListEntry {
        }
    }

    private final List<Edit> edits = new ArrayList<>();
    private final Map<String, ArrangeList> lists = new LinkedHashMap<>();

    /** Sets the text of {@code path} (a localized text) in {@code language}. */
    public ModelEdits setText(String path, String language, String value) {
        edits.add(new SetText(path, Objects.requireNonNull(language, "language"), value));
        return this;
    }

    /** Removes the text of {@code path} (a localized text) in {@code language}; others stay. */
    public ModelEdits removeText(String path, String language) {
        edits.add(new RemoveText(path, Objects.requireNonNull(language, "language")));
        return this;
    }

    /** Sets the scalar at {@code path}: a URL, or a text that is the same in every language. */
    public ModelEdits setValue(String path, String value) {
        edits.add(new SetText(path, null, value));
        return this;
    }

    /** Marks the languages of the localized text at {@code path} whose text is outdated (none: unmarked). */
    public ModelEdits setOutdated(String path, Collection<String> languages) {
        edits.add(new SetOutdated(path, List.copyOf(languages)));
        return this;
    }

    /** The list at {@code path} becomes {@code entries}: kept items by old index, and new ones. */
    public ModelEdits arrangeList(String path, List<ListEntry> entries) {
        if (lists.containsKey(path)) {
            throw new IllegalArgumentException(path + " is arranged twice");
        }
        lists.put(path, new ArrangeList(path, List.copyOf(entries)));
        return this;
    }

    public boolean isEmpty() {
        return edits.isEmpty() && lists.isEmpty();
    }

    /** Changes inside values first (their paths still hold), then the lists' new arrangements. */
    List<Edit> inOrder() {
        List<Edit> all = new ArrayList<>(edits);
        all.addAll(lists.values());
        return all;
    }

    /** The model's tree as these edits must leave it: what the edited file is checked against. */
    JsonNode applyTo(JsonNode original) {
        JsonNode tree = original.deepCopy();
        for (Edit edit : inOrder()) {
            if (edit instanceof SetText set) {
                if (set.language() == null) {
                    replace(tree, set.path(), JsonNodeFactory.instance.stringNode(set.value()));
                } else {
                    ((ObjectNode) objectAt(tree, set.path())).put(set.language(), set.value());
                }
            } else if (edit instanceof RemoveText remove) {
                ((ObjectNode) at(tree, remove.path())).remove(remove.language());
            } else if (edit instanceof SetOutdated outdated) {
                ObjectNode text = (ObjectNode) objectAt(tree, outdated.path());
                text.remove(OUTDATED);
                if (!outdated.languages().isEmpty()) {
                    ArrayNode languages = text.putArray(OUTDATED);
                    outdated.languages().forEach(languages::add);
                }
            } else if (edit instanceof ArrangeList arrange) {
                JsonNode before = at(tree, arrange.path());
                ArrayNode after = JsonNodeFactory.instance.arrayNode();
                for (ListEntry entry : arrange.entries()) {
                    after.add(entry instanceof ListEntry.Kept kept ? before.get(kept.index())
                            : ((ListEntry.Added) entry).value());
                }
                replace(tree, arrange.path(), after);
            }
        }
        return tree;
    }

    /** The node at {@code path}, made a (missing) object where a localized text is added. */
    private static JsonNode objectAt(JsonNode tree, String path) {
        JsonNode node = at(tree, path);
        if (node == null || node.isMissingNode() || node.isNull()) {
            replace(tree, path, JsonNodeFactory.instance.objectNode());
            node = at(tree, path);
        }
        return node;
    }

    static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String step : FieldPath.steps(path)) {
            node = step.startsWith("[") ? node.path(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.path(step);
        }
        return node;
    }

    private static void replace(JsonNode tree, String path, JsonNode value) {
        List<String> steps = FieldPath.steps(path);
        JsonNode parent = tree;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.startsWith("[") ? parent.path(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : parent.path(step);
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
