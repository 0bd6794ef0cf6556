package org.briefing.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.load.LoadOptions;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.markup.TextSyntax;
import org.briefing.model.Briefing;
import org.briefing.model.Paragraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ModelFileTest {
    private static final ModelLoader LOADER = new ModelLoader(LoadOptions.defaults().withAllowFallback(true));
    private static final Path SAMPLE = Path.of("samples/kyrgyzstan.yaml");

    @TempDir
    Path dir;

    private ModelFile sample() throws IOException, ModelException {
        Path copy = dir.resolve("kg.yaml");
        Files.copy(SAMPLE, copy);
        return ModelFile.read(copy, LOADER);
    }

    private static ModelFile file(Path dir, String text) throws IOException, ModelException {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, text);
        return ModelFile.read(file, LOADER);
    }

    private static Briefing briefing(ModelFile file) throws ModelException {
        return LOADER.load(file.file(), file.bytes()).briefing();
    }

    /** The lines of {@code after} that differ from {@code before}, as the changed line ranges of a line diff. */
    private static List<AbstractDelta<String>> changedLines(String before, String after) {
        return DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas();
    }

    @Test
    void changingOneFoldedTextChangesOnlyItsLines() throws Exception {
        ModelFile file = sample();
        String value = "A much increased number of trafficking investigations related to labor and sexual "
                + "exploitation, and of prosecutions that followed them in the courts of every region.";
        ModelFile edited = file.edited(new ModelEdits().setText("achievements[1]", "en", value));

        assertThat(briefing(edited).achievements().get(1).in("en")).hasValue(value);
        var deltas = changedLines(file.text(), edited.text());
        assertThat(deltas).hasSize(1);
        assertThat(deltas.get(0).getSource().getLines()).containsExactly(
                "  - en: An increased number of trafficking investigations related to labor and sexual exploitation.");
        assertThat(deltas.get(0).getTarget().getLines()).containsExactly(
                "  - en: >-",
                "      A much increased number of trafficking investigations related to labor and sexual",
                "      exploitation, and of prosecutions that followed them in the courts of every region.");
    }

    @Test
    void aShortTextStaysPlainAndAFoldedOneStaysFolded() throws Exception {
        ModelFile file = sample();
        ModelFile edited = file.edited(new ModelEdits()
                .setText("achievements[4]", "ru", "Наращивание усилий по защите жертв.")
                .setText("achievements[0]", "ky", "Кыска текст."));
        assertThat(edited.text()).contains("    ru: Наращивание усилий по защите жертв.\n")
                .contains("    ky: >-\n      Кыска текст.\n");
        assertThat(changedLines(file.text(), edited.text())).hasSize(2);
    }

    @Test
    void textsThatPlainYamlWouldMisreadAreQuoted() throws Exception {
        ModelFile file = sample();
        for (String value : List.of("Note: a colon", "yes", "123", "- a dash", "#hash", "ends with #1 # two",
                "\"quoted\" start", "null", "[brackets]", "it's", "@at", "tab\there", "  spaces  ")) {
            ModelFile edited = file.edited(new ModelEdits().setText("achievements[3]", "en", value));
            // (the sample is briefing/1: every character as typed, held escaped for the inline syntax)
            assertThat(briefing(edited).achievements().get(3).in("en")).as(value)
                    .hasValue(TextSyntax.LITERAL.read(value));
            assertThat(changedLines(file.text(), edited.text())).as(value).hasSize(1);
        }
    }

    @Test
    void severalParagraphsAreALiteralBlockWithABlankLineBetween() throws Exception {
        ModelFile file = sample();
        String value = "First paragraph of the background, long enough to wrap onto a second line of the model "
                + "file when it is written.\n\nSecond paragraph.";
        ModelFile edited = file.edited(new ModelEdits().setText("background[1]", "en", value));
        assertThat(Paragraphs.of(briefing(edited).background().get(1).in("en").orElseThrow()))
                .containsExactly(Paragraphs.of(value).toArray(String[]::new));
        assertThat(edited.text()).contains("""
                  - en: |-
                      First paragraph of the background, long enough to wrap onto a second line of the model
                      file when it is written.

                      Second paragraph.
                """);
    }

    @Test
    void aMissingLanguageIsAddedBesideTheOthersAndOutdatedMarksComeAndGo() throws Exception {
        ModelFile file = file(dir, """
                schema: briefing/1
                id: x
                country: {code: KG, name: {en: Kyrgyz Republic, ru: Кыргызская Республика}}
                languages: [en, ru, ky]
                date: 2020-06-25
                title: {en: Title, ru: Заголовок}
                achievements:
                  - en: One   # the first
                    ru: Один
                quotes: []
                recommendations: []
                """);
        ModelFile edited = file.edited(new ModelEdits()
                .setText("title", "ky", "Аталышы")
                .setText("country.name", "ky", "Кыргыз Республикасы")
                .setText("achievements[0]", "ky", "Бир")
                .setOutdated("achievements[0]", List.of("en", "ru")));
        assertThat(edited.text()).contains("title: {en: Title, ru: Заголовок, ky: Аталышы}")
                .contains("name: {en: Kyrgyz Republic, ru: Кыргызская Республика, ky: Кыргыз Республикасы}")
                .contains("""
                          - en: One   # the first
                            ru: Один
                            ky: Бир
                            outdated: [en, ru]
                        """);
        ModelFile cleared = edited.edited(new ModelEdits().setOutdated("achievements[0]", List.of()));
        assertThat(cleared.text()).doesNotContain("outdated");
        assertThat(changedLines(file.text(), cleared.text())).hasSize(3);
    }

    @Test
    void listsAreRearrangedWithTheirCommentsAndNewItemsTakeTheNeighboursIndentation() throws Exception {
        ModelFile file = file(dir, """
                schema: briefing/1
                id: x
                country: {code: KG, name: Kyrgyz Republic}
                languages: [en, ru]
                date: 2020-06-25
                title: {en: Title, ru: Заголовок}
                achievements:
                  # the first
                  - en: One
                    ru: Один
                  - en: Two   # second
                    ru: >-
                      Два

                  - en: Three
                    ru: Три
                quotes: []
                recommendations: []
                """);
        ObjectNode added = JsonNodeFactory.instance.objectNode().put("ru", "Четыре: новое");
        ModelFile edited = file.edited(new ModelEdits().arrangeList("achievements", List.of(
                new ModelEdits.ListEntry.Kept(2), new ModelEdits.ListEntry.Kept(0),
                new ModelEdits.ListEntry.Added(added))));
        assertThat(edited.text()).contains("""
                achievements:
                  # the first
                  - en: Three
                    ru: Три
                  - en: One
                    ru: Один

                  - ru: "Четыре: новое"
                quotes: []
                """);
        Briefing briefing = briefing(edited);
        assertThat(briefing.achievements()).extracting(t -> t.in("ru").orElseThrow())
                .containsExactly("Три", "Один", "Четыре: новое");
    }

    @Test
    void anEmptyListBecomesABlockListAndAnEmptiedOneBecomesBrackets() throws Exception {
        ModelFile file = sample();
        ObjectNode quote = JsonNodeFactory.instance.objectNode();
        quote.putObject("speaker").put("ky", "Дональд Лу");
        quote.putObject("text").put("ky", "Жаңы цитата.");
        ModelFile edited = file.edited(new ModelEdits()
                .arrangeList("recommendations", List.of())
                .arrangeList("quotes", List.of(new ModelEdits.ListEntry.Kept(0), new ModelEdits.ListEntry.Added(quote))));
        assertThat(edited.text()).contains("recommendations: []\n\nbackground:").contains("""
                  - speaker:
                      ky: Дональд Лу
                    text:
                      ky: Жаңы цитата.

                recommendations: []""");
        ModelFile refilled = edited.edited(new ModelEdits().arrangeList("recommendations",
                List.of(new ModelEdits.ListEntry.Added(JsonNodeFactory.instance.objectNode().put("en", "Act.")))));
        assertThat(refilled.text()).contains("recommendations:\n  - en: Act.\n\nbackground:");
    }

    @Test
    void aMissingOptionalTextOrListIsAdded() throws Exception {
        ModelFile file = file(dir, """
                schema: briefing/1
                id: x
                country: {code: KG, name: Kyrgyz Republic}
                languages: [en]
                date: 2020-06-25
                title: Title
                achievements: []
                quotes:
                  - speaker: Someone
                    text: Words.
                recommendations: []
                """);
        ModelFile edited = file.edited(new ModelEdits()
                .setText("quotes[0].role", "en", "Minister")
                .arrangeList("background", List.of(new ModelEdits.ListEntry.Added(
                        JsonNodeFactory.instance.objectNode().put("en", "Background.")))));
        assertThat(edited.text()).contains("""
                  - speaker: Someone
                    text: Words.
                    role:
                      en: Minister
                recommendations: []
                background:
                  - en: Background.
                """);
    }

    @Test
    void lineEndingsByteOrderMarkAndCharactersOutsideTheBasicPlaneAreKept() throws Exception {
        String text = "schema: briefing/1\r\nid: x\r\ncountry: {code: KG, name: \"\uD835\uDC00 Kyrgyz\"}\r\n"
                + "languages: [en]\r\ndate: 2020-06-25\r\ntitle: Title\r\nachievements:\r\n  - One\r\n"
                + "quotes: []\r\nrecommendations: []\r\n";
        Path path = dir.resolve("bom.yaml");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(path, bytes);
        ModelFile edited = ModelFile.read(path, LOADER).edited(new ModelEdits()
                .setValue("title", "New title")
                .arrangeList("achievements", List.of(new ModelEdits.ListEntry.Kept(0),
                        new ModelEdits.ListEntry.Added(JsonNodeFactory.instance.stringNode("Two")))));
        edited.write();
        byte[] written = Files.readAllBytes(path);
        assertThat(java.util.Arrays.copyOf(written, 3)).isEqualTo(bom);
        String result = new String(written, 3, written.length - 3, StandardCharsets.UTF_8);
        assertThat(result).isEqualTo(text.replace("title: Title", "title: New title")
                .replace("  - One\r\n", "  - One\r\n  - Two\r\n"));
    }

    @Test
    void anAliasedValueIsRefusedAndTheFileStaysAsItWas() throws Exception {
        ModelFile file = file(dir, """
                schema: briefing/1
                id: x
                country: {code: KG, name: &name Kyrgyz Republic}
                languages: [en]
                date: 2020-06-25
                title: *name
                achievements: []
                quotes: []
                recommendations: []
                """);
        assertThatThrownBy(() -> file.edited(new ModelEdits().setValue("title", "Other")))
                .isInstanceOf(EditException.class).hasMessageContaining("alias");
    }

    @Test
    void aFileChangedOnDiskMeanwhileIsNotOverwritten() throws Exception {
        ModelFile file = sample();
        ModelFile edited = file.edited(new ModelEdits().setValue("source.url", "https://example.org/"));
        Files.writeString(file.file(), file.text() + "# saved by someone else\n");
        assertThatThrownBy(edited::write).isInstanceOf(IOException.class).hasMessageContaining("changed on disk");
        assertThat(Files.readString(file.file())).endsWith("# saved by someone else\n");
    }
}
