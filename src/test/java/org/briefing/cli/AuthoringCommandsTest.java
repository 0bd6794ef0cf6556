package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class AuthoringCommandsTest {
    @TempDir
    Path dir;

    @Test
    void initWritesAModelThatOnlyLacksItsTexts() throws Exception {
        Path file = dir.resolve("kg.yaml");
        CliTest.Run init = CliTest.run("init", "--country", "KG", "--languages", "en,ru,ky", file.toString());
        assertThat(init.code()).as(init.err()).isZero();
        String yaml = Files.readString(file);
        assertThat(yaml).contains("id: kg-briefing-").contains("languages: [en, ru, ky]")
                .contains("ru: \"Киргизия\"").contains("# ").contains("yaml-language-server: $schema=");

        CliTest.Run validate = CliTest.run("validate", file.toString());
        assertThat(validate.code()).isEqualTo(1);
        List<String> problems = validate.err().lines().toList();
        assertThat(problems).isNotEmpty().allSatisfy(line -> assertThat(line).endsWith(": must not be empty"));
        assertThat(problems).anySatisfy(line -> assertThat(line).contains(": title.ky: must not be empty"));
        assertThat(problems).anySatisfy(line -> assertThat(line).contains(": quotes[0].speaker.ru: must not be empty"));

        String filled = yaml.replace("\"\"", "\"Text\"");
        Files.writeString(file, filled);
        CliTest.Run again = CliTest.run("validate", file.toString());
        assertThat(again.code()).as(again.err()).isZero();
    }

    @Test
    void initPointsEditorsAtTheShippedSchema() throws Exception {
        Path file = dir.resolve("kz.yaml");
        CliTest.run("init", "--country", "KZ", "--languages", "kk,ru", "--id", "kz-test", file.toString());
        String line = Files.readString(file).lines().filter(l -> l.contains("$schema=")).findFirst().orElseThrow();
        Path schema = dir.resolve(line.substring(line.indexOf('=') + 1)).normalize();
        assertThat(schema).isRegularFile().hasFileName("briefing.schema.json");
    }

    @Test
    void initNeverOverwritesWithoutForce() throws Exception {
        Path file = TestModels.write(dir, "m.yaml", "keep me");
        CliTest.Run run = CliTest.run("init", "--country", "KG", "--languages", "en", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void initRefusesAnUnknownCountry() {
        CliTest.Run run = CliTest.run("init", "--country", "XQ", "--languages", "en", dir.resolve("x.yaml").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'XQ' is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void translationsListsWhatIsMissingPerLanguage() throws Exception {
        Path model = TestModels.write(dir, "m.yaml", TestModels.VALID
                .replace(", ky: Биринчи жетишкендик", "")
                .replace(", ky: Биз үмүттөнөбүз.", "")
                .replace(", ru: Доклад", ""));
        CliTest.Run run = CliTest.run("translations", model.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("m\\.yaml\\s+ky\\s+2\\s+0\\s+achievements\\[0\\], quotes\\[0\\]\\.text")
                .containsPattern("m\\.yaml\\s+ru\\s+1\\s+0\\s+links\\[0\\]\\.label");
    }

    @Test
    void translationsListsOutdatedTranslationsToo() throws Exception {
        Path model = TestModels.write(dir, "m.yaml", TestModels.VALID
                .replace(", ky: Биринчи жетишкендик", ", ky: Биринчи жетишкендик, outdated: [ru, ky]"));
        CliTest.Run run = CliTest.run("translations", model.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("m\\.yaml\\s+ru\\s+0\\s+1\\s+achievements\\[0\\] \\(outdated\\)")
                .containsPattern("m\\.yaml\\s+ky\\s+0\\s+1\\s+achievements\\[0\\] \\(outdated\\)");
        CliTest.Run validate = CliTest.run("validate", model.toString());
        assertThat(validate.code()).isZero();
        assertThat(validate.err()).contains("achievements[0].ru: outdated translation");
    }

    @Test
    void anOutdatedMarkForALanguageTheTextLacksIsAnError() throws Exception {
        Path model = TestModels.write(dir, "m.yaml", TestModels.VALID
                .replace(", ky: Биринчи жетишкендик", ", ky: Биринчи жетишкендик, outdated: [de]"));
        CliTest.Run run = CliTest.run("validate", model.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("achievements[0].outdated[0]: 'de' has no text here, so it cannot be outdated");
    }

    @Test
    void translationsAsJson() throws Exception {
        Path model = TestModels.write(dir, "m.yaml", TestModels.VALID.replace(", ky: Биринчи жетишкендик", ""));
        CliTest.Run run = CliTest.run("translations", "--json", model.toString(), "samples/kyrgyzstan.yaml");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("models")).hasSize(2);
        JsonNode first = json.get("models").get(0);
        assertThat(first.get("complete").asBoolean()).isFalse();
        assertThat(first.get("missing").get("ky").get(0).asString()).isEqualTo("achievements[0]");
        assertThat(json.get("models").get(1).get("complete").asBoolean()).isTrue();
    }
}
