package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, as users run it: its own heap, its own signals, its own
 * exit code. Standard output and error go to files in {@code dir}, read when it ends.
 */
final class BriefingProcess {
    /** Long enough for a loaded two-core machine; never waited out when all is well. */
    static final Duration TIMEOUT = Duration.ofMinutes(3);

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

    record Result(int code, String out, String err) {
    }

    /** A started command line; {@link #await()} waits for it to end. */
    final class Running {
        final Process process;
        private final Path out;
        private final Path err;

        Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        /** Sends a signal ({@code INT}, {@code TERM}) as a terminal or a service manager would. */
        void signal(String name) throws IOException, InterruptedException {
            // the shell's own kill: no procps needed on a bare machine
            Process kill = new ProcessBuilder("sh", "-c", "kill -s " + name + " " + process.pid()).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " failed");
            }
        }

        String errSoFar() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        String outSoFar() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the command did not end within " + TIMEOUT + "; so far:\n" + errSoFar());
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errSoFar());
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

    Result run(String... args) throws IOException, InterruptedException {
        return start(args).await();
    }
}
