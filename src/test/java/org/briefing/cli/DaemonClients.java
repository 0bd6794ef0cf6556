package org.briefing.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.briefing.daemon.DaemonControl;
import org.briefing.daemon.DaemonFolder;

/**
 * Commands run as the launcher runs them: a shell that hands the command to a daemon through
 * {@link HandOff}, and runs it in a JVM of its own when no daemon takes it; each in a session of
 * its own, so that a signal can reach it as a terminal's Ctrl-C does. With a daemon folder of the
 * test's own, and a copy of the tool's classes that the test may "rebuild" (touch) without
 * disturbing anything else. Every daemon started is stopped on {@link #close()}.
 */
final class DaemonClients implements AutoCloseable {
    /** Long enough for a loaded two-core machine; never waited out when all is well. */
    static final Duration TIMEOUT = RunningCommand.TIMEOUT;
    /** The daemon's options: small and quick to start; no warm-up, since nothing is measured here. */
    private static final List<String> DAEMON_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xss4m", "-Dbriefing.daemon.warmUp=0");

    /**
     * The launcher's last lines: JAVA, N, N options, the daemon's options (empty: none), the
     * daemon folder, then the command line.
     */
    private static final String LAUNCHER = String.join("\n",
            "java=$1; n=$2; shift 2; jvm=(\"${@:1:$n}\"); shift \"$n\"; daemon=$1 folder=$2; shift 2",
            "if [ -n \"$daemon\" ]; then",
            "  code=0",
            "  \"$java\" \"${jvm[@]}\" \"$daemon\" \"$folder\" -D" + DaemonUse.CALLER + "=$$ \\",
            "    org.briefing.cli.HandOff \"$@\" || code=$?",
            "  [ \"$code\" -ne 75 ] && exit \"$code\"",
            "fi",
            "exec \"$java\" \"${jvm[@]}\" org.briefing.cli.Main \"$@\"");

    private final Path work;
    private final Path folder;
    private final Path classes;
    private final String classPath;
    private int count;

    DaemonClients(Path work) throws IOException {
        this.work = work;
        this.folder = work.resolve("daemons");
        this.classes = work.resolve("classes");
        copyTree(Path.of("target/classes"), classes);
        List<String> entries = new ArrayList<>();
        for (String entry : expandedClassPath()) {
            entries.add(Path.of(entry).toAbsolutePath().normalize().equals(Path.of("target/classes").toAbsolutePath())
                    ? classes.toString() : entry);
        }
        this.classPath = String.join(File.pathSeparator, entries);
    }

    /** The folder of the daemons' sockets. */
    Path folder() {
        return folder;
    }

    /** The classes the clients and their daemons run: touch one and the build has changed. */
    Path classes() {
        return classes;
    }

    /** A started client; {@link #await()} waits for it to end. */
    static final class Running extends RunningCommand {
        Running(Process process, Path out, Path err) {
            super(process, out, err);
        }

        /** {@code name} to every process of the command, as a terminal sends Ctrl-C. */
        void signal(String name) throws IOException, InterruptedException {
            kill(name, "-" + process.pid());
        }

        /** {@code name} to the launcher alone, not to the client it waits for. */
        void signalLauncher(String name) throws IOException, InterruptedException {
            kill(name, Long.toString(process.pid()));
        }

        /** The client that the launcher waits for. */
        ProcessHandle client() throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                var child = process.children().findFirst();
                if (child.isPresent()) {
                    return child.get();
                }
                Thread.sleep(10);
            }
            throw new AssertionError("the launcher started no client");
        }
    }

    /** Starts {@code args} in {@code cwd} through a daemon, as the launcher does. */
    Running start(Path cwd, String... args) throws IOException {
        return start(cwd, true, args);
    }

    RunningCommand.Result run(Path cwd, String... args) throws IOException, InterruptedException {
        return start(cwd, true, args).await();
    }

    /** {@code args} in a process of their own, as {@code BRIEFING_DAEMON=off} runs them. */
    RunningCommand.Result runInProcess(Path cwd, String... args) throws IOException, InterruptedException {
        return start(cwd, false, args).await();
    }

    /** {@code args} to {@link HandOff} alone, with or without the launcher's daemon setting. */
    RunningCommand.Result runClientAlone(Path cwd, boolean daemon, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, "-D" + DaemonUse.FOLDER + "=" + folder));
        if (daemon) {
            command.add("-D" + DaemonUse.OPTIONS + "=" + String.join("\n", DAEMON_OPTIONS));
        }
        command.add(HandOff.class.getName());
        command.addAll(List.of(args));
        return start(cwd, command).await();
    }

    private Running start(Path cwd, boolean daemon, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvm = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                "-cp", classPath);
        List<String> command = new ArrayList<>(List.of("setsid", "bash", "-c", LAUNCHER, "briefing", java));
        command.add(Integer.toString(jvm.size()));
        command.addAll(jvm);
        command.add(daemon ? "-D" + DaemonUse.OPTIONS + "=" + String.join("\n", DAEMON_OPTIONS) : "");
        command.add("-D" + DaemonUse.FOLDER + "=" + folder);
        command.addAll(List.of(args));
        return start(cwd, command);
    }

    private Running start(Path cwd, List<String> command) throws IOException {
        int n;
        synchronized (this) {
            n = ++count;
        }
        Path out = work.resolve("client-" + n + ".out");
        Path err = work.resolve("client-" + n + ".err");
        Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        return new Running(process, out, err);
    }

    /** What each running daemon of the folder says of itself. */
    List<String> status() throws IOException {
        DaemonFolder daemons = DaemonFolder.open(folder).orElseThrow();
        return DaemonControl.status(daemons);
    }

    /** The process id of the only daemon running; fails unless there is exactly one. */
    long onlyDaemon() throws IOException {
        List<String> status = status();
        if (status.size() != 1) {
            throw new AssertionError("expected one daemon, found: " + status);
        }
        return pid(status.get(0));
    }

    /** The process id of the only daemon, once there is one. */
    long awaitOneDaemon() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (status().size() != 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return onlyDaemon();
    }

    /**
     * The process id of a daemon for {@code cwd}, started by a first command (run in a process of
     * its own, as every first command is) and listening: the next command there is served by it.
     */
    long startDaemon(Path cwd) throws IOException, InterruptedException {
        RunningCommand.Result first = run(cwd, "validate", "--help");
        if (first.code() != 0) {
            throw new AssertionError("the first command failed: " + first.err());
        }
        return awaitStatus("folder " + cwd.toAbsolutePath() + "\n");
    }

    /** The process id of a daemon whose status has {@code line}, once one has. */
    long awaitStatus(String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String status : status()) {
                if (status.contains(line)) {
                    return pid(status);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no daemon says " + line.strip() + ": " + status());
    }

    /** {@code briefing daemon stop}: each daemon ends once its command is done. */
    void stopAll() throws IOException {
        DaemonControl.stopAll(DaemonFolder.open(folder).orElseThrow());
    }

    static long pid(String status) {
        return Long.parseLong(status.lines().filter(line -> line.startsWith("pid ")).findFirst().orElseThrow()
                .substring("pid ".length()));
    }

    static int commands(String status) {
        return Integer.parseInt(status.lines().filter(line -> line.startsWith("commands ")).findFirst()
                .orElseThrow().substring("commands ".length()));
    }

    /** Waits for {@code pid} to end; false if it still runs after {@code timeout}. */
    static boolean ends(long pid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(50);
            } else {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Long> pids = new ArrayList<>();
        try {
            status().forEach(status -> pids.add(pid(status)));
            DaemonControl.stopAll(DaemonFolder.open(folder).orElseThrow());
        } catch (RuntimeException e) {
            // a folder made unusable by the test: the daemons are found by their process below
        }
        for (long pid : pids) {
            if (!ends(pid, Duration.ofSeconds(20))) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        // a daemon started without being waited for, not yet listening, would outlive the test
        String ours = "-D" + DaemonUse.FOLDER + "=" + folder;
        List<ProcessHandle> unanswering = ProcessHandle.allProcesses().filter(process -> {
            List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
            return arguments.contains(ours) && arguments.contains(DaemonMain.class.getName());
        }).toList();
        for (ProcessHandle daemon : unanswering) {
            daemon.destroyForcibly();
            daemon.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** The test JVM's class path, with the entries of a manifest-only jar (Surefire's) spelled out. */
    private static List<String> expandedClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isRegularFile(path) || !entry.endsWith(".jar")) {
                entries.add(entry);
                continue;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                if (jar.stream().anyMatch(file -> file.getName().endsWith(".class"))) {
                    entries.add(entry); // a library; a jar of nothing but a manifest only names others
                }
                String more = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (more != null) {
                    URI base = path.toAbsolutePath().toUri();
                    for (String name : more.trim().split("\\s+")) {
                        entries.add(Path.of(base.resolve(name)).toString());
                    }
                }
            }
        }
        return entries;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
