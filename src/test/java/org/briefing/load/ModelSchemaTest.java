package org.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The schema is what editors show authors: every field explained, with an example. */
class ModelSchemaTest {
    @Test
    void everyFieldHasADescriptionAndAnExample() {
        JsonNode schema = new ModelSchema().raw();
        List<String> lacking = new ArrayList<>();
        collect(schema, "", lacking);
        assertThat(lacking).as("fields without description or examples").isEmpty();
    }

    private static void collect(JsonNode node, String path, List<String> lacking) {
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> field : properties.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!field.getValue().has("description") || !field.getValue().has("examples")) {
                    lacking.add(fieldPath);
                }
                collect(field.getValue(), fieldPath, lacking);
            }
        }
        if (node.has("items")) {
            collect(node.get("items"), path + "[]", lacking);
        }
    }
}
