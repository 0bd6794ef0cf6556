package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A started command whose standard output and error go to files: signals as a terminal sends
 * them, its error output so far, and its end. {@link BriefingProcess} and {@link DaemonClients}
 * start them.
 */
class RunningCommand {
    /** Long enough for a loaded two-core machine; never waited out when all is well. */
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    record Result(int code, String out, String err) {
    }

    final Process process;
    private final Path out;
    private final Path err;

    RunningCommand(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Sends a signal ({@code INT}, {@code TERM}) to {@code target}, a pid or a process group ({@code -pid}). */
    static void kill(String name, String target) throws IOException, InterruptedException {
        // the shell's own kill: no procps needed on a bare machine
        Process kill = new ProcessBuilder("sh", "-c", "kill -s " + name + " -- " + target).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + target + " failed");
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
        return new Result(process.exitValue(), outSoFar(), errSoFar());
    }
}
