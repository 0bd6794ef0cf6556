package org.briefing.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.briefing.TestModels;
import org.briefing.render.Paper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over plain HTTP, as a browser (or a hostile page) meets it. */
class PreviewServerTest {
    static final String EN_TITLE = "Progress on trafficking";
    static final String RU_TITLE = "Прогресс в борьбе с торговлей людьми";

    @TempDir
    Path dir;

    Path model;
    PreviewServer server;
    PreviewClient client;

    @BeforeEach
    void start() throws IOException {
        model = TestModels.write(dir, "kg.yaml", TestModels.VALID);
        server = start(PreviewSettings.of(model, "test"));
    }

    /** A server without the warm-up at start, which the tests do not need and two cores feel. */
    PreviewServer start(PreviewSettings settings) throws IOException {
        return launch(settings.withWarmUpLoads(0));
    }

    PreviewServer launch(PreviewSettings settings) throws IOException {
        if (server != null) {
            server.stop();
        }
        PreviewServer started = new PreviewServer(settings.withPort(0));
        started.start();
        client = new PreviewClient(started.port());
        return started;
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void listensOnLoopbackAtThePortItPrints() {
        assertThat(server.port()).isPositive();
        assertThat(server.url()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    @Test
    void pageFramesTheDefaultEditionWithLinksToEveryLanguageAndDownload() throws Exception {
        HttpResponse<byte[]> page = client.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>" + EN_TITLE)
                .contains("<iframe id=\"edition\" src=\"/edition/en\"")
                .contains("href=\"/view/en\"", "href=\"/view/ru\"", "href=\"/view/ky\"")
                .contains("href=\"/pdf/en\"", "href=\"/docx/en\"")
                .contains("<script src=\"/preview.js\"");

        HttpResponse<byte[]> edition = client.get("/edition/en");
        assertThat(edition.statusCode()).isEqualTo(200);
        assertThat(edition.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(new String(edition.body(), StandardCharsets.UTF_8))
                .contains("<h1 data-field=\"title\">" + EN_TITLE + "</h1>", "First achievement", "Investigate vigorously");
    }

    @Test
    void languageLinkShowsThatEdition() throws Exception {
        String page = client.text("/view/ru");
        assertThat(page).contains("<title>" + RU_TITLE)
                .contains("src=\"/edition/ru\"")
                .contains("href=\"/pdf/ru\"", "href=\"/docx/ru\"")
                .containsPattern("href=\"/view/ru\"[^>]*aria-current=\"page\"");
        String edition = client.text("/edition/ru");
        assertThat(edition).contains("<html lang=\"ru\"", RU_TITLE, "Первое достижение").doesNotContain("First achievement");
    }

    @Test
    void pdfIsRenderedNowAndNamedAfterIdAndLanguage() throws Exception {
        HttpResponse<byte[]> pdf = client.get("/pdf/ru");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"kg-test.ru.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Первое достижение");
        }
    }

    @Test
    void pdfIsOnThePaperAskedFor() throws Exception {
        server = start(PreviewSettings.of(model, "test").withPaper(Paper.LETTER));
        try (PDDocument document = Loader.loadPDF(client.get("/pdf/en").body())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, Offset.offset(1f));
        }
    }

    @Test
    void withFallbackAllowedAMissingTranslationIsAWarningAboveTheEdition() throws Exception {
        Files.writeString(model, TestModels.VALID.replace(", ky: Биринчи жетишкендик", ""));
        server = start(PreviewSettings.of(model, "test").withAllowFallback(true));
        String page = client.text("/view/ky");
        assertThat(page).contains("<ul class=\"warnings\"><li>" + model + ":12:5: warning: achievements[0].ky: ")
                .contains("<iframe id=\"edition\"");
        assertThat(client.text("/edition/ky")).contains("First achievement");
    }

    @Test
    void docxIsAWordFileOrAPageSayingWhyNot() throws Exception {
        HttpResponse<byte[]> docx = client.get("/docx/en");
        if (docx.statusCode() == 200) {
            assertThat(docx.headers().firstValue("Content-Type"))
                    .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(docx.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"kg-test.en.docx\"");
            assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        } else {
            assertThat(docx.statusCode()).isIn(500, 501);
            assertThat(docx.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(new String(docx.body(), StandardCharsets.UTF_8)).contains("The DOCX could not be made")
                    .contains("href=\"/view/en\"");
        }
    }

    @Test
    void savingTheModelChangesTheServedPage() throws Exception {
        String before = client.text("/generation");
        Files.writeString(model, TestModels.VALID.replace("en: Progress on trafficking", "en: Progress reviewed"));
        client.await("/edition/en", html -> html.contains("Progress reviewed"));
        assertThat(client.text("/generation")).isNotEqualTo(before);
        assertThat(client.text("/")).contains("<title>Progress reviewed");
    }

    @Test
    void aPageAskingForChangesHearsOfTheNextSaveWithItsShellsFingerprint() throws Exception {
        String page = client.text("/view/en");
        String generation = attribute(page, "data-generation");
        String shell = attribute(page, "data-shell");
        assertThat(attribute(page, "data-view")).isEqualTo("en");
        java.util.concurrent.CompletableFuture<String> asked = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> text("/changes?after=" + generation + "&view=en"));
        Thread.sleep(300);
        assertThat(asked).as("no answer before a save").isNotDone();

        Files.writeString(model, TestModels.VALID.replace("en: Progress on trafficking", "en: Progress reviewed")
                .replace("en: First achievement", "en: A first achievement"));
        JsonNode change = JsonMapper.shared().readTree(asked.get(PreviewClient.RELOAD_WAIT.toSeconds(),
                java.util.concurrent.TimeUnit.SECONDS));

        assertThat(change.path("generation").asString()).isNotEqualTo(generation)
                .isEqualTo(client.text("/generation"));
        assertThat(change.path("shell").asString()).as("a new title and text: the frame alone changes")
                .isEqualTo(shell);
        assertThat(change.path("title").asString()).isEqualTo("Progress reviewed");
        assertThat(client.text("/edition/en")).contains("A first achievement");
    }

    @Test
    void aSaveThatChangesThePageAroundTheEditionChangesItsFingerprint() throws Exception {
        String page = client.text("/view/en");
        Files.writeString(model, TestModels.VALID.replace("languages: [en, ru, ky]", "languages: [en, ru]")
                .replace(", ky: Кыргыз Республикасы}", "}").replaceAll(", ky: [^}]*}", "}"));
        JsonNode change = JsonMapper.shared().readTree(text("/changes?after=" + attribute(page, "data-generation")
                + "&view=en"));
        assertThat(change.path("shell").asString()).as("one language link fewer")
                .isNotEqualTo(attribute(page, "data-shell")).isNotEmpty();
    }

    @Test
    void askingForChangesWithoutSayingAfterWhatIsRefused() throws Exception {
        assertThat(client.get("/changes").statusCode()).isEqualTo(400);
        assertThat(client.get("/changes?after=..%2f&view=en").statusCode()).isEqualTo(400);
    }

    private String text(String path) {
        try {
            return client.text(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String attribute(String page, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile(name + "=\"([^\"]*)\"").matcher(page);
        assertThat(value.find()).as(name + " in " + page).isTrue();
        return value.group(1);
    }

    @Test
    void brokenModelShowsEveryProblemWithFileLineAndFieldUntilItIsFixed() throws Exception {
        Files.writeString(model, TestModels.VALID.replace("code: KG", "code: XQ")
                .replace("date: 2020-06-25", "date: 2020-02-30"));
        String page = client.await("/", html -> html.contains("The model cannot be shown"));
        assertThat(page)
                .contains("<td>" + model + "</td><td>4</td><td>9</td><td>country.code</td>"
                        + "<td>&#39;XQ&#39; is not an ISO 3166-1 alpha-2 country code</td>")
                .contains("<td>" + model + "</td><td>7</td><td>7</td><td>date</td>"
                        + "<td>&#39;2020-02-30&#39; is not a real date</td>")
                .doesNotContain("<iframe");
        assertThat(client.text("/view/ru")).contains("The model cannot be shown");
        assertThat(client.get("/edition/en").statusCode()).isEqualTo(503);
        assertThat(client.get("/pdf/en").statusCode()).isEqualTo(503);

        Files.writeString(model, TestModels.VALID);
        client.await("/", html -> html.contains("<iframe id=\"edition\""));
        assertThat(client.text("/edition/en")).contains(EN_TITLE);
    }

    @Test
    void modelTextInAProblemIsEscaped() throws Exception {
        Files.writeString(model, TestModels.VALID + "\"<img src=x onerror=alert(1)>\": 1\n");
        String page = client.await("/", html -> html.contains("The model cannot be shown"));
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }

    @Test
    void aModelThatCannotBeReadAtStartIsShownAsAProblem() throws Exception {
        server = start(PreviewSettings.of(dir.resolve("absent.yaml"), "test"));
        assertThat(client.text("/")).contains("cannot read: no such file");
        TestModels.write(dir, "absent.yaml", TestModels.VALID);
        client.await("/", html -> html.contains("<iframe id=\"edition\""));
    }

    @Test
    void savingATemplateOfTheTemplateFolderChangesTheServedPage() throws Exception {
        Path templates = copyOfBundledTemplates();
        server = start(PreviewSettings.of(model, "test").withTemplates(templates));
        assertThat(client.text("/edition/en")).contains("Key achievements");
        Path labels = templates.resolve("messages/messages_en.properties");
        Files.writeString(labels, Files.readString(labels).replace("=Key achievements", "=Main achievements"));
        client.await("/edition/en", html -> html.contains("Main achievements"));
    }

    @Test
    void aTemplateThatFailsIsShownInsteadOfTheEditionUntilItIsFixed() throws Exception {
        Path templates = copyOfBundledTemplates();
        server = start(PreviewSettings.of(model, "test").withTemplates(templates));
        Path template = templates.resolve("briefing.html");
        String good = Files.readString(template);
        Files.writeString(template, good.replace("th:text=\"${e.title}\"", "th:text=\"${e.noSuchField}\""));
        String page = client.await("/", html -> html.contains("This edition cannot be rendered"));
        assertThat(page).contains("briefing.html:").doesNotContain("<iframe");
        assertThat(client.get("/edition/en").statusCode()).isEqualTo(500);

        Files.writeString(template, good);
        client.await("/", html -> html.contains("<iframe id=\"edition\""));
    }

    @Test
    void requestsForAnotherHostNameAreRefused() throws Exception {
        int port = server.port();
        assertThat(client.raw("/", "localhost:" + port)).startsWith("HTTP/1.1 200");
        assertThat(client.raw("/", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
        assertThat(client.raw("/", "[::1]:" + port)).startsWith("HTTP/1.1 200");
        for (String host : new String[] {"attacker.example:" + port, "localhost.attacker.example:" + port,
                "attacker.example", "localhost:" + (port + 1), "127.0.0.1"}) {
            String response = client.raw("/", host);
            assertThat(response).as(host).startsWith("HTTP/1.1 403").doesNotContain(EN_TITLE);
        }
    }

    /** Before, any page open in the same browser could have the preview render PDFs for it. */
    @Test
    void requestsFromOtherSitesAreRefused() throws Exception {
        int port = server.port();
        String host = "127.0.0.1:" + port;
        for (String header : new String[] {"Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site",
                "Origin: http://evil.example", "Origin: null", "Origin: http://localhost:" + port}) {
            for (String target : new String[] {"/pdf/en", "/", "/generation"}) {
                assertThat(client.raw(target, host, header)).as(header + " " + target)
                        .startsWith("HTTP/1.1 403").endsWith("this preview answers its own pages only, not requests"
                                + " from other sites\n");
            }
        }
        for (String header : new String[] {"Sec-Fetch-Site: same-origin", "Sec-Fetch-Site: none",
                "Origin: http://" + host}) {
            assertThat(client.raw("/generation", host, header)).as(header).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void unknownPathsAndTraversalAttemptsFindNothing() throws Exception {
        String host = "127.0.0.1:" + server.port();
        for (String target : new String[] {"/nothing", "/view/de", "/edition/", "/view/en/", "/kg.yaml",
                "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                "/edition/..%2f..%2fetc%2fpasswd", "/preview.js/../../../etc/passwd", "//etc/passwd",
                "/view/en%00", "/edition/" + model.getFileName()}) {
            String response = client.raw(target, host);
            assertThat(response).as(target).startsWith("HTTP/1.1 404").doesNotContain("root:")
                    .doesNotContain("schema: briefing/1");
        }
        assertThat(client.get("/view/de").body()).asString(StandardCharsets.UTF_8)
                .contains("The model has no &#39;de&#39; edition (it has en, ru, ky)");
    }

    @Test
    void onlyGetIsAnswered() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "HEAD"}) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(server.url() + "pdf/en"))
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        }
    }

    @Test
    void scriptsMayComeFromThePreviewOnlyAndTheEditionRunsNone() throws Exception {
        assertThat(client.get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(client.get("/edition/en").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'self'")
                        .doesNotContain("script-src"));
        HttpResponse<byte[]> script = client.get("/preview.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theWarmUpAtStartEndsByItselfAndShowsNothing() throws Exception {
        server = launch(PreviewSettings.of(model, "test"));
        String generation = client.text("/generation");
        Thread warmUp = server.warmUp();
        warmUp.join(Duration.ofSeconds(120).toMillis());
        assertThat(warmUp.isAlive()).as("still warming up after two minutes").isFalse();
        assertThat(client.text("/generation")).as("the page's load").isEqualTo(generation);
    }

    @Test
    void stoppedServerNoLongerAnswers() throws Exception {
        int port = server.port();
        server.stop();
        assertThat(new PreviewClient(port)).satisfies(stopped -> {
            try {
                stopped.get("/");
                throw new AssertionError("the stopped server answered");
            } catch (IOException expected) {
                // connection refused
            }
        });
    }

    private Path copyOfBundledTemplates() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("templates/messages"));
        for (String name : new String[] {"briefing.html", "briefing.css", "messages/messages_en.properties",
                "messages/messages_ru.properties", "messages/messages_ky.properties"}) {
            Files.copy(Path.of("templates").resolve(name), copy.getParent().resolve(name));
        }
        return copy.getParent();
    }
}
