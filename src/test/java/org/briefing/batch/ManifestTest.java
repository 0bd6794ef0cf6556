package org.briefing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path root;

    private Manifest.Entry entry(String path) {
        return new Manifest.Entry(path, "../models/m.yaml", "en", "pdf", "1".repeat(64), "2".repeat(64));
    }

    @Test
    void writesSortedEntriesOfExistingFilesAndReadsThemBack() throws Exception {
        Files.createDirectories(root.resolve("kg"));
        Files.writeString(root.resolve("kg/b.en.pdf"), "b");
        Files.writeString(root.resolve("kg/a.en.pdf"), "a");
        Manifest.write(root, "1.2.3", List.of(entry("kg/b.en.pdf"), entry("kg/gone.en.pdf"), entry("kg/a.en.pdf")));

        Map<String, Manifest.Entry> read = Manifest.read(root, warning -> {
            throw new AssertionError(warning);
        });

        assertThat(read.keySet()).containsExactly("kg/a.en.pdf", "kg/b.en.pdf");
        assertThat(read.get("kg/a.en.pdf")).isEqualTo(entry("kg/a.en.pdf"));
        assertThat(Files.readString(root.resolve("manifest.json"))).contains("\"toolVersion\" : \"1.2.3\"");
    }

    @Test
    void anUnreadableManifestIsReportedAndTreatedAsEmpty() throws Exception {
        Files.writeString(root.resolve("manifest.json"), "{ not json");
        List<String> warnings = new ArrayList<>();
        assertThat(Manifest.read(root, warnings::add)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("manifest.json: cannot be read");
    }

    @Test
    void entriesPointingOutsideTheOutputFolderAreIgnored() throws Exception {
        Files.writeString(root.resolve("manifest.json"), """
                {"manifestVersion": 1, "outputs": [
                  {"path": "../../etc/passwd", "outputSha256": "x"},
                  {"path": "kg/a.en.pdf", "outputSha256": "y"}]}
                """);
        assertThat(Manifest.read(root, warning -> { }).keySet()).containsExactly("kg/a.en.pdf");
    }

    @Test
    void noManifestIsCreatedWhenThereIsNothingToList() throws Exception {
        Manifest.write(root, "1", List.of(entry("kg/gone.en.pdf")));
        assertThat(root.resolve("manifest.json")).doesNotExist();
    }
}
