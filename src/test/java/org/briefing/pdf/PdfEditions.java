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
import org.briefing.html.EditionView;
import org.briefing.html.TemplateSet;
import org.briefing.html.XhtmlRenderer;
import org.briefing.load.LoadedModel;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.params.provider.Arguments;
import org.w3c.dom.Document;

/**
 * Every edition the PDF tests check: each language of each sample in {@code samples/} and of
 * each test model in {@code src/test/resources/models/}. Each PDF is rendered once per test run
 * and shared by the test classes.
 */
final class PdfEditions {
    static final Renderer RENDERER = Renderer.bundled("test");
    static final XhtmlRenderer XHTML = new XhtmlRenderer(TemplateSet.bundled());
    private static final ModelLoader LOADER = new ModelLoader(RENDERER.loadOptions());
    private static final Path TEST_MODELS = Path.of("src/test/resources/models");
    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    /** One edition: the model file's name, the language and the briefing. */
    record Edition(String model, String language, Briefing briefing) {
        byte[] pdf() {
            return RENDERED.computeIfAbsent(model + "/" + language,
                    key -> RENDERER.render(briefing, language, Format.PDF, Paper.A4));
        }

        /** The XHTML the PDF is laid out from. */
        Document xhtml() {
            return XHTML.render(EditionView.of(briefing, language, XHTML.messages(), Paper.A4.cssSize()));
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
        List<Path> models = new ArrayList<>(TestModels.samples());
        models.addAll(testModels());
        return editions(models);
    }

    /** The editions of the test models only: those the samples tests do not already read. */
    static Stream<Arguments> ofTestModels() throws IOException, ModelException {
        return editions(testModels());
    }

    private static Stream<Arguments> editions(List<Path> models) throws ModelException {
        List<Arguments> editions = new ArrayList<>();
        for (Path model : models) {
            LoadedModel loaded = LOADER.load(model);
            for (String language : loaded.briefing().languages()) {
                editions.add(Arguments.of(new Edition(model.getFileName().toString(), language, loaded.briefing())));
            }
        }
        return editions.stream();
    }

    /** The briefing of a model file. */
    static Briefing sample(Path file) throws ModelException {
        return LOADER.load(file).briefing();
    }

    /** The edition of a test model in {@code src/test/resources/models/}. */
    static Edition testModel(String file, String language) throws ModelException {
        return new Edition(file, language, LOADER.load(TEST_MODELS.resolve(file)).briefing());
    }

    private static List<Path> testModels() throws IOException {
        try (Stream<Path> files = Files.list(TEST_MODELS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
