package org.briefing.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One command a client handed to the daemon: its command line and terminal, standard output and
 * error that reach the client as they are written, and the signals the client received. The
 * command ends the session by returning; {@link #end(int)} answers the client earlier (a signal
 * the command could not stop for), after which anything the command still writes is dropped.
 */
public final class Session {
    /** A signal the client was sent, under the number a shell knows it by. */
    static final int SIGTERM = 15;

    private final Frames frames;
    private final Frames.Run run;
    private final Thread worker;
    private final PrintStream out;
    private final PrintStream err;
    private IntConsumer signals;
    private final List<Integer> pendingSignals = new java.util.ArrayList<>();
    private boolean ended;

    Session(Frames frames, Frames.Run run, Thread worker) {
        this.frames = frames;
        this.run = run;
        this.worker = worker;
        this.out = new PrintStream(new Relay(Frames.OUT), true, StandardCharsets.UTF_8);
        this.err = new PrintStream(new Relay(Frames.ERR), true, StandardCharsets.UTF_8);
    }

    public List<String> args() {
        return run.args();
    }

    /** Whether the client's standard output is a terminal (a progress bar is drawn on it). */
    public boolean interactive() {
        return run.interactive();
    }

    /** The client's terminal width in columns, or 0 when unknown. */
    public int width() {
        return run.width();
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Who hears the client's signals (SIGINT 2, SIGTERM 15); those already received are passed on at once. */
    public void onSignal(IntConsumer handler) {
        List<Integer> pending;
        synchronized (this) {
            signals = handler;
            pending = List.copyOf(pendingSignals);
            pendingSignals.clear();
        }
        pending.forEach(handler::accept);
    }

    /** Answers the client now with {@code exitCode}; what the command writes after this is dropped. */
    public void end(int exitCode) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        try {
            frames.writeNumber(Frames.EXIT, exitCode);
        } catch (IOException e) {
            // the client is gone: nobody to answer
        }
    }

    /** {@link #end(int)}, and the command is interrupted wherever it is: the client will not wait for it. */
    public void abandon(int exitCode) {
        end(exitCode);
        worker.interrupt();
    }

    void signal(int number) {
        IntConsumer handler;
        synchronized (this) {
            if (ended) {
                return;
            }
            handler = signals;
            if (handler == null) {
                pendingSignals.add(number);
                return;
            }
        }
        handler.accept(number);
    }

    /** The client closed the connection before the end (killed, say): the command stops as for SIGTERM. */
    void clientGone() {
        signal(SIGTERM);
        synchronized (this) {
            ended = true;
        }
    }

    /** The command returned {@code exitCode}: what it wrote is sent, then the code. */
    void finish(int exitCode) {
        out.flush();
        err.flush();
        end(exitCode);
    }

    private synchronized boolean isEnded() {
        return ended;
    }

    /** Standard output or error: each write is one frame to the client, at once, as a terminal would show it. */
    private final class Relay extends OutputStream {
        private final byte type;

        Relay(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0 || isEnded()) {
                return;
            }
            try {
                frames.write(type, bytes, offset, length);
            } catch (IOException e) {
                // the client is gone; the command goes on to its end as it would with a closed terminal
            }
        }
    }
}
