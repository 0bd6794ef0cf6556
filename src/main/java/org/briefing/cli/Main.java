package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code briefing} command: subcommands only. The only place that calls System.exit. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns YAML country-briefing models into print-ready PDF and editable DOCX.",
        subcommands = {RenderCommand.class, BatchCommand.class, ValidateCommand.class, TranslationsCommand.class,
            InitCommand.class, PreviewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (render, batch, validate, translations, init, preview)");
    }

    public static void main(String[] args) {
        // xmpbox (openhtmltopdf's PDF/A metadata) asks for a new XSLT transformer factory and DOM
        // builder factory for every PDF; naming the JDK's own spares a class-path scan each time
        // (the same factories would be found, slowly)
        defaultTo("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        defaultTo("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    private static void defaultTo(String property, String value) {
        System.setProperty(property, System.getProperty(property, value));
    }

    /** Runs the command line and returns its exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
