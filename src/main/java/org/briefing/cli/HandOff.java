package org.briefing.cli;

import java.util.OptionalInt;

/**
 * The launcher's first step for the commands a daemon serves: a light process (no class archive to
 * map, a few dozen classes to load) that hands the command line to the daemon and stands in for it.
 * When no daemon can take it, it exits {@link #NOT_HANDED} without doing anything, and the launcher
 * runs the command in a process of its own, with the class archive that process needs.
 */
public final class HandOff {
    /** EX_TEMPFAIL: no command of the tool exits with it. */
    static final int NOT_HANDED = 75;

    private HandOff() {
    }

    public static void main(String[] args) {
        OptionalInt served = DaemonUse.serve(args);
        System.exit(served.isPresent() ? served.getAsInt() : NOT_HANDED);
    }
}
