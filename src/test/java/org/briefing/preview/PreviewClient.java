package org.briefing.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Requests to a preview server on this machine, as a browser or a hostile page would send them. */
final class PreviewClient {
    /** How long a save may take to show; generous for a loaded two-core machine, never waited out when all is well. */
    static final Duration RELOAD_WAIT = Duration.ofSeconds(20);

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PreviewClient(int port) {
        this.port = port;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String text(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    /** The body of {@code path} once it satisfies {@code until}; fails after {@link #RELOAD_WAIT}. */
    String await(String path, Predicate<String> until) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(RELOAD_WAIT);
        String body = text(path);
        while (!until.test(body)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("GET " + path + " did not change as expected within " + RELOAD_WAIT
                        + "; last answer:\n" + body);
            }
            Thread.sleep(100);
            body = text(path);
        }
        return body;
    }

    /**
     * The whole response (status line, headers, body) to a request written byte for byte, since HttpClient neither lets a test set
     * the Host header nor sends {@code ..} segments unchanged; {@code headers} are more {@code Name: value} lines.
     */
    String raw(String target, String host, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder more = new StringBuilder();
            for (String header : headers) {
                more.append(header).append("\r\n");
            }
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + more + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
