package org.briefing.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.TestModels;
import org.briefing.files.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Model folders, manifests and output listings for batch tests. */
final class BatchFixture {
    private BatchFixture() {
    }

    /** The repository's samples copied into {@code folder}. */
    static Path copySamples(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Path sample : TestModels.samples()) {
            TestModels.copySample(sample, folder.resolve(sample.getFileName()));
        }
        return folder;
    }

    static JsonNode manifest(Path output) throws IOException {
        return JsonMapper.shared().readTree(Files.readAllBytes(output.resolve("manifest.json")));
    }

    /** The manifest's entry for {@code relative}, or a missing node. */
    static JsonNode entry(Path output, String relative) throws IOException {
        for (JsonNode entry : manifest(output).path("outputs")) {
            if (entry.path("path").asString().equals(relative)) {
                return entry;
            }
        }
        return manifest(output).path("no such entry");
    }

    static String sha256(Path file) throws IOException {
        return Sha256.of(Files.readAllBytes(file));
    }

    /** Every regular file under {@code folder}, relative and {@code /}-separated, sorted. */
    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> names = new ArrayList<>();
            walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted().forEach(names::add);
            return names;
        }
    }
}
