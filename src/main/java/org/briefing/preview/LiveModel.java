package org.briefing.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.load.Problem;
import org.briefing.pdf.FontSet;
import org.briefing.render.FailureText;
import org.briefing.render.Format;
import org.briefing.render.Renderer;

/**
 * The model as it is on disk now: loaded at start and again on every {@link #reload()}, each time
 * into a new {@link Snapshot}. Loading never throws; whatever goes wrong becomes the snapshot's
 * problems, so the server stays up while the user fixes the file.
 */
final class LiveModel {
    private final PreviewSettings settings;
    private final FontSet fonts = FontSet.bundled();
    /** Tells this server's generations from an earlier server's, for a page left open across a restart. */
    private final String instance = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private final AtomicLong loads = new AtomicLong();
    private volatile Snapshot current;

    LiveModel(PreviewSettings settings) {
        this.settings = settings;
        this.current = load();
    }

    Snapshot current() {
        return current;
    }

    /**
     * Reads the sources again; pages waiting for a change hear of it at once (and each renders
     * the edition it shows while it answers them).
     */
    void reload() {
        Snapshot loaded = load();
        synchronized (this) {
            current = loaded;
            notifyAll();
        }
    }

    /**
     * The current snapshot as soon as it is not the load {@code generation} names, or after
     * {@code timeout} whatever it is: a page asks, and hears of the next save the moment it is loaded.
     */
    synchronized Snapshot awaitOtherThan(String generation, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (current.generation().equals(generation)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return current;
    }

    /**
     * Loads the sources and renders their HTML editions {@code times} times, unseen: what a save
     * runs, done before the first save so that the code is compiled by then. Stops at the first
     * load that fails, and when the server stops.
     */
    void warmUp(int times) {
        for (int i = 0; i < times && !Thread.currentThread().isInterrupted(); i++) {
            Snapshot unseen = load();
            if (!unseen.isReady()) {
                return;
            }
            for (String language : unseen.briefing().languages()) {
                try {
                    unseen.document(language, Format.HTML);
                } catch (RuntimeException e) {
                    return; // the page shows the failure when asked for this edition
                }
            }
        }
    }

    /** The files whose saving should reload the preview. */
    List<Path> sources() {
        return settings.templates() == null ? List.of(settings.model())
                : List.of(settings.model(), settings.templates());
    }

    private Snapshot load() {
        String generation = instance + "." + loads.incrementAndGet();
        Renderer renderer;
        try {
            // a new renderer each time, so that edited templates and message bundles are read again
            renderer = new Renderer(templates(), fonts, settings.toolVersion());
        } catch (RuntimeException e) {
            Path where = settings.templates() == null ? settings.model() : settings.templates();
            return Snapshot.broken(generation, List.of(problem(where, "templates: " + FailureText.of(e))));
        }
        ModelLoader loader = new ModelLoader(renderer.loadOptions().withAllowFallback(settings.allowFallback()));
        try {
            return Snapshot.ready(generation, loader.load(settings.model()), renderer, settings.paper());
        } catch (ModelException e) {
            return Snapshot.broken(generation, e.problems());
        } catch (RuntimeException e) {
            return Snapshot.broken(generation, List.of(problem(settings.model(), FailureText.of(e))));
        }
    }

    private TemplateSet templates() {
        return settings.templates() == null ? TemplateSet.bundled() : TemplateSet.directory(settings.templates());
    }

    private static Problem problem(Path file, String message) {
        return new Problem(file, 0, 0, "", message, Problem.Severity.ERROR);
    }
}
