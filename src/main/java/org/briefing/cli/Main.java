package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.briefing.pdf.FontSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code briefing} command: subcommands only. The only place that calls System.exit. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns YAML country-briefing models into print-ready PDF and editable DOCX.",
        subcommands = {RenderCommand.class, BatchCommand.class, ValidateCommand.class, TranslationsCommand.class,
            InitCommand.class, PreviewCommand.class, ImportCommand.class, CompareCommand.class, DaemonCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;
    private final Interruption interruption;

    private Main(Terminal terminal, Interruption interruption) {
        this.terminal = terminal;
        this.interruption = interruption;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (render, batch,"
                + " validate, translations, init, preview, import, compare, daemon)");
    }

    /** The subcommands that read the bundled fonts; the top-level name comes first on the command line. */
    private static final Set<String> COMMANDS_USING_FONTS = Set.of("render", "batch", "validate", "translations",
            "preview", "import", "compare");

    public static void main(String[] args) {
        configureLibraries();
        if (args.length > 0 && COMMANDS_USING_FONTS.contains(args[0])) {
            // to check models and to draw them; read while the command line is parsed
            Prefetch.inBackground("fonts", FontSet::bundled);
        }
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), Terminal.ofProcess(),
                Interruption.ofProcess()));
    }

    /** Settings for the libraries that save them time; for every process that runs commands. */
    static void configureLibraries() {
        // xmpbox (openhtmltopdf's PDF/A metadata) asks for a new XSLT transformer factory and DOM
        // builder factory for every PDF; naming the JDK's own spares a class-path scan each time
        // (the same factories would be found, slowly)
        defaultTo("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        defaultTo("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        // commons-logging (PDFBox's) otherwise searches the whole class path for a logging system
        // on first use, about a tenth of a second; its messages go to SLF4J, which drops them
        defaultTo("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
    }

    private static void defaultTo(String property, String value) {
        System.setProperty(property, System.getProperty(property, value));
    }

    /** Runs the command line and returns its exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Terminal.none(), Interruption.none());
    }

    /** Runs the command line with the given terminal and signals, and returns its exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal, Interruption interruption) {
        CommandLine commandLine = new CommandLine(new Main(terminal, interruption));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    Terminal terminal() {
        return terminal;
    }

    Interruption interruption() {
        return interruption;
    }
}
