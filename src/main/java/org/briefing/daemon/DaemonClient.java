package org.briefing.daemon;

import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import sun.misc.Signal;

/**
 * The client's side: hands a command line to the daemon of its key (starting one for later
 * commands when there is none), and stands in for the command: the daemon's output goes to this
 * process's standard output and error as it comes, SIGINT and SIGTERM go to the daemon, and the
 * daemon's exit code becomes this process's. Whenever the daemon cannot take the command (there
 * is none yet, it is busy, stale or of another key, or it vanishes before it has said anything),
 * the answer is empty and the caller runs the command itself.
 */
public final class DaemonClient {
    /** A daemon that has not accepted or refused by then (stopped, hung) is passed over. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final int SIGNALLED = 128;
    private static final int SIGTERM = 15;
    private static final long PARENT_POLL_MILLIS = 200;

    private final DaemonFolder folder;
    private final DaemonKey key;
    private final List<String> daemonCommand;

    /**
     * @param daemonCommand the command that starts a daemon for {@code key} (Java, its options, the
     *                      class path and the daemon's main class), run in the current folder; it
     *                      names the process that runs the command when the client does not
     */
    public DaemonClient(DaemonFolder folder, DaemonKey key, List<String> daemonCommand) {
        this.folder = folder;
        this.key = key;
        this.daemonCommand = List.copyOf(daemonCommand);
    }

    /** Runs {@code args} in the daemon and returns its exit code; empty when the caller must run it itself. */
    public OptionalInt run(List<String> args, boolean interactive, int width) {
        try (SocketChannel channel = connectOrStart()) {
            if (channel == null) {
                return OptionalInt.empty();
            }
            Frames frames = new Frames(channel);
            frames.write(Frames.HELLO, key.text());
            frames.writeRun(interactive, width, args);
            Frames.Frame answer = answer(channel, frames);
            if (answer.type() == Frames.REFUSED && answer.text().equals(Frames.STALE)) {
                startForLaterCommands(); // it ends; the next one takes over when it has
            }
            if (answer.type() != Frames.ACCEPTED) {
                return OptionalInt.empty(); // busy, stale, another key: run here
            }
            return relay(frames);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // no daemon to speak of: nothing has been run yet
        }
    }

    /**
     * The daemon's first answer, or an exception once {@link #ANSWER_TIMEOUT} has passed without
     * one: the channel is closed under the read, and the caller runs the command itself.
     */
    private static Frames.Frame answer(SocketChannel channel, Frames frames) throws IOException {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(ANSWER_TIMEOUT.toMillis());
                channel.close();
            } catch (InterruptedException | IOException e) {
                // answered in time
            }
        }, "briefing-daemon-answer");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            return frames.read();
        } finally {
            watchdog.interrupt();
        }
    }

    private OptionalInt relay(Frames frames) throws IOException {
        SignalForwarding signals = new SignalForwarding(frames);
        signals.install();
        watchParent(signals);
        boolean said = false;
        try {
            while (true) {
                Frames.Frame frame;
                try {
                    frame = frames.read();
                } catch (EOFException e) {
                    if (!said) {
                        return OptionalInt.empty(); // it ended before doing anything visible: run here
                    }
                    System.err.println("briefing: error: the background process ended before the command did");
                    return OptionalInt.of(1);
                }
                switch (frame.type()) {
                    case Frames.OUT -> said |= copy(frame.body(), System.out);
                    case Frames.ERR -> said |= copy(frame.body(), System.err);
                    case Frames.EXIT -> {
                        return OptionalInt.of(frame.number());
                    }
                    default -> throw new IOException("unexpected frame " + (char) frame.type());
                }
            }
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    /**
     * The launcher, which waits for the client, can itself be ended by a signal that the client
     * never hears ({@code kill} of the script alone): the command is then stopped as SIGTERM
     * stops it, since nobody waits for its end.
     */
    private static void watchParent(SignalForwarding signals) {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            try {
                while (parent.isAlive()) {
                    Thread.sleep(PARENT_POLL_MILLIS);
                }
                signals.forward(SIGTERM);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "briefing-daemon-parent");
        watch.setDaemon(true);
        watch.start();
    }

    private static boolean copy(byte[] bytes, PrintStream to) {
        to.write(bytes, 0, bytes.length);
        to.flush();
        return true;
    }

    /**
     * A connection to the running daemon; null when none listens, once one has been started for
     * the commands to come. This command is then run by the caller, in a process of its own:
     * quicker than in a daemon that has just started (2.1-2.6 s against 2.8-4.1 s for the sample's
     * six documents), and the daemon warms up once it has ended.
     */
    private SocketChannel connectOrStart() throws IOException {
        SocketChannel channel = connect(folder.socket(key.name()));
        if (channel == null) {
            startForLaterCommands();
        }
        return channel;
    }

    private static SocketChannel connect(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            return null;
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            channel.close();
            return null; // a socket left by a daemon that was killed: nobody listens
        }
    }

    /**
     * Starts a daemon, without waiting for it, in a session of its own ({@code setsid}, where
     * there is one), so that the terminal's Ctrl-C and hang-up reach the client only; its
     * standard streams are not the client's, so that a caller reading the client's output sees it
     * end with the client. Two clients racing start two daemons; one of them ends at once.
     */
    private void startForLaterCommands() throws IOException {
        List<String> command = new java.util.ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.addAll(daemonCommand);
        new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.log(key.name()).toFile()))
                .redirectErrorStream(true)
                .start();
    }

    /** SIGINT and SIGTERM, passed to the daemon; a second one ends the client at once, as it would end the command. */
    private static final class SignalForwarding implements sun.misc.SignalHandler {
        private final Frames frames;
        private boolean received;

        SignalForwarding(Frames frames) {
            this.frames = frames;
        }

        void install() {
            for (String name : new String[] {"INT", "TERM"}) {
                try {
                    Signal.handle(new Signal(name), this);
                } catch (IllegalArgumentException e) {
                    // ignored by whoever started the client: the command does not hear it either
                }
            }
        }

        @Override
        public void handle(Signal signal) {
            forward(signal.getNumber());
        }

        synchronized void forward(int number) {
            try {
                frames.writeNumber(Frames.SIGNAL, number);
            } catch (IOException e) {
                Runtime.getRuntime().halt(SIGNALLED + number); // the daemon is gone: end as the JVM would
            }
            if (received) {
                Runtime.getRuntime().halt(SIGNALLED + number);
            }
            received = true;
        }
    }
}
