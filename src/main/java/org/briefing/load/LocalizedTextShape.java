package org.briefing.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Says in one sentence why a value is not a localized text (a string, or a map from language
 * tag to string): the schema's {@code oneOf} failure alone would not tell an author what to fix.
 */
final class LocalizedTextShape {
    private LocalizedTextShape() {
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "expected a text, found nothing (an empty value)";
        }
        if (node.isString()) {
            return "must not be empty";
        }
        if (node.isObject()) {
            if (node.isEmpty()) {
                return "expected a text or a map from language to text, found an empty mapping";
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (!LanguageTags.isWellFormed(entry.getKey())) {
                    return "'" + entry.getKey() + "' is not a language code (use en, ru, ky, sr-Cyrl, ...)";
                }
                JsonNode value = entry.getValue();
                if (!value.isString()) {
                    return entry.getKey() + ": expected text, found " + TypeNames.describe(value);
                }
                if (value.asString().isEmpty()) {
                    return entry.getKey() + ": must not be empty";
                }
                if (value.asString().length() > 20_000) {
                    return entry.getKey() + ": is longer than 20000 characters";
                }
            }
            return "expected a text or a map from language to text";
        }
        return "expected a text or a map from language to text, found " + TypeNames.describe(node);
    }
}
