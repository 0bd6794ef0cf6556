package org.briefing.preview;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.load.LoadedModel;
import org.briefing.load.Problem;
import org.briefing.model.Briefing;
import org.briefing.render.FailureText;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;

/**
 * The preview's state after one load of the sources: either a model ready to render, or the
 * problems that keep it from being shown. Immutable but for a cache of the HTML editions, so a
 * page and its frame see the same load even when a save lands in between.
 */
final class Snapshot {
    private final String generation;
    private final LoadedModel model;
    private final List<Problem> problems;
    private final Renderer renderer;
    private final Paper paper;
    private final Map<String, Edition> editions = new ConcurrentHashMap<>();

    /** One edition as HTML, or why it could not be rendered. */
    record Edition(byte[] html, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private Snapshot(String generation, LoadedModel model, List<Problem> problems, Renderer renderer, Paper paper) {
        this.generation = generation;
        this.model = model;
        this.problems = List.copyOf(problems);
        this.renderer = renderer;
        this.paper = paper;
    }

    static Snapshot ready(String generation, LoadedModel model, Renderer renderer, Paper paper) {
        return new Snapshot(generation, model, model.warnings(), renderer, paper);
    }

    static Snapshot broken(String generation, List<Problem> problems) {
        return new Snapshot(generation, null, problems, null, null);
    }

    /** Changes with every load; the page polls it to know when to reload. */
    String generation() {
        return generation;
    }

    boolean isReady() {
        return model != null;
    }

    /** Errors when not ready; warnings (fallbacks and the like) when ready. */
    List<Problem> problems() {
        return problems;
    }

    /** Only when ready. */
    Briefing briefing() {
        return model.briefing();
    }

    boolean hasLanguage(String language) {
        return isReady() && briefing().languages().contains(language);
    }

    /** Only when ready: the edition title, in the default language where a translation is missing. */
    String title(String language) {
        Briefing briefing = briefing();
        return briefing.title().in(language).or(() -> briefing.title().in(briefing.defaultLanguage())).orElse("");
    }

    /** Only when ready: what the renderer has to say about this edition (labels in English, say). */
    List<String> renderWarnings(String language) {
        return renderer.warnings(briefing(), language);
    }

    /** Only when ready: the HTML edition, rendered once per load. */
    Edition edition(String language) {
        return editions.computeIfAbsent(language, this::renderEdition);
    }

    private Edition renderEdition(String language) {
        try {
            return new Edition(document(language, Format.HTML), null);
        } catch (RuntimeException e) {
            return new Edition(null, FailureText.of(e));
        }
    }

    /** Only when ready: a document rendered now; throws what the renderer throws. */
    byte[] document(String language, Format format) {
        return renderer.render(briefing(), language, format, paper);
    }
}
