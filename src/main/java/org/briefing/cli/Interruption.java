package org.briefing.cli;

import java.util.function.IntConsumer;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM, answered by the command that is running instead of by an abrupt
 * end: while a command is {@link #interruptible()}, a signal interrupts its thread, and the
 * command stops starting work, removes its temporaries, saves what it has recorded, prints its
 * summary and exits 130 (SIGINT) or 143 (SIGTERM), as a shell expects of a process ended by them.
 * A second signal ends the command at once. Outside such a command, a signal ends it as it always
 * would; should the command reach an interruptible part afterwards (in a daemon, which does not
 * end with the command), it stops there before doing anything.
 *
 * <p>In a process of its own ({@link #ofProcess()}) the signals are the process's and "end" means
 * the JVM's exit; in the daemon each command has its own, fed by its client's signals.
 */
final class Interruption {
    private static final int SIGNALLED = 128;
    /** SIGINT's number on every system the tool runs on. */
    private static final int SIGINT = 2;
    private static final int SIGTERM = 15;

    private final IntConsumer end;
    private final IntConsumer endAtOnce;
    private volatile Thread command;
    private volatile int received;

    /**
     * @param end       ends the command with this exit code when a signal comes while it cannot stop by itself
     * @param endAtOnce ends it with this exit code on a second signal, whatever it is still doing
     */
    Interruption(IntConsumer end, IntConsumer endAtOnce) {
        this.end = end;
        this.endAtOnce = endAtOnce;
    }

    /**
     * Takes over this process's SIGINT and SIGTERM; for {@code main} only, so that tests and
     * embedders keep theirs. {@code sun.misc.Signal} is the JDK's supported way to handle signals
     * (module jdk.unsupported, kept for exactly this).
     */
    static Interruption ofProcess() {
        Interruption interruption = new Interruption(code -> Runtime.getRuntime().exit(code),
                code -> Runtime.getRuntime().halt(code));
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> interruption.receive(signal.getNumber()));
            } catch (IllegalArgumentException e) {
                // ignored by whoever started us (a background job without job control): so be it
            }
        }
        return interruption;
    }

    /** For commands run from code (tests, embedding): no signal ever arrives. */
    static Interruption none() {
        return new Interruption(code -> { }, code -> { });
    }

    /**
     * Signal {@code number} (2 or 15) arrived. Each signal is handled on a thread of its own:
     * two in quick succession must not both count as the first.
     */
    synchronized void receive(int number) {
        int code = SIGNALLED + number;
        if (received != 0) {
            endAtOnce.accept(code); // the second: now, whatever the first is still doing
            return;
        }
        received = number;
        Thread target = command;
        if (target == null) {
            end.accept(code); // no command that can stop cleanly: end as the JVM would
            return;
        }
        target.interrupt();
    }

    /** While the returned scope is open, a signal interrupts the calling thread. */
    synchronized Scope interruptible() {
        command = Thread.currentThread();
        if (received != 0) {
            command.interrupt(); // signalled before it got here: it stops before it starts
        }
        return () -> command = null;
    }

    /** The exit code of a command that stopped because it was interrupted: 128 + the signal's number. */
    int exitCode() {
        return SIGNALLED + (received == 0 ? SIGINT : received);
    }

    /** How the interruption is named in messages ({@code SIGINT}, {@code SIGTERM}). */
    String name() {
        return switch (received) {
            case 0 -> "an interrupt";
            case SIGINT -> "SIGINT";
            case SIGTERM -> "SIGTERM";
            default -> "signal " + received;
        };
    }

    /** Ends interruptibility; never throws. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
