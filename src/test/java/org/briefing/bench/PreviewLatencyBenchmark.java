package org.briefing.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.preview.PreviewServer;
import org.briefing.preview.PreviewSettings;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The live preview's latency as a user sees it: the two-page sample open in headless Chromium,
 * its English title saved with a new word, again and again; for each save, the time from the
 * file's change to the edition's response in the browser ("served") and to the page loaded
 * ("shown"), both read from the browser's own navigation timing, on the same clock as the save.
 * Prints median and 90th percentile. Run by {@code bench/run}; arguments: {@code [SAVES]}.
 */
public final class PreviewLatencyBenchmark {
    private static final String TITLE = "en: U.S. Government Recognizes Kyrgyz Progress";
    /** The edition frame's navigation timing, once its heading shows the marker; null until then. */
    private static final String FRAME_TIMING = """
            const frame = document.getElementById('edition');
            if (!frame || !frame.contentDocument) return null;
            const h1 = frame.contentDocument.querySelector('h1');
            if (!h1 || !h1.textContent.includes(arguments[0])) return null;
            const w = frame.contentWindow, nav = w.performance.getEntriesByType('navigation')[0];
            if (!nav || nav.loadEventEnd === 0) return null;
            return [w.performance.timeOrigin + nav.responseEnd, w.performance.timeOrigin + nav.loadEventEnd];
            """;

    private PreviewLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path dir = Files.createTempDirectory("preview-latency");
        Path model = dir.resolve("kyrgyzstan.yaml");
        String original = Files.readString(Path.of("samples/kyrgyzstan.yaml"));
        Files.writeString(model, original);
        PreviewServer server = new PreviewServer(PreviewSettings.of(model, "bench").withPort(0));
        server.start();
        WebDriver browser = chromium(dir);
        try {
            browser.get(server.url().resolve("/view/en").toString());
            List<Double> served = new ArrayList<>();
            List<Double> shown = new ArrayList<>();
            for (int i = -5; i < saves; i++) { // five saves first, untimed: the JIT and the browser warm up
                Thread.sleep(300); // the user types between saves
                String marker = "Mark" + (i + 100);
                long saved = System.currentTimeMillis();
                Files.writeString(model, original.replace(TITLE, TITLE.replace("Kyrgyz", marker)));
                List<?> timing = awaitTiming(browser, marker);
                if (i >= 0) {
                    served.add(((Number) timing.get(0)).doubleValue() - saved);
                    shown.add(((Number) timing.get(1)).doubleValue() - saved);
                }
            }
            System.out.printf(Locale.ROOT, "preview, save to edition served: %6.1f ms median (p90 %.1f ms); to page"
                    + " shown: %.1f ms median (p90 %.1f ms); %d saves of the two-page sample%n", median(served),
                    p90(served), median(shown), p90(shown), saves);
        } finally {
            browser.quit();
            server.stop();
        }
    }

    private static List<?> awaitTiming(WebDriver browser, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Object timing = ((JavascriptExecutor) browser).executeScript(FRAME_TIMING, marker);
                if (timing instanceof List<?> list) {
                    return list;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is between versions: ask again
            }
            Thread.sleep(25); // the times are the browser's own: asking often would only keep it busy
        }
        throw new IllegalStateException("the preview did not show " + marker + " within 30 s");
    }

    private static WebDriver chromium(Path dir) throws java.io.IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(Path.of("/usr/bin/chromium").toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        return new ChromeDriver(service, options);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double p90(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.9 * sorted.length) - 1)];
    }
}
