package org.briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.TestModels;

/**
 * A generated set of models for batch benchmarks: the samples over and over, each copy with
 * its own id, so every copy is a distinct briefing with real text in real languages.
 */
public final class ModelSet {
    private ModelSet() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[1]);
        write(Path.of(args[0]), count);
        System.out.println(count + " models in " + args[0]);
    }

    /** Writes {@code count} models into {@code folder}; returns their documents per format. */
    public static int write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<Path> samples = TestModels.samples();
        // the pictures the samples show, beside the copies as beside the samples
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int editions = 0;
        for (int i = 0; i < count; i++) {
            Path sample = samples.get(i % samples.size());
            String yaml = Files.readString(sample, StandardCharsets.UTF_8);
            String copy = yaml.replaceFirst("(?m)^id: (\\S+)", "id: $1-copy-" + i);
            Files.writeString(folder.resolve(i + "-" + sample.getFileName()), copy, StandardCharsets.UTF_8);
            editions += languages(yaml);
        }
        return editions;
    }

    private static int languages(String yaml) {
        String line = yaml.lines().filter(l -> l.startsWith("languages:")).findFirst().orElseThrow();
        return line.split(",").length;
    }
}
