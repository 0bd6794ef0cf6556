package org.briefing.cli;

/**
 * Start-up work a command is going to need, begun on a spare core while the main thread does
 * something else (parses the command line, loads models). A cold run on two cores otherwise
 * spends its first second on one. The work must be safe to do twice and must not be what reports
 * a failure: a prefetch that fails is ignored, and the command meets and reports the same
 * failure itself when it does the work.
 */
final class Prefetch {
    private Prefetch() {
    }

    static void inBackground(String what, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // ignored: see the class comment
            }
        }, "prefetch " + what);
        thread.setDaemon(true);
        thread.start();
    }
}
