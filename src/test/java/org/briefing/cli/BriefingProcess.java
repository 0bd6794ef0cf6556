package org.briefing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line in a JVM of its own, as users run it: its own heap, its own signals, its own
 * exit code. Standard output and error go to files in {@code dir}, read when it ends.
 */
final class BriefingProcess {
    private final Path dir;
    private final List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xss4m"));
    private String heap = "512m";
    private static int count;

    BriefingProcess(Path dir) {
        this.dir = dir;
    }

    /** One more option for the JVM, a system property say. */
    BriefingProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** The maximum heap ({@code -Xmx}); the launcher's smallest is the default. */
    BriefingProcess heap(String size) {
        heap = size;
        return this;
    }

    /** A started command line; {@link #await()} waits for it to end. */
    static final class Running extends RunningCommand {
        Running(Process process, Path out, Path err) {
            super(process, out, err);
        }

        /** Sends a signal ({@code INT}, {@code TERM}) as a terminal or a service manager would. */
        void signal(String name) throws IOException, InterruptedException {
            kill(name, Long.toString(process.pid()));
        }
    }

    Running start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        int n;
        synchronized (BriefingProcess.class) {
            n = ++count;
        }
        Path out = dir.resolve("process-" + n + ".out");
        Path err = dir.resolve("process-" + n + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        return new Running(process, out, err);
    }

    RunningCommand.Result run(String... args) throws IOException, InterruptedException {
        return start(args).await();
    }
}
