package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview, as a real process, against clients that open a connection, send a byte and
 * wait (slowloris): they must neither stop it answering others nor hold it forever. Every
 * socket is on 127.0.0.1, and there are a bounded number of them for a bounded time.
 */
class PreviewSlowClientsTest {
    private static final Pattern URL = Pattern.compile("at http://127\\.0\\.0\\.1:([0-9]+)/ \\(Ctrl-C to stop\\)");
    private static final int SLOW_CLIENTS = 50;
    /** The time a client has for its request, shortened for the test from the default of 10 s. */
    private static final int REQUEST_SECONDS = 2;

    @TempDir
    Path dir;

    @Test
    void aRequestIsAnsweredWithinASecondWhileFiftySlowConnectionsAreOpenAndTheyAreCutOff() throws Exception {
        Path model = TestModels.write(dir, "kg.yaml", TestModels.VALID);
        BriefingProcess.Running preview = new BriefingProcess(dir)
                .jvmOption("-Dsun.net.httpserver.maxReqTime=" + REQUEST_SECONDS)
                .start("preview", model.toString(), "--port", "0");
        List<Socket> slow = new ArrayList<>();
        try {
            int port = awaitPort(preview);
            assertThat(get(port, "/generation")).startsWith("HTTP/1.1 200"); // warmed up: classes loaded
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write('G'); // the first byte of a request that never comes
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Thread.sleep(200); // every slow connection has reached the server and holds a thread

            long started = System.nanoTime();
            String answer = get(port, "/generation");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(took).as("answered while %d slow connections are open", SLOW_CLIENTS)
                    .isLessThan(Duration.ofSeconds(1));
            for (Socket socket : slow) {
                assertThat(closedByServerWithin(socket, Duration.ofSeconds(REQUEST_SECONDS + 10)))
                        .as("a slow connection is cut off").isTrue();
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
            preview.process.destroy();
            preview.process.waitFor();
        }
    }

    private static int awaitPort(BriefingProcess.Running preview) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline && preview.process.isAlive()) {
            Matcher printed = URL.matcher(preview.outSoFar());
            if (printed.find()) {
                return Integer.parseInt(printed.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the preview did not print its address: " + preview.errSoFar());
    }

    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Whether the server closes {@code socket} (end of stream, or reset) within {@code wait}. */
    private static boolean closedByServerWithin(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try (InputStream in = socket.getInputStream()) {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }
}
