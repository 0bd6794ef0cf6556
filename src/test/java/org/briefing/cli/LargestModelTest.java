package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.TestModels;
import org.briefing.load.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise: a model at the limits renders in every format in the launcher's smallest
 * heap (512 MiB), whether its text is one edition or several made side by side, and a batch asked
 * for far more threads than the heap can keep stays within it.
 */
class LargestModelTest {
    private static final int TEXT = 20_000;

    @TempDir
    Path dir;

    /** A valid model with {@code entries} texts of 20,000 characters in each language. */
    private Path largest(String id, List<String> languages, int entries) throws Exception {
        StringBuilder yaml = new StringBuilder("schema: briefing/1\nid: ").append(id).append("\ncountry:\n  code: KG\n")
                .append("  name: ").append(each(languages, "Kyrgyz Republic")).append('\n')
                .append("languages: [").append(String.join(", ", languages)).append("]\ndate: 2020-06-25\n")
                .append("title: ").append(each(languages, "Largest")).append('\n')
                .append("summary: ").append(each(languages, "Summary")).append('\n')
                .append("quotes: []\nrecommendations:\n  - ").append(each(languages, "Recommendation")).append('\n')
                .append("achievements:\n");
        String words = "trafficking victims progress government investigation shelter court law ";
        String text = words.repeat(TEXT / words.length() + 1).substring(0, TEXT - 1).strip() + ".";
        for (int i = 0; i < entries; i++) {
            yaml.append("  - ").append(each(languages, text)).append('\n');
        }
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("within the file limit").isLessThanOrEqualTo(Limits.DEFAULT.maxBytes());
        return Files.write(dir.resolve(id + ".yaml"), bytes);
    }

    private static void assertNearTheTextLimit(int texts) {
        assertThat((long) texts * TEXT).isGreaterThan(Limits.DEFAULT.maxText() * 9L / 10)
                .isLessThanOrEqualTo(Limits.DEFAULT.maxText());
    }

    private static String each(List<String> languages, String text) {
        StringBuilder map = new StringBuilder("{");
        for (String language : languages) {
            map.append(map.length() > 1 ? ", " : "").append(language).append(": \"").append(text).append('"');
        }
        return map.append('}').toString();
    }

    @Test
    void oneEditionOfAllTheTextRendersInTheSmallestHeap() throws Exception {
        Path model = largest("kg-one", List.of("en"), 100);
        assertNearTheTextLimit(100);
        RunningCommand.Result render = new BriefingProcess(dir).heap("512m").run("render", model.toString(),
                "-o", dir.resolve("out").toString(), "-f", "pdf,docx,html");
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(dir.resolve("out/kg/kg-one.en.pdf")).isRegularFile();
    }

    @Test
    void threeEditionsSideBySideRenderInTheSmallestHeap() throws Exception {
        Path model = largest("kg-three", List.of("en", "ru", "ky"), 34);
        assertNearTheTextLimit(3 * 34);
        RunningCommand.Result render = new BriefingProcess(dir).heap("512m").run("render", model.toString(),
                "-o", dir.resolve("out").toString(), "-f", "pdf,docx,html");
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(render.out().lines()).hasSize(9);
    }

    /**
     * Before, every thread asked for rendered at once: 192 threads in a small heap thrashed in
     * garbage collection until documents failed with OutOfMemoryError. The heap here is a quarter
     * of the launcher's smallest, so that forty ordinary models stand for a larger batch.
     */
    @Test
    void aBatchAskedForFarMoreThreadsThanTheHeapCanKeepStaysWithinIt() throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        String summary = "Progress against trafficking continued. ".repeat(150).strip();
        for (int i = 0; i < 40; i++) {
            TestModels.write(models, "m-" + i + ".yaml", TestModels.VALID.replace("id: kg-test", "id: kg-test-" + i)
                    .replace("A short summary.", summary));
        }
        RunningCommand.Result batch = new BriefingProcess(dir).heap("128m").run("batch", models.toString(),
                "-o", dir.resolve("out").toString(), "-f", "pdf,docx", "-j", "192");
        assertThat(batch.code()).as(batch.err()).isZero();
        assertThat(batch.out()).startsWith("240 made, ");
    }
}
