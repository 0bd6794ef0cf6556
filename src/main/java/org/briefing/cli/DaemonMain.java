package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.briefing.daemon.DaemonFolder;
import org.briefing.daemon.DaemonKey;
import org.briefing.daemon.DaemonServer;
import org.briefing.daemon.Session;
import org.briefing.pdf.FontSet;
import org.briefing.render.HeapGuard;

/**
 * The warm background process's entry point, started by a client ({@link DaemonUse}): serves
 * command lines until idle for a while ({@code -Dbriefing.daemon.idle}, an ISO-8601 duration,
 * default 15 minutes), stale or stopped, and warms up while it waits ({@link WarmUp};
 * {@code -Dbriefing.daemon.warmUp=N} editions), once the command it was started for has ended
 * ({@link DaemonUse#STARTED_FOR}). Each command runs exactly as {@link Main} runs it, with
 * the client's output, terminal and signals.
 */
public final class DaemonMain {
    private static final Duration IDLE = Duration.ofMinutes(15);

    private DaemonMain() {
    }

    public static void main(String[] args) throws Exception {
        Main.configureLibraries();
        Optional<DaemonFolder> folder = DaemonFolder.standard();
        if (folder.isEmpty()) {
            System.exit(1);
        }
        DaemonKey key = DaemonKey.of(DaemonUse.options(System.getProperty(DaemonUse.OPTIONS, "")));
        // every command here draws with the bundled fonts: read while the first client connects
        Prefetch.inBackground("fonts", FontSet::bundled);
        Prefetch.inBackground("heap guard", HeapGuard::install); // a daemon makes documents for hours
        String idle = System.getProperty("briefing.daemon.idle");
        // how much warming up a daemon does (tests: none, they measure nothing)
        int warmUp = Integer.getInteger("briefing.daemon.warmUp", WarmUp.EDITIONS);
        new DaemonServer(folder.get(), key, DaemonMain::run, new WarmUp(warmUp),
                idle == null ? IDLE : Duration.parse(idle),
                DaemonUse.startedFor(System.getProperty(DaemonUse.STARTED_FOR))).serve();
        System.exit(0);
    }

    private static int run(Session session) {
        Interruption interruption = new Interruption(session::end, session::abandon);
        session.onSignal(interruption::receive);
        PrintWriter out = new PrintWriter(session.out(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(session.err(), true, StandardCharsets.UTF_8);
        return Main.run(session.args().toArray(String[]::new), out, err,
                new Terminal(session.interactive(), session.width(), session.err()), interruption);
    }
}
