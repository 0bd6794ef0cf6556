package org.briefing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.output.OutputFolder;
import org.junit.jupiter.api.Test;

class ManifestTest extends InOutputFolder {
    private static Manifest.Entry entry(String path) {
        return new Manifest.Entry(path, "../models/m.yaml", "en", "pdf", "1".repeat(64), "2".repeat(64),
                new Manifest.Inputs("3".repeat(64), "t".repeat(64), "f".repeat(64), null, "1.2.3", "A4", false));
    }

    private static Manifest.Contents contents(Manifest.Entry... entries) {
        Manifest.Contents contents = Manifest.Contents.empty();
        for (Manifest.Entry entry : entries) {
            contents.entries().put(entry.path(), entry);
        }
        contents.templateSets().put("t".repeat(64), Map.of("briefing.html", "4".repeat(64)));
        contents.templateSets().put("unused", Map.of("briefing.html", "5".repeat(64)));
        contents.fontSets().put("f".repeat(64), Map.of("serif.ttf", "6".repeat(64)));
        return contents;
    }

    private static List<String> warnings(OutputFolder folder) {
        List<String> warnings = new ArrayList<>();
        Manifest.read(folder, warnings::add);
        return warnings;
    }

    @Test
    void writesSortedEntriesOfExistingFilesAndReadsThemBack() throws Exception {
        Files.createDirectories(root.resolve("kg"));
        Files.writeString(root.resolve("kg/b.en.pdf"), "b");
        Files.writeString(root.resolve("kg/a.en.pdf"), "a");
        Manifest.write(folder, "1.2.3", contents(entry("kg/b.en.pdf"), entry("kg/gone.en.pdf"), entry("kg/a.en.pdf")));

        Manifest.Contents read = Manifest.read(folder, warning -> {
            throw new AssertionError(warning);
        });

        assertThat(read.entries().keySet()).containsExactly("kg/a.en.pdf", "kg/b.en.pdf");
        assertThat(read.entries().get("kg/a.en.pdf")).isEqualTo(entry("kg/a.en.pdf"));
        assertThat(Files.readString(root.resolve("manifest.json"))).contains("\"toolVersion\" : \"1.2.3\"");
    }

    /** Which model version and which template files made an output can be told from the manifest alone. */
    @Test
    void recordsEachInputAndTheFilesOfTheSetsTheEntriesName() throws Exception {
        Files.writeString(Files.createDirectories(root.resolve("kg")).resolve("a.en.pdf"), "a");
        Manifest.write(folder, "1.2.3", contents(entry("kg/a.en.pdf")));

        Manifest.Contents read = Manifest.read(folder, warning -> { });
        assertThat(read.entries().get("kg/a.en.pdf").inputs().model()).isEqualTo("3".repeat(64));
        assertThat(read.templateSets()).containsOnlyKeys("t".repeat(64));
        assertThat(read.templateSets().get("t".repeat(64))).containsEntry("briefing.html", "4".repeat(64));
        assertThat(read.fontSets().get("f".repeat(64))).containsEntry("serif.ttf", "6".repeat(64));
    }

    @Test
    void anUnreadableManifestIsReportedAndTreatedAsEmpty() throws Exception {
        Files.writeString(root.resolve("manifest.json"), "{ not json");
        List<String> warnings = new ArrayList<>();
        assertThat(Manifest.read(folder, warnings::add).entries()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("manifest.json: cannot be read");
    }

    /** Before, a 1 GiB manifest was read whole: OutOfMemoryError and a stack trace. */
    @Test
    void aManifestLargerThanTheLimitIsNotReadButReported() throws Exception {
        try (RandomAccessFile huge = new RandomAccessFile(root.resolve("manifest.json").toFile(), "rw")) {
            huge.setLength(1L << 30); // sparse: no disk is used
        }
        assertThat(warnings(folder)).singleElement().asString()
                .contains("manifest.json: cannot be read (more than the limit of " + Manifest.MAX_BYTES + " bytes)")
                .endsWith("existing outputs are treated as possibly edited");
    }

    @Test
    void outputsThatAreNotAListAreReported() throws Exception {
        Files.writeString(root.resolve("manifest.json"), "{\"manifestVersion\": 1, \"outputs\": {\"kg/a.en.pdf\": {}}}");
        assertThat(warnings(folder)).singleElement().asString()
                .contains("manifest.json: its \"outputs\" is not a list");
    }

    @Test
    void aFolderWhereTheManifestShouldBeIsReportedAndCannotBeWrittenOver() throws Exception {
        Files.createDirectories(root.resolve("manifest.json"));
        Files.writeString(Files.createDirectories(root.resolve("kg")).resolve("a.en.pdf"), "a");
        assertThat(warnings(folder)).singleElement().asString().contains("manifest.json: cannot be read");
        assertThatThrownBy(() -> Manifest.write(folder, "1", contents(entry("kg/a.en.pdf"))))
                .isInstanceOf(IOException.class).hasMessageContaining("a folder where an output file should be");
    }

    @Test
    void entriesPointingOutsideTheOutputFolderAreIgnored() throws Exception {
        Files.writeString(root.resolve("manifest.json"), """
                {"manifestVersion": 1, "outputs": [
                  {"path": "../../etc/passwd", "outputSha256": "x"},
                  {"path": "kg/a.en.pdf", "outputSha256": "y"}]}
                """);
        assertThat(Manifest.read(folder, warning -> { }).entries().keySet()).containsExactly("kg/a.en.pdf");
    }

    @Test
    void noManifestIsCreatedWhenThereIsNothingToList() throws Exception {
        Manifest.write(folder, "1", contents(entry("kg/gone.en.pdf")));
        assertThat(root.resolve("manifest.json")).doesNotExist();
    }
}
