package org.briefing.preview;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import org.briefing.render.Paper;

/**
 * What a {@link PreviewServer} shows and where it listens.
 *
 * @param model         the model file to show and watch
 * @param templates     a template folder to render with and watch, or null for the bundled templates
 * @param paper         the paper size of the PDF downloads
 * @param allowFallback a missing translation is a warning instead of an error, as in {@code render}
 * @param address       where to listen; loopback unless the user asked otherwise (port 0: any free port)
 * @param toolVersion   the tool's version, written into the documents' metadata
 * @param warmUpLoads   how many times the model is loaded and rendered unseen at start, so that
 *                      the code a save runs is compiled before the first save (0: not at all)
 */
public record PreviewSettings(Path model, Path templates, Paper paper, boolean allowFallback,
                              InetSocketAddress address, String toolVersion, int warmUpLoads) {
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** A second or two of work at start, while the user looks at the page. */
    public static final int DEFAULT_WARM_UP_LOADS = 40;

    public PreviewSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** {@code model} with the bundled templates, A4, no fallback, on 127.0.0.1 at the default port. */
    public static PreviewSettings of(Path model, String toolVersion) {
        return new PreviewSettings(model, null, Paper.A4, false,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), DEFAULT_PORT), toolVersion,
                DEFAULT_WARM_UP_LOADS);
    }

    public PreviewSettings withTemplates(Path folder) {
        return new PreviewSettings(model, folder, paper, allowFallback, address, toolVersion, warmUpLoads);
    }

    public PreviewSettings withPaper(Paper size) {
        return new PreviewSettings(model, templates, size, allowFallback, address, toolVersion, warmUpLoads);
    }

    public PreviewSettings withAllowFallback(boolean allow) {
        return new PreviewSettings(model, templates, paper, allow, address, toolVersion, warmUpLoads);
    }

    public PreviewSettings withAddress(InetSocketAddress where) {
        return new PreviewSettings(model, templates, paper, allowFallback, where, toolVersion, warmUpLoads);
    }

    public PreviewSettings withWarmUpLoads(int loads) {
        return new PreviewSettings(model, templates, paper, allowFallback, address, toolVersion, loads);
    }

    public PreviewSettings withPort(int port) {
        return withAddress(new InetSocketAddress(address.getAddress(), port));
    }
}
