package org.briefing.cli;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM, answered by the command that is running instead of by the JVM's
 * abrupt exit: while a command is {@link #interruptible()}, a signal interrupts its thread, and
 * the command stops starting work, removes its temporaries, saves what it has recorded, prints
 * its summary and exits 130 (SIGINT) or 143 (SIGTERM), as a shell expects of a process ended by
 * them. A second signal ends the process at once. Outside such a command, a signal ends the
 * process as it always would. {@code sun.misc.Signal} is the JDK's supported way to handle
 * signals (module jdk.unsupported, kept for exactly this).
 */
final class Interruption {
    private static final int SIGNALLED = 128;
    /** SIGINT's number on every system the tool runs on. */
    private static final int SIGINT = 2;

    private static volatile Thread command;
    private static volatile Signal received;

    private Interruption() {
    }

    /** Takes over SIGINT and SIGTERM; for {@code main} only, so that tests and embedders keep theirs. */
    static void install() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), Interruption::received);
            } catch (IllegalArgumentException e) {
                // ignored by whoever started us (a background job without job control): so be it
            }
        }
    }

    /** Each signal is handled on a thread of its own: two in quick succession must not both count as the first. */
    private static synchronized void received(Signal signal) {
        int code = SIGNALLED + signal.getNumber();
        if (received != null) {
            Runtime.getRuntime().halt(code); // the second: now, whatever the first is still doing
        }
        received = signal;
        Thread target = command;
        if (target == null) {
            Runtime.getRuntime().exit(code); // no command that can stop cleanly: end as the JVM would
        }
        target.interrupt();
    }

    /** While the returned scope is open, a signal interrupts the calling thread. */
    static Scope interruptible() {
        command = Thread.currentThread();
        return () -> command = null;
    }

    /** The exit code of a command that stopped because it was interrupted: 128 + the signal's number. */
    static int exitCode() {
        Signal signal = received;
        return SIGNALLED + (signal == null ? SIGINT : signal.getNumber());
    }

    /** How the interruption is named in messages ({@code SIGINT}, {@code SIGTERM}). */
    static String name() {
        Signal signal = received;
        return signal == null ? "an interrupt" : "SIG" + signal.getName();
    }

    /** Ends interruptibility; never throws. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
