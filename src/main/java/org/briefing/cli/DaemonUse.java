package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.briefing.daemon.DaemonClient;
import org.briefing.daemon.DaemonFolder;
import org.briefing.daemon.DaemonKey;

/**
 * Whether a command line goes to the warm background process: when the launcher asks for it
 * ({@code -Dbriefing.daemon=}, the daemon's JVM options one per line, given to {@link HandOff}),
 * for the commands that make and check documents, and when no argument names something only the
 * calling process can read (its standard input, {@code /dev/fd/N}, {@code /proc/self/...}).
 */
final class DaemonUse {
    /** The daemon's JVM options, one per line; set by the launcher for {@link HandOff}. */
    static final String OPTIONS = "briefing.daemon";
    /** Another folder for the daemons' sockets (tests); passed on to the daemons. */
    static final String FOLDER = "briefing.daemon.folder";
    /** The launcher's process id ({@code $$}): the process that runs the command when no daemon takes it. */
    static final String CALLER = "briefing.daemon.caller";
    /**
     * The daemon's: the process it was started for, whose command runs beside it and after whose end
     * it warms up, as {@code ID@START} (its start in milliseconds, so that a reused id is not it).
     */
    static final String STARTED_FOR = "briefing.daemon.startedFor";
    /** The commands worth a daemon: made again and again, by scripts and by editors on save. */
    private static final Set<String> SERVED = Set.of("render", "batch", "validate");

    private DaemonUse() {
    }

    /** The daemon's exit code for {@code args}; empty when this process must run them itself. */
    static OptionalInt serve(String[] args) {
        String options = System.getProperty(OPTIONS);
        if (options == null || args.length == 0 || !SERVED.contains(args[0]) || namesProcessOwnFile(args)) {
            return OptionalInt.empty();
        }
        Optional<DaemonFolder> folder = DaemonFolder.standard();
        if (folder.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> jvm = options(options);
        DaemonKey key = DaemonKey.of(jvm);
        boolean interactive = Terminal.isTerminal();
        int width = interactive && args[0].equals("batch") ? terminalWidth() : 0;
        return new DaemonClient(folder.get(), key, daemonCommand(jvm, options, folder.get().path()))
                .run(Arrays.asList(args), interactive, width);
    }

    /** The options as the launcher gives them: one per line. */
    static List<String> options(String lines) {
        List<String> options = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                options.add(line.strip());
            }
        }
        return options;
    }

    /** Java, the daemon's options, this process's class path, and the daemon's main class. */
    private static List<String> daemonCommand(List<String> jvm, String options, Path folder) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-D" + OPTIONS + "=" + options);
        command.add("-D" + FOLDER + "=" + folder);
        caller().ifPresent(caller -> command.add("-D" + STARTED_FOR + "=" + caller.pid() + "@"
                + caller.info().startInstant().map(Instant::toEpochMilli).orElse(0L)));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.briefing.cli.DaemonMain"); // named, not loaded: the client never runs it
        return command;
    }

    /** The launcher that started this client, when it said so and still runs. */
    private static Optional<ProcessHandle> caller() {
        Long pid = Long.getLong(CALLER);
        return pid == null ? Optional.empty() : ProcessHandle.of(pid);
    }

    /** The process {@link #STARTED_FOR} names, while it runs: empty once it has ended or its id is another's. */
    static Optional<ProcessHandle> startedFor(String value) {
        if (value == null || !value.matches("\\d{1,18}@\\d{1,18}")) {
            return Optional.empty();
        }
        String[] parts = value.split("@");
        long start = Long.parseLong(parts[1]);
        return ProcessHandle.of(Long.parseLong(parts[0])).filter(process -> process.info().startInstant()
                .map(Instant::toEpochMilli).orElse(0L) == start);
    }

    /**
     * Whether an argument names a file that is this process's own: standard input and the
     * descriptors a shell's {@code <(...)} passes are another thing in the daemon.
     */
    private static boolean namesProcessOwnFile(String[] args) {
        for (String arg : args) {
            String value = arg.startsWith("-") && arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : arg;
            if (value.equals("-") || isProcessOwn(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProcessOwn(String value) {
        if (value.startsWith("/dev/") || value.startsWith("/proc/")) {
            return true;
        }
        try {
            Path path = Path.of(value);
            if (Files.exists(path)) {
                Path real = path.toRealPath();
                return real.startsWith("/dev") || real.startsWith("/proc");
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a path at all, or not one that can be read: the command will say so
        }
        return false;
    }

    /** The terminal's width, as {@code stty} reports it: the daemon has no terminal to ask. */
    private static int terminalWidth() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            stty.waitFor();
            String[] parts = size.split("\\s+");
            return parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
