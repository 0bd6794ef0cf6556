package org.briefing.cli;

/** The exit codes (README, "Using it"): 130 and 143 for signals are {@link Interruption}'s. */
final class ExitCodes {
    /** Everything succeeded. */
    static final int OK = 0;
    /** At least one model was invalid or failed to render. */
    static final int FAILED = 1;
    /** Unknown option, missing argument: picocli's own usage code. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
