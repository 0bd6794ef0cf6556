package org.briefing.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.briefing.load.LoadOptions;
import org.briefing.load.ModelLoader;
import org.briefing.model.Paragraphs;
import tools.jackson.databind.JsonNode;

/**
 * Any text an import can produce, put into any text of the samples, reads back as exactly that
 * text, and the lines around it are untouched. The seed is fixed so CI is repeatable.
 */
class ModelFileProperties {
    private static final ModelLoader LOADER = new ModelLoader(LoadOptions.defaults());
    private static final List<String> PIECES = List.of("word", "слово", "сөз", "a", " ", " ", " ", ": ", ":", "#",
            " #", "-", "- ", "'", "\"", "«", "»", "“", "”", "’", "\\", "|", ">", "&", "*", "!", "%", "@", "`", "{",
            "}", "[", "]", ",", "?", "~", "null", "true", "12", "0x1F", "\u00A0", "—", "…", "ё", "Ң", "\uD835\uDC00",
            "https://example.org/a?b=c#d", "\n\n", "longword".repeat(14));
    private static final List<String> FIELDS = List.of("title", "summary", "achievements[0]", "achievements[6]",
            "quotes[0].speaker", "quotes[0].text", "recommendations[2]", "background[1]", "links[1].label",
            "country.name", "source.publisher");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40).map(pieces -> String.join("", pieces))
                .map(ModelFileProperties::normalized).filter(text -> !text.isEmpty());
    }

    /** What DOCX and translation import give: paragraphs of single-spaced text, a blank line between. */
    private static String normalized(String text) {
        return String.join("\n\n", Paragraphs.of(text.replaceAll("[ \u00A0]+", " ")));
    }

    @Property(tries = 300, seed = "20261130", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void anyTextReadsBackExactlyAndOnlyItsLinesChange(@ForAll("texts") String text,
                                                     @ForAll("fields") String field,
                                                     @ForAll("languages") String language) throws Exception {
        Path dir = Files.createTempDirectory("edit");
        try {
            Path file = dir.resolve("kg.yaml");
            Files.copy(Path.of("samples/kyrgyzstan.yaml"), file);
            ModelFile before = ModelFile.read(file, LOADER);
            ModelFile after = before.edited(new ModelEdits().setText(field, language, text));
            JsonNode tree = LOADER.tree(file, after.bytes());
            String read = ModelEdits.at(tree, field + "." + language).asString();
            assertThat(Paragraphs.of(read)).isEqualTo(Paragraphs.of(text));
            YamlSource source = YamlSource.parse(before.text());
            var node = source.require(field + "." + language);
            String head = before.text().substring(0, source.lineStart(source.start(node)));
            String tail = before.text().substring(source.lineEnd(source.end(node)));
            assertThat(after.text()).startsWith(head).endsWith(tail);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(FIELDS);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "ru", "ky");
    }
}
