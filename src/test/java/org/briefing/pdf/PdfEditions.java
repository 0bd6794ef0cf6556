package org.briefing.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.briefing.TestModels;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every edition the PDF tests check: each language of each sample in {@code samples/} and of
 * each test model in {@code src/test/resources/models/}. Each PDF is rendered once per test run
 * and shared by the test classes.
 */
final class PdfEditions {
    static final Renderer RENDERER = Renderer.bundled("test");
    private static final ModelLoader LOADER = new ModelLoader(RENDERER.loadOptions());
    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    /** One edition: the model file's name, the language and the briefing. */
    record Edition(String model, String language, Briefing briefing) {
        byte[] pdf() {
            return RENDERED.computeIfAbsent(model + "/" + language,
                    key -> RENDERER.render(briefing, language, Format.PDF, Paper.A4));
        }

        @Override
        public String toString() {
            return model + " " + language;
        }
    }

    private PdfEditions() {
    }

    /** The editions as JUnit arguments, one {@link Edition} each. */
    static Stream<Arguments> all() throws IOException, ModelException {
        List<Arguments> editions = new ArrayList<>();
        for (Path model : models()) {
            LoadedModel loaded = LOADER.load(model);
            for (String language : loaded.briefing().languages()) {
                editions.add(Arguments.of(new Edition(model.getFileName().toString(), language, loaded.briefing())));
            }
        }
        return editions.stream();
    }

    static Briefing load(String testModel) throws ModelException {
        return LOADER.load(Path.of("src/test/resources/models", testModel)).briefing();
    }

    private static List<Path> models() throws IOException {
        List<Path> models = new ArrayList<>(TestModels.samples());
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/models"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(models::add);
        }
        return models;
    }
}
