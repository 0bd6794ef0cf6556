package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.briefing.TestModels;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;

/**
 * Bounded fuzzing: samples mutated with YAML-significant edits go through load and render. The
 * only acceptable failure is the tool's own {@link ModelException} with a positioned message;
 * anything else (a crash, a stack trace a user would see) fails. The seed is fixed so CI is
 * repeatable; run with {@code -Djqwik.seeds.whenfixed=ALLOW} and another seed to explore further.
 * Inputs that once crashed live on as cases in {@code src/test/resources/hostile}.
 */
class MutatedModelFuzzTest {
    private static final Renderer RENDERER = Renderer.bundled("fuzz");
    private static final ModelLoader LOADER = new ModelLoader(RENDERER.loadOptions().withAllowFallback(true));
    private static final List<String> TOKENS = List.of(":", ": ", "- ", "{", "}", "[", "]", ",", "&a ", "*a",
            "!!str ", "!x ", "\t", "\"", "'", "#", "\n", "\n  ", "  ", "---\n", "...\n", "|\n", ">-\n", "? ",
            "\\u0000", "\\x41", "%YAML 1.2\n", "~", "null", "true", "0x1F", "1e309", "<b>", "${x}", "\u202E",
            "\uFEFF", "\uD83D\uDE00", "й", "ң", "\u0301", "\r", "\r\n", "en", "ky", "achievements", "languages",
            "2020-02-30", "https://", "<<: *a", "\\", "|", "%", "%zz", "`");

    private record Mutation(int kind, double where, int length, String token) {
    }

    @Provide
    Arbitrary<byte[]> mutatedModels() {
        Arbitrary<String> base = Arbitraries.of(baseModels());
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 40),
                Arbitraries.of(TOKENS)).as(Mutation::new);
        return Combinators.combine(base, mutation.list().ofMinSize(1).ofMaxSize(6))
                .as(MutatedModelFuzzTest::apply);
    }

    @Property(tries = 400, seed = "20261128", shrinking = ShrinkingMode.BOUNDED,
            edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void loadAndRenderFailOnlyWithTheToolsOwnErrors(@ForAll("mutatedModels") byte[] model) {
        LoadedModel loaded;
        try {
            loaded = LOADER.load(Path.of("fuzz.yaml"), model);
        } catch (ModelException e) {
            Statistics.collect("refused");
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\n");
            });
            return;
        }
        Statistics.collect("rendered");
        String language = loaded.briefing().languages().get(loaded.briefing().languages().size() - 1);
        assertThat(RENDERER.render(loaded.briefing(), language, Format.PDF, Paper.A4)).isNotEmpty();
        assertThat(RENDERER.render(loaded.briefing(), language, Format.HTML, Paper.A4)).isNotEmpty();
        assertThat(RENDERER.render(loaded.briefing(), language, Format.DOCX, Paper.A4)).isNotEmpty();
    }

    private static byte[] apply(String base, List<Mutation> mutations) {
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            int at = (int) (m.where() * bytes.length);
            int end = Math.min(bytes.length, at + m.length());
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
            out.write(bytes, 0, at);
            switch (m.kind()) {
                case 0 -> { // insert a token
                    out.writeBytes(m.token().getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, at, bytes.length - at);
                }
                case 1 -> out.write(bytes, end, bytes.length - end); // delete a run
                case 2 -> { // replace a run with a token
                    out.writeBytes(m.token().getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, end, bytes.length - end);
                }
                default -> { // flip a byte: may break UTF-8
                    out.write(bytes, at, bytes.length - at);
                    byte[] flipped = out.toByteArray();
                    if (at < flipped.length) {
                        flipped[at] ^= (byte) (1 << (m.length() % 8));
                    }
                    bytes = flipped;
                    continue;
                }
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }

    private static List<String> baseModels() {
        List<String> models = new ArrayList<>(List.of(TestModels.VALID));
        try {
            for (Path sample : TestModels.samples()) {
                models.add(Files.readString(sample));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return models;
    }
}
