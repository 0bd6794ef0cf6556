package org.briefing.edit;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a new list item (a localized text, a quote, a link) in block style, the way the samples
 * are written: one key per line, texts as {@link YamlScalars} chooses, short lists in brackets.
 */
final class YamlBlocks {
    private YamlBlocks() {
    }

    /**
     * {@code value} as the text after a list item's {@code "- "}: its first line goes on the dash's
     * line, the others at {@code indent}.
     */
    static String item(JsonNode value, String indent, String newline, int width) {
        if (!value.isObject()) {
            return scalar(value, indent.length(), indent + "  ", newline, width);
        }
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!first) {
                out.append(newline).append(indent);
            }
            first = false;
            entry(out, entry.getKey(), entry.getValue(), indent, newline, width);
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, String key, JsonNode value, String indent, String newline,
                              int width) {
        out.append(key).append(':');
        if (value.isObject()) {
            String inner = indent + "  ";
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                out.append(newline).append(inner);
                entry(out, entry.getKey(), entry.getValue(), inner, newline, width);
            }
        } else {
            out.append(' ').append(scalar(value, indent.length() + key.length() + 2, indent + "  ", newline, width));
        }
    }

    private static String scalar(JsonNode value, int column, String blockIndent, String newline, int width) {
        if (value.isArray()) {
            StringBuilder list = new StringBuilder("[");
            for (int i = 0; i < value.size(); i++) {
                list.append(i > 0 ? ", " : "").append(YamlScalars.render(value.get(i).asString(), null, 0, "", true,
                        newline, width));
            }
            return list.append(']').toString();
        }
        return YamlScalars.render(value.asString(), null, column, blockIndent, false, newline, width);
    }
}
