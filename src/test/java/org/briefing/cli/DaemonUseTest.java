package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The process a daemon warms up after is the one the launcher named: known by its id and its
 * start, so that another process given the same id later is not taken for it.
 */
class DaemonUseTest {
    @Test
    void theProcessADaemonWasStartedForIsKnownByItsIdAndItsStart() throws Exception {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().orElseThrow().toEpochMilli();

        assertThat(DaemonUse.startedFor(self.pid() + "@" + start)).contains(self);
        assertThat(DaemonUse.startedFor(self.pid() + "@" + (start - 1000))).as("another process of that id").isEmpty();
        assertThat(DaemonUse.startedFor(null)).isEmpty();
        assertThat(DaemonUse.startedFor("12ab@3")).isEmpty();

        Process ended = new ProcessBuilder("true").start();
        long endedStart = ended.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        ended.waitFor();
        assertThat(DaemonUse.startedFor(ended.pid() + "@" + endedStart)).as("one that has ended").isEmpty();
    }
}
