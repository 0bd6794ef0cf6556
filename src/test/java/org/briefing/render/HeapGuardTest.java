package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The guard in a JVM of the serial collector, as the launcher starts one: garbage promoted the
 * way a batch's documents in flight are (objects that outlive one young collection) no longer
 * piles up in the old generation until the heap's maximum, but is collected past the threshold.
 */
class HeapGuardTest {
    /**
     * Run in a JVM of its own: promotes 1 GB of short-lived objects, and prints the most the old
     * generation held and how many full collections there were.
     */
    public static void main(String[] args) throws InterruptedException {
        boolean guarded = args.length > 0 && args[0].equals("guarded");
        if (guarded) {
            HeapGuard.install();
        }
        Deque<byte[]> inFlight = new ArrayDeque<>();
        for (int i = 0; i < 1024; i++) {
            inFlight.add(new byte[1 << 20]); // lives across a few young collections: promoted, then dies
            if (inFlight.size() > 24) {
                inFlight.remove();
            }
            Thread.sleep(1); // a document's pace, more or less: the guard hears of the old generation between them
        }
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().equals("Tenured Gen")).findFirst().orElseThrow();
        long full = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().equals("MarkSweepCompact"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        System.out.println((old.getPeakUsage().getUsed() >> 20) + " " + full);
    }

    private static long[] run(String mode) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-XX:+UseSerialGC", "-Xmn16m", "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), HeapGuardTest.class.getName(), mode))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(out).isZero();
        String[] fields = out.substring(out.lastIndexOf('\n') + 1).split(" ");
        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    }

    @Test
    void theOldGenerationIsCollectedPastTheThresholdInsteadOfGrowing() throws Exception {
        long[] unguarded = run("unguarded");
        long[] guarded = run("guarded");
        assertThat(unguarded[0]).as("the old generation's peak without the guard, MB")
                .isGreaterThan(2 * (HeapGuard.THRESHOLD >> 20));
        assertThat(guarded[1]).as("full collections with the guard").isPositive();
        assertThat(guarded[0]).as("the old generation's peak with the guard, MB")
                .isLessThan(2 * (HeapGuard.THRESHOLD >> 20));
    }
}
