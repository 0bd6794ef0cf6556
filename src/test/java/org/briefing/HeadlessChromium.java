package org.briefing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the tests, driven through chromedriver or run by itself to print
 * a page to PDF, with a private profile in the test's folder and nothing fetched in the
 * background. A test that needs it is skipped only where Chromium or chromedriver is not installed
 * (CI installs both: apt-get install chromium chromium-driver).
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> QUIET = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");
    /** A page of a few hundred kilobytes prints in seconds; this is only a bound for a hung browser. */
    private static final long PRINT_TIMEOUT_SECONDS = 120;

    private HeadlessChromium() {
    }

    /** A browser driven by chromedriver, its profile in {@code folder}; the caller quits it. */
    public static ChromeDriver driver(Path folder) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium/chromedriver not installed (apt-get install chromium chromium-driver)");
        // the driver and browser named outright, so Selenium Manager never looks for (or downloads) either
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(QUIET)
                .addArguments("--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
        return new ChromeDriver(service, options);
    }

    /**
     * {@code page} printed to PDF as a reader's "Print" would, with the page's own {@code @page}
     * size and margins and no header or footer of the browser's; the PDF's bytes.
     */
    public static byte[] printToPdf(Path page, Path folder) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed (apt-get install chromium)");
        Path pdf = folder.resolve("printed.pdf");
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString()));
        command.addAll(QUIET);
        command.addAll(List.of("--user-data-dir=" + Files.createDirectories(folder.resolve("print-profile")),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString()));
        Process chromium = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(PRINT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium did not print " + page);
        }
        if (chromium.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IllegalStateException("chromium failed to print " + page + ": "
                    + Files.readString(folder.resolve("chromium.log")));
        }
        return Files.readAllBytes(pdf);
    }
}
