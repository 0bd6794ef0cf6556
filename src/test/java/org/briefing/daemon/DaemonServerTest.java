package org.briefing.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daemon's warm-up and its commands: a command waits for the warm-up's step in progress, no
 * step runs during a command, and none at all until the command the daemon was started for has
 * ended. A daemon here is a server in this JVM, with a command that only returns an exit code;
 * its clients are {@link DaemonClient}s, as the launcher's are.
 */
class DaemonServerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int SERVED = 7;

    @TempDir
    Path dir;

    private DaemonFolder folder;
    private DaemonKey key;
    private Thread serving;
    private Process startedFor;
    private final CountDownLatch mayEndFirstStep = new CountDownLatch(1);

    @AfterEach
    void stop() throws Exception {
        mayEndFirstStep.countDown(); // a test that failed while a step waited
        if (folder != null) {
            DaemonControl.stopAll(folder);
        }
        if (serving != null) {
            serving.join(WAIT.toMillis());
        }
        if (startedFor != null) {
            startedFor.destroyForcibly();
        }
    }

    @Test
    void aCommandWaitsForTheWarmUpStepInProgressAndNoStepRunsDuringACommand() throws Exception {
        CountDownLatch firstStepBegun = new CountDownLatch(1);
        AtomicInteger steps = new AtomicInteger();
        List<Integer> stepsAroundCommands = new CopyOnWriteArrayList<>();
        serve(() -> {
            if (steps.get() == 200) {
                return false;
            }
            if (steps.get() == 0) {
                firstStepBegun.countDown();
                await(mayEndFirstStep);
            }
            pause(2); // long enough for a command to overlap a step, were it let
            steps.incrementAndGet();
            return true;
        }, session -> {
            stepsAroundCommands.add(steps.get());
            Thread.sleep(20);
            stepsAroundCommands.add(steps.get());
            return SERVED;
        }, Optional.empty());
        assertThat(firstStepBegun.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        CompletableFuture<OptionalInt> command = CompletableFuture.supplyAsync(this::run);
        Thread.sleep(300);
        assertThat(command).as("it waits while the first step runs").isNotDone();
        mayEndFirstStep.countDown();

        assertThat(command.get(WAIT.toSeconds(), TimeUnit.SECONDS)).hasValue(SERVED);
        for (int i = 0; i < 5; i++) {
            assertThat(run()).hasValue(SERVED);
            Thread.sleep(10);
        }
        assertThat(stepsAroundCommands).hasSize(12);
        for (int i = 0; i < stepsAroundCommands.size(); i += 2) {
            assertThat(stepsAroundCommands.get(i + 1)).as("no step during command %d", i / 2)
                    .isEqualTo(stepsAroundCommands.get(i));
        }
        assertThat(stepsAroundCommands.get(0)).as("the first step ended before the first command").isOne();
        awaitStatus("warm-up 200 steps, done\n");
    }

    @Test
    void theWarmUpBeginsOnceTheCommandTheDaemonWasStartedForHasEnded() throws Exception {
        startedFor = new ProcessBuilder("sleep", "60").start();
        Semaphore stepped = new Semaphore(0);
        serve(() -> {
            stepped.release();
            return false;
        }, session -> SERVED, Optional.of(startedFor.toHandle()));

        assertThat(stepped.tryAcquire(1, TimeUnit.SECONDS)).as("no step while that command runs").isFalse();
        assertThat(run()).as("served meanwhile").hasValue(SERVED);
        assertThat(stepped.tryAcquire(500, TimeUnit.MILLISECONDS)).as("nor after a command it served").isFalse();

        startedFor.destroy();
        assertThat(stepped.tryAcquire(WAIT.toSeconds(), TimeUnit.SECONDS)).as("a step once it has ended").isTrue();
    }

    /** A daemon of this test's key and folder, serving in a thread of its own until stopped. */
    private void serve(IdleWork warmUp, ServedCommand command, Optional<ProcessHandle> startedFor) throws Exception {
        folder = DaemonFolder.open(dir.resolve("daemons")).orElseThrow();
        key = DaemonKey.of(List.of("-Xtest"));
        DaemonServer server = new DaemonServer(folder, key, command, warmUp, WAIT, startedFor);
        serving = new Thread(() -> {
            try {
                server.serve();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "test-daemon");
        serving.start();
        awaitStatus("pid ");
    }

    /** A command through a client, as the launcher hands one over: the daemon's exit code, or empty. */
    private OptionalInt run() {
        // a client that finds nobody listening starts a daemon: this command would fail at once
        return new DaemonClient(folder, key, List.of("false")).run(List.of("validate"), false, 0);
    }

    private String status() throws Exception {
        try {
            List<String> status = DaemonControl.status(folder);
            return status.isEmpty() ? "" : status.get(0);
        } catch (OverlappingFileLockException e) {
            return ""; // not listening yet: status found the lock taken, by the server in this JVM
        }
    }

    private void awaitStatus(String line) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!status().contains(line)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the daemon never said " + line.strip() + ": " + status());
            }
            Thread.sleep(10);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
