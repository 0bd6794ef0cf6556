package org.briefing.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.briefing.HeadlessChromium;
import org.briefing.TestModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in a real browser: Debian's headless Chromium, driven through chromedriver.
 * Nothing here reloads the page: every change after the first visit must come from the page's
 * own script. Skipped only where Chromium or chromedriver is not installed.
 */
class PreviewBrowserTest {
    private static final Duration WAIT = PreviewClient.RELOAD_WAIT;
    private static final String RU_TITLE = PreviewServerTest.RU_TITLE;

    @TempDir
    Path dir;

    Path model;
    PreviewServer server;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        browser = HeadlessChromium.driver(dir);
        model = TestModels.write(dir, "kg.yaml", TestModels.VALID);
        server = new PreviewServer(PreviewSettings.of(model, "test").withPort(0).withWarmUpLoads(0));
        server.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void followsLanguageLinksAndEveryEditOfTheModelByItself() throws IOException {
        browser.get(server.url().toString());
        await("the English edition", () -> editionHeading().equals(PreviewServerTest.EN_TITLE));
        assertThat(browser.getTitle()).startsWith(PreviewServerTest.EN_TITLE);

        browser.findElement(By.cssSelector("a[href='/view/ru']")).click();
        await("the Russian edition", () -> editionHeading().equals(RU_TITLE));
        assertThat(browser.getTitle()).startsWith(RU_TITLE);

        Files.writeString(model, TestModels.VALID.replace("ru: " + RU_TITLE, "ru: Новый заголовок"));
        await("the saved title", () -> editionHeading().equals("Новый заголовок"));

        Files.writeString(model, TestModels.VALID.replace("date: 2020-06-25", "date: 2020-02-30"));
        await("the problem list", () -> page().contains("is not a real date"));
        String row = browser.findElement(By.xpath("//tr[td[contains(., 'is not a real date')]]")).getText();
        assertThat(row).contains(model.toString(), "7", "date");

        Files.writeString(model, TestModels.VALID);
        await("the edition again", () -> editionHeading().equals(RU_TITLE));
    }

    @Test
    void aSaveThatLeavesThePageAroundTheEditionAsItWasReloadsTheEditionAlone() throws IOException {
        browser.get(server.url().resolve("/view/en").toString());
        await("the English edition", () -> editionHeading().equals(PreviewServerTest.EN_TITLE));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.briefingTestMark = 'this page';");

        Files.writeString(model, TestModels.VALID.replace("en: " + PreviewServerTest.EN_TITLE, "en: A new title"));
        await("the saved title", () -> editionHeading().equals("A new title"));
        assertThat(browser.getTitle()).startsWith("A new title");
        assertThat(script.executeScript("return window.briefingTestMark;")).as("the page itself stayed")
                .isEqualTo("this page");

        Files.writeString(model, TestModels.VALID.replace("languages: [en, ru, ky]", "languages: [en, ru]")
                .replaceAll(", ky: [^}]*}", "}"));
        await("the page without a Kyrgyz link", () -> editionHeading().equals(PreviewServerTest.EN_TITLE)
                && browser.findElements(By.cssSelector("a[href='/view/ky']")).isEmpty());
        assertThat(script.executeScript("return window.briefingTestMark;")).as("a new page").isNull();
    }

    /** The h1 of the edition in the frame, or "" while the page is between versions. */
    private String editionHeading() {
        browser.switchTo().defaultContent();
        browser.switchTo().frame("edition");
        try {
            return browser.findElement(By.tagName("h1")).getText();
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    private String page() {
        browser.switchTo().defaultContent();
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Waits, within a bound, for a condition; a page caught mid-reload simply counts as not yet. */
    private void await(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).withMessage(() -> "waiting for " + what)
                .ignoring(WebDriverException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
