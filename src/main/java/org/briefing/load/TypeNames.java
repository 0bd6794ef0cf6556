package org.briefing.load;

import tools.jackson.databind.JsonNode;

/** JSON Schema type names in the words a model author uses. */
final class TypeNames {
    private TypeNames() {
    }

    static String of(String schemaType) {
        return switch (schemaType) {
            case "string" -> "text";
            case "array" -> "a list";
            case "object" -> "a mapping (key: value lines)";
            case "integer", "number" -> "a number";
            case "boolean" -> "true or false";
            default -> schemaType;
        };
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing (an empty value)";
        }
        if (node.isString()) {
            return "text";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        return "a number";
    }
}
