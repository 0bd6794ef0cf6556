package org.briefing.daemon;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The daemon's side: listens on its socket and runs one client's command at a time; a client
 * that finds it busy runs its command itself. Between commands it does its idle work (its
 * warm-up) a step at a time; a command that arrives during a step waits for that step to end,
 * and none begins while a command runs, here or in the process the daemon was started for
 * (whose cores it would take). It ends when it has been idle for its idle time,
 * when its build is replaced (its classes come from the jar, read lazily), when its working folder
 * is no longer the one it was started in, or when asked to stop; a daemon that is killed leaves
 * a socket nobody listens on, which the next daemon of the same key replaces.
 *
 * <p>One daemon per key: it holds its lock file locked while it lives (the system releases the
 * lock of a killed process), and a second daemon started for the same key (two clients racing)
 * finds the lock taken and another listening, and ends at once; one that finds the lock held by
 * a daemon that is ending takes over when it has ended.
 */
public final class DaemonServer {
    private static final long CHECK_MILLIS = 1000;
    private static final long IDLE_POLL_MILLIS = 20;

    private final DaemonFolder folder;
    private final DaemonKey key;
    private final ServedCommand command;
    private final IdleWork idleWork;
    private final Duration idle;
    private final Optional<ProcessHandle> startedFor;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
    private final AtomicLong served = new AtomicLong();
    private final Instant started = Instant.now();
    private final Object workingFolder;
    /** Held by each step of the idle work: a command waits for the step in progress. */
    private final ReentrantLock stepping = new ReentrantLock();
    private final AtomicLong steps = new AtomicLong();
    /** How the idle work stands, as the status says it. */
    private volatile String warmUp = "steps so far";
    private volatile String endedBecause;
    private ServerSocketChannel server;
    private UserPrincipal user;

    /**
     * @param idleWork   done a step at a time whenever no command runs, until it has nothing left
     * @param idle       how long the daemon waits for a command before it ends
     * @param startedFor the process of the command that started the daemon, running beside it
     */
    public DaemonServer(DaemonFolder folder, DaemonKey key, ServedCommand command, IdleWork idleWork, Duration idle,
            Optional<ProcessHandle> startedFor) {
        this.folder = folder;
        this.key = key;
        this.command = command;
        this.idleWork = idleWork;
        this.idle = idle;
        this.startedFor = startedFor;
        this.workingFolder = workingFolderIdentity();
    }

    /**
     * Serves until idle, stale or stopped, and says why it ended; null when another daemon of
     * the same key is already serving.
     */
    public String serve() throws IOException {
        String name = key.name();
        user = DaemonFolder.currentUser(folder.path());
        try (FileChannel lockFile = FileChannel.open(folder.lock(name), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = lockWhenFree(lockFile, folder.socket(name), idle)) {
            if (lock == null) {
                return null;
            }
            Path socket = folder.socket(name);
            Files.deleteIfExists(socket); // left by a daemon that was killed: this one holds the lock now
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "briefing-daemon-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            try (ServerSocketChannel listening = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                listening.bind(UnixDomainSocketAddress.of(socket));
                server = listening;
                watchdog.scheduleWithFixedDelay(this::endIfDue, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
                Thread idleWorker = new Thread(this::workWhileIdle, "briefing-daemon-idle-work");
                idleWorker.setDaemon(true);
                idleWorker.start();
                acceptUntilClosed(listening);
            } finally {
                watchdog.shutdownNow();
                Files.deleteIfExists(socket);
            }
            awaitIdle(); // a command still running (stop was asked meanwhile) ends first
            deleteIfEmpty(folder.log(name)); // the lock file stays: removing it could let two daemons hold "it"
        }
        return endedBecause;
    }

    /**
     * The lock, once no other daemon of the key holds it; null as soon as another listens (two
     * clients raced to start one). A daemon that holds it without listening is ending (stopped
     * while it finishes a long command, say): this one takes over when it has ended, within its
     * own idle time.
     */
    private static FileLock lockWhenFree(FileChannel lockFile, Path socket, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileLock lock = lockFile.tryLock();
            if (lock != null || isListening(socket) || System.nanoTime() > deadline) {
                return lock;
            }
            try {
                Thread.sleep(IDLE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static boolean isListening(Path socket) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void acceptUntilClosed(ServerSocketChannel listening) throws IOException {
        while (true) {
            SocketChannel connection;
            try {
                connection = listening.accept();
            } catch (ClosedChannelException e) {
                return; // closed by end(): idle, stale or stopped
            }
            Thread handler = new Thread(() -> handle(connection), "briefing-daemon-connection");
            handler.setDaemon(true);
            handler.start();
        }
    }

    private void handle(SocketChannel connection) {
        try (connection) {
            UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (!peer.user().equals(user)) {
                return; // the folder is private; this is a second lock on the door
            }
            Frames frames = new Frames(connection);
            Frames.Frame hello = frames.read();
            Frames.Frame request = frames.read();
            if (hello.type() != Frames.HELLO) {
                return;
            }
            switch (request.type()) {
                case Frames.STATUS -> frames.write(Frames.TEXT, status());
                case Frames.STOP -> {
                    frames.write(Frames.TEXT, "stopping " + ProcessHandle.current().pid());
                    end("asked to stop");
                }
                case Frames.RUN -> run(frames, hello.text(), Frames.Run.of(request), connection);
                default -> {
                    // not a request of this protocol: nothing to answer
                }
            }
        } catch (IOException | RuntimeException e) {
            // a client that went away or spoke nonsense; the daemon goes on
        }
    }

    private void run(Frames frames, String clientKey, Frames.Run run, SocketChannel connection) throws IOException {
        if (!clientKey.equals(key.text())) {
            frames.write(Frames.REFUSED, "a daemon of another build or setting");
            return;
        }
        if (!isCurrent()) {
            frames.write(Frames.REFUSED, Frames.STALE);
            end("its build or working folder changed");
            return;
        }
        if (!busy.compareAndSet(false, true)) {
            frames.write(Frames.REFUSED, "busy");
            return;
        }
        try {
            stepping.lock(); // the idle work's step in progress ends first; none begins until this command has
            stepping.unlock();
            frames.write(Frames.ACCEPTED, new byte[0]);
            Session session = new Session(frames, run, Thread.currentThread());
            Thread listener = new Thread(() -> listen(frames, session), "briefing-daemon-signals");
            listener.setDaemon(true);
            listener.start();
            int code;
            try {
                code = command.run(session);
            } catch (Exception | Error e) {
                session.err().println("briefing: error: the background process failed: " + e);
                code = 1;
            }
            session.finish(code);
            served.incrementAndGet();
        } finally {
            Thread.interrupted(); // an interruption meant for the command ends with it
            lastActive.set(System.nanoTime());
            busy.set(false);
        }
    }

    /** What one turn of the idle work did. */
    private enum Turn { STEPPED, WAITED, FINISHED }

    /**
     * Steps of the idle work, each begun only while no command runs, here or in the process the
     * daemon was started for.
     */
    private void workWhileIdle() {
        try {
            Turn turn = Turn.WAITED;
            while (endedBecause == null && turn != Turn.FINISHED) {
                turn = startedForRuns() ? Turn.WAITED : stepUnlessBusy();
                if (turn == Turn.WAITED) {
                    Thread.sleep(IDLE_POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // idle work is an optimisation: commands are served without it; its log says why it stopped
            warmUp = "steps, failed";
            System.err.println("briefing daemon: warm-up stopped: " + e);
        }
    }

    private boolean startedForRuns() {
        return startedFor.map(ProcessHandle::isAlive).orElse(false);
    }

    private Turn stepUnlessBusy() {
        stepping.lock();
        try {
            if (busy.get()) {
                return Turn.WAITED;
            }
            if (!idleWork.step()) {
                warmUp = "steps, done";
                return Turn.FINISHED;
            }
            steps.incrementAndGet();
            return Turn.STEPPED;
        } finally {
            stepping.unlock();
        }
    }

    /** Passes the client's signals on, and notices when the client goes away before the end. */
    private static void listen(Frames frames, Session session) {
        try {
            while (true) {
                Frames.Frame frame = frames.read();
                if (frame.type() == Frames.SIGNAL) {
                    session.signal(frame.number());
                }
            }
        } catch (EOFException | ClosedChannelException e) {
            session.clientGone();
        } catch (IOException e) {
            session.clientGone();
        }
    }

    private void endIfDue() {
        if (busy.get()) {
            return;
        }
        if (startedForRuns()) {
            lastActive.set(System.nanoTime()); // idle only once it has had a chance to warm up
            return;
        }
        if (!isCurrent()) {
            end("its build or working folder changed");
        } else if (System.nanoTime() - lastActive.get() > idle.toNanos()) {
            end("idle for " + idle.toMinutes() + " min");
        }
    }

    private boolean isCurrent() {
        return key.build().isCurrent() && workingFolder != null && workingFolder.equals(workingFolderIdentity());
    }

    private synchronized void end(String why) {
        if (endedBecause == null) {
            endedBecause = why;
        }
        try {
            server.close();
        } catch (IOException e) {
            // closing a listening socket does not fail in any way that matters here
        }
    }

    private static void deleteIfEmpty(Path file) {
        try {
            if (Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // absent, or kept for someone to read
        }
    }

    private void awaitIdle() {
        while (busy.get()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String status() {
        return "pid " + ProcessHandle.current().pid() + "\n"
                + "folder " + Path.of("").toAbsolutePath() + "\n"
                + "started " + started + "\n"
                + "commands " + served.get() + "\n"
                + "busy " + busy.get() + "\n"
                + "warm-up " + steps.get() + " " + warmUp + "\n"
                + "key " + key.name() + "\n";
    }

    /**
     * The working folder this process was started in, by identity: the name it was started
     * under could later name another folder (removed and made again), where relative paths would
     * not mean what the client means.
     */
    private static Object workingFolderIdentity() {
        try {
            Object byName = Files.readAttributes(Path.of("").toAbsolutePath(), BasicFileAttributes.class).fileKey();
            Object actual = Files.readAttributes(Path.of("."), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            return byName != null && byName.equals(actual) ? byName : null;
        } catch (IOException e) {
            return null;
        }
    }
}
