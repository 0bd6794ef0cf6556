package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}): each file's first line says
 * what must be reported, {@code # expect: LINE:COLUMN: path: message}. Every case must exit 1
 * with that one line and write nothing.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    @TempDir
    Path dir;

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithItsPositionAndWritesNothing(Path model) throws IOException {
        String expectation = expectation(model);
        Path out = dir.resolve("out");
        CliTest.Run run = CliTest.run("render", model.toString(), "-o", out.toString(), "-f", "pdf,html");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as("one line per problem, no stack trace").allMatch(l -> l.startsWith(model + ":"));
        assertThat(lines.get(0)).startsWith(model + ":" + expectation);
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateSaysTheSame(Path model) throws IOException {
        CliTest.Run run = CliTest.run("validate", model.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines().findFirst().orElse("")).startsWith(model + ":" + expectation(model));
    }

    private static String expectation(Path model) throws IOException {
        byte[] bytes = Files.readAllBytes(model);
        String first = new String(bytes, 0, indexOf(bytes, (byte) '\n'), StandardCharsets.UTF_8);
        assertThat(first).as("corpus file starts with '# expect: '").startsWith("# expect: ");
        return first.substring("# expect: ".length());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }
}
