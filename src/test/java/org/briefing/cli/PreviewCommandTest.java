package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing preview}: starts, prints where, serves until interrupted; refuses what it cannot do. */
class PreviewCommandTest {
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:[0-9]+/) \\(Ctrl-C to stop\\)");

    @TempDir
    Path dir;

    @Test
    void printsTheUrlServesTheModelAndEndsWhenInterrupted() throws Exception {
        Path model = TestModels.write(dir, "kg.yaml", TestModels.VALID);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread command = new Thread(() -> code.set(Main.run(new String[] {"preview", model.toString(), "--port", "0"},
                new PrintWriter(out), new PrintWriter(err))), "preview-command");
        command.start();
        Matcher printed = awaitUrl(out);
        assertThat(err.toString()).isEmpty();

        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(printed.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Progress on trafficking");

        command.interrupt();
        command.join(Duration.ofSeconds(30).toMillis());
        assertThat(command.isAlive()).as("still serving after the interrupt").isFalse();
        assertThat(code.get()).isZero();
    }

    @Test
    void helpListsPreviewAndItsOptions() {
        assertThat(CliTest.run("--help").out()).contains("preview");
        assertThat(CliTest.run("preview", "--help").out())
                .contains("--port", "--bind", "--templates", "--paper", "--allow-fallback");
    }

    @Test
    void aMissingModelFileIsAFailureNamingIt() {
        CliTest.Run run = CliTest.run("preview", dir.resolve("absent.yaml").toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(dir.resolve("absent.yaml") + ": cannot read: no such file");
    }

    @Test
    void aPortInUseIsAFailureSuggestingAnother() throws Exception {
        Path model = TestModels.write(dir, "kg.yaml", TestModels.VALID);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliTest.Run run = CliTest.run("preview", model.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port 0").doesNotContain("Exception");
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() throws Exception {
        Path model = TestModels.write(dir, "kg.yaml", TestModels.VALID);
        CliTest.Run run = CliTest.run("preview", model.toString(), "--port", "70000");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("70000");
    }

    private static Matcher awaitUrl(StringWriter out) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Matcher url = URL.matcher(out.toString());
            if (url.find()) {
                return url;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no URL printed; out: " + out);
    }
}
