package org.briefing.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed model file: its tree (as JSON, for the schema) and where each field and each key
 * started in the file, by field path ({@code links[1].url}).
 */
record YamlDocument(JsonNode root, Map<String, Position> valuePositions, Map<String, Position> keyPositions) {

    Position positionOf(String path) {
        Position at = valuePositions.get(path);
        return at != null ? at : Position.UNKNOWN;
    }

    /** Where the key of {@code path} is written, else where its value is. */
    Position keyPositionOf(String path) {
        Position at = keyPositions.get(path);
        return at != null ? at : positionOf(path);
    }

    static String child(String parent, String key) {
        return org.briefing.model.FieldPath.child(parent, key);
    }

    static String item(String parent, int index) {
        return org.briefing.model.FieldPath.item(parent, index);
    }
}
