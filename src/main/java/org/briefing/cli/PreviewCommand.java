package org.briefing.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefing.files.Printable;
import org.briefing.preview.PreviewServer;
import org.briefing.preview.PreviewSettings;
import org.briefing.render.FailureText;
import org.briefing.render.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing preview FILE}: starts the live preview, prints its address and serves until interrupted. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show a model in the browser, updated whenever it is saved; PDF and DOCX on request.")
final class PreviewCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The model file (YAML).")
    Path file;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PreviewSettings.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on ADDRESS instead of 127.0.0.1; anyone who can reach it can read the model.")
    InetAddress bind;

    @Option(names = "--templates", paramLabel = "DIR", description = "Use (and watch) the templates in DIR.")
    Path templates;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", converter = OutputOptions.PaperConverter.class,
            description = "Paper of the PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            err.println(Printable.name(file) + ": cannot read: no such file");
            return ExitCodes.FAILED;
        }
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : bind;
        if (!address.isLoopbackAddress()) {
            err.println("briefing: warning: listening on " + address.getHostAddress()
                    + ", not only on this computer: others who can reach it can read the model");
        }
        PreviewSettings settings = PreviewSettings.of(file, VersionProvider.version())
                .withAddress(new InetSocketAddress(address, port)).withTemplates(templates).withPaper(paper)
                .withAllowFallback(common.allowFallback);
        PreviewServer server = new PreviewServer(settings);
        try {
            server.start();
        } catch (BindException e) {
            err.println("briefing: cannot listen on " + address.getHostAddress() + ":" + port + ": "
                    + FailureText.of(e) + " (choose another --port, or --port 0 for any free one)");
            return ExitCodes.FAILED;
        }
        out.println("Previewing " + Printable.name(file) + " at " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        try {
            // Ctrl-C ends the JVM, and the server with it; an interrupt (tests, embedding) ends the command
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop();
        }
        return ExitCodes.OK;
    }
}
