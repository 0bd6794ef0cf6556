package org.briefing.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Says why a value is not a localized text (a string, or a map from language tag to string),
 * one finding per language where the fault is in one: the schema's {@code oneOf} failure alone
 * would not tell an author what to fix.
 */
final class LocalizedTextShape {
    /** The key that lists a text's outdated languages. */
    static final String OUTDATED = "outdated";

    /** A fault, in the language {@code language} of the text, or in the text as a whole when empty. */
    record Finding(String language, String message) {
    }

    private LocalizedTextShape() {
    }

    static List<Finding> describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of(new Finding("", "expected a text, found nothing (an empty value)"));
        }
        if (node.isString()) {
            return List.of(new Finding("", "must not be empty"));
        }
        if (!node.isObject()) {
            return List.of(new Finding("", "expected a text or a map from language to text, found "
                    + TypeNames.describe(node)));
        }
        if (node.isEmpty()) {
            return List.of(new Finding("", "expected a text or a map from language to text, found an empty mapping"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String language = entry.getKey();
            JsonNode value = entry.getValue();
            if (language.equals(OUTDATED)) {
                if (!value.isArray() || !value.valueStream().allMatch(v -> v.isString()
                        && LanguageTags.isWellFormed(v.asString()))) {
                    findings.add(new Finding(language, "expected a list of language codes, such as [en, ky]"));
                }
            } else if (!LanguageTags.isWellFormed(language)) {
                findings.add(new Finding(language, "'" + language + "' is not a language code (use en, ru, ky, sr-Cyrl, ...)"));
            } else if (!value.isString()) {
                findings.add(new Finding(language, "expected text, found " + TypeNames.describe(value)));
            } else if (value.asString().isEmpty()) {
                findings.add(new Finding(language, "must not be empty"));
            } else if (value.asString().length() > 20_000) {
                findings.add(new Finding(language, "is longer than 20000 characters"));
            }
        }
        return findings.isEmpty() ? List.of(new Finding("", "expected a text or a map from language to text"))
                : findings;
    }
}
