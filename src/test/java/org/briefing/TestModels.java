package org.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Models for tests: a small valid one to mutate, and the shipped samples. */
public final class TestModels {
    private TestModels() {
    }

    /** A valid model in en, ru and ky; line numbers matter to tests that check positions. */
    public static final String VALID = """
            schema: briefing/1
            id: kg-test
            country:
              code: KG
              name: {en: Kyrgyz Republic, ru: Кыргызская Республика, ky: Кыргыз Республикасы}
            languages: [en, ru, ky]
            date: 2020-06-25
            classification: UNCLASSIFIED
            title: {en: Progress on trafficking, ru: Прогресс в борьбе с торговлей людьми, ky: Адам сатууга каршы күрөштөгү жетишкендиктер}
            summary: {en: A short summary., ru: Краткое содержание., ky: Кыскача мазмуну.}
            achievements:
              - {en: First achievement, ru: Первое достижение, ky: Биринчи жетишкендик}
            quotes:
              - speaker: Donald Lu
                role: {en: Ambassador, ru: Посол, ky: Элчи}
                text: {en: We hope., ru: Мы надеемся., ky: Биз үмүттөнөбүз.}
            recommendations:
              - {en: Investigate vigorously, ru: Активно расследовать, ky: Активдүү тергөө}
            links:
              - label: {en: Report, ru: Доклад, ky: Баяндама}
                url: https://example.org/report
            """;

    public static Path write(Path folder, String name, String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A copy of the sample at {@code target}, with the files beside it that samples show (their
     * pictures), so it loads as it does in samples/.
     */
    public static Path copySample(Path sample, Path target) throws IOException {
        Files.copy(sample, target);
        try (Stream<Path> files = Files.list(sample.toAbsolutePath().getParent())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                Path beside = target.toAbsolutePath().getParent().resolve(file.getFileName());
                if (!Files.exists(beside)) {
                    Files.copy(file, beside);
                }
            }
        }
        return target;
    }

    /** The repository's samples/*.yaml, sorted. */
    public static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
