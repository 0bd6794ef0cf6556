package org.briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.briefing.daemon.IdleWork;
import org.briefing.load.ModelException;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.pdf.FontSet;
import org.briefing.render.Edition;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;

/**
 * What the daemon does while it waits, for a while after it starts: loads the canonical sample
 * (bundled in the jar) and renders one document of one of its editions, in memory, per step (a
 * command that arrives waits for the step in progress). The code every command runs is then
 * compiled before the next command needs it; a daemon is only worth its memory once it is warm.
 * Nothing is written anywhere.
 */
final class WarmUp implements IdleWork {
    /** Enough for the compilers to see what is hot. */
    static final int EDITIONS = 90;
    private static final String SAMPLE = "kyrgyzstan.yaml";

    private final int editions;
    private int done;
    private Renderer renderer;
    private ModelLoader loader;
    private byte[] sample;

    /** {@code editions} editions, each in every format. */
    WarmUp(int editions) {
        this.editions = editions;
    }

    @Override
    public boolean step() {
        Format[] formats = Format.values();
        if (done >= editions * formats.length) {
            return false;
        }
        if (renderer == null) {
            renderer = Renderer.bundled(VersionProvider.version());
            loader = new ModelLoader(Renderer.loadOptions(FontSet.bundled()));
            sample = resource();
        }
        Briefing briefing;
        try {
            briefing = loader.load(Path.of(SAMPLE), sample).briefing();
        } catch (ModelException e) {
            throw new IllegalStateException("the bundled sample does not load: " + e.getMessage(), e);
        }
        String language = briefing.languages().get(done / formats.length % briefing.languages().size());
        try (Edition edition = renderer.edition(briefing, language, Paper.A4)) {
            edition.as(formats[done % formats.length]);
        }
        done++;
        return true;
    }

    private static byte[] resource() {
        try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing: " + SAMPLE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
