package org.briefing.preview;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live preview of one model: an HTTP server (the JDK's own) that shows the model's HTML
 * editions, renders its PDF and DOCX on request, and reloads the page in the browser whenever the
 * model or the template folder is saved. Listens where {@link PreviewSettings#address()} says,
 * which is the loopback interface unless the user asked otherwise.
 *
 * <pre>{@code
 * PreviewServer server = new PreviewServer(PreviewSettings.of(model, version).withPort(0));
 * server.start();
 * open(server.url());
 * ...
 * server.stop();
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
    /**
     * Connections served at once. The JDK's server gives each connection that has sent a first
     * byte a thread of its own while it reads the request, so this bounds how many slow clients
     * can hold threads; a connection beyond it is closed at once (the documents themselves are
     * bounded by the memory budget).
     */
    static final int MAX_CONNECTIONS = 64;
    /** Seconds a client has to send its whole request: a client that sends a byte and waits is cut off. */
    static final int REQUEST_SECONDS = 10;

    static {
        // the JDK's server reads its limits once, when it is first used; set unless the user has
        defaultTo("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        defaultTo("sun.net.httpserver.maxReqHeaders", "100");
        // small replies go out at once: with Nagle's algorithm a reply whose head and body are
        // written apart waited for the browser's delayed acknowledgement, 30 ms of every reload
        defaultTo("sun.net.httpserver.nodelay", "true");
    }

    private static void defaultTo(String property, String value) {
        System.setProperty(property, System.getProperty(property, value));
    }

    private final PreviewSettings settings;
    private HttpServer http;
    private ExecutorService workers;
    private SourceWatcher watcher;
    private Thread warmUp;

    public PreviewServer(PreviewSettings settings) {
        this.settings = settings;
    }

    /**
     * Loads the model, starts listening and starts watching the sources. A model with problems
     * still starts: the page shows them until they are fixed.
     *
     * @throws IOException when the address cannot be listened on (a port in use, say)
     */
    public synchronized void start() throws IOException {
        if (http != null) {
            throw new IllegalStateException("the preview server is already started");
        }
        LiveModel live = new LiveModel(settings);
        HttpServer server = HttpServer.create(settings.address(), 0);
        AtomicInteger threads = new AtomicInteger();
        // threads come and go up to the bound; a request beyond it is refused (the server closes it)
        workers = new ThreadPoolExecutor(2, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "briefing-preview-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        server.setExecutor(workers);
        server.createContext("/", new PreviewHandler(live, new HostGuard(server.getAddress().getPort())));
        server.start();
        http = server;
        watcher = new SourceWatcher(live.sources(), live::reload);
        warmUp = new Thread(() -> live.warmUp(settings.warmUpLoads()), "briefing-preview-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The thread of the warm-up at start (which ends by itself, or when the server stops). */
    synchronized Thread warmUp() {
        requireStarted();
        return warmUp;
    }

    /** The port listened on: the one asked for, or the one picked for port 0. */
    public synchronized int port() {
        requireStarted();
        return http.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public synchronized URI url() {
        requireStarted();
        InetAddress address = http.getAddress().getAddress();
        InetAddress shown = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        String host = shown instanceof Inet6Address ? "[" + shown.getHostAddress() + "]" : shown.getHostAddress();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops watching and serving at once; open connections are closed. Does nothing when not started. */
    public synchronized void stop() {
        if (http == null) {
            return;
        }
        watcher.close();
        warmUp.interrupt();
        http.stop(0);
        workers.shutdownNow();
        http = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void requireStarted() {
        if (http == null) {
            throw new IllegalStateException("the preview server is not started");
        }
    }
}
