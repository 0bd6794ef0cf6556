package org.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** docs/model.md and the JSON Schema describe the same fields, and its example is a valid model. */
class ModelReferenceTest {
    private static final Path REFERENCE = Path.of("docs/model.md");
    private static final Pattern FIELD_HEADING = Pattern.compile("^#{3,4} `([a-z_.\\[\\]]+)`", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void everyFieldOfTheSchemaIsDescribedAndNoOther() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("schema/briefing.schema.json")));
        Set<String> inSchema = new TreeSet<>();
        fields(schema, "", inSchema);
        Set<String> described = new TreeSet<>();
        Matcher heading = FIELD_HEADING.matcher(Files.readString(REFERENCE));
        while (heading.find()) {
            described.add(heading.group(1));
        }
        assertThat(described).isEqualTo(inSchema);
    }

    @Test
    void theExampleIsAValidModel() throws Exception {
        String reference = Files.readString(REFERENCE);
        int start = reference.indexOf("```yaml\n# yaml-language-server");
        String example = reference.substring(reference.indexOf('\n', start) + 1, reference.indexOf("```", start + 7));
        Path model = Files.writeString(dir.resolve("example.yaml"), example);
        LoadedModel loaded = new ModelLoader(Renderer.bundled("test").loadOptions()).load(model);
        assertThat(loaded.briefing().facts().rows()).hasSize(1);
        assertThat(loaded.warnings()).isEmpty();
    }

    /** The field paths under {@code node}: {@code source.url}, {@code quotes[].speaker}, ... */
    private static void fields(JsonNode node, String path, Set<String> out) {
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (var property : properties.properties()) {
                String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                out.add(field);
                fields(property.getValue(), field, out);
            }
        }
        JsonNode items = node.get("items");
        if (items != null && items.has("properties")) {
            fields(items, path + "[]", out);
        }
    }
}
