package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.TestModels;
import org.briefing.TestTemplates;
import org.briefing.html.TemplateException;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.pdf.FontSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template and a model that point stylesheets, imports, fonts, images and links at a listener
 * on 127.0.0.1 and at files outside the template folder: rendering must touch none of them, and
 * a linked stylesheet that is not a file of the template folder is refused.
 */
class NoReachingOutTest {
    private static final String SECRET = "SECRET-MARKER-7f3a";

    @TempDir
    Path dir;

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void rendersWithoutFetchingAnythingOutsideTheTemplateFolder() throws Exception {
        String http = "http://127.0.0.1:" + listener.getLocalPort();
        Path secretCss = Files.writeString(dir.resolve("secret.css"), ".kicker::after { content: \"" + SECRET + "\"; }");
        Path templates = TestTemplates.copy(dir.resolve("templates"));
        Path html = templates.resolve("briefing.html");
        Path css = templates.resolve("briefing.css");
        Files.writeString(css, "@import url(\"" + http + "/import.css\");\n@import url(\"../secret.css\");\n"
                + "@font-face { font-family: Remote; src: url(\"" + http + "/font.ttf\"); }\n"
                + "body { background-image: url(\"" + secretCss.toUri() + "\"); }\n" + Files.readString(css));

        Renderer renderer = new Renderer(TemplateSet.directory(templates), FontSet.bundled(), "test");
        Path model = TestModels.write(dir, "m.yaml", TestModels.VALID.replace("https://example.org/report", http + "/link"));
        Briefing briefing = new ModelLoader(renderer.loadOptions()).load(model).briefing();

        byte[] pdf = renderer.render(briefing, "en", Format.PDF, Paper.A4);
        byte[] page = renderer.render(briefing, "en", Format.HTML, Paper.A4);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain(SECRET).contains("Report");
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(new String(page, StandardCharsets.UTF_8)).doesNotContain(SECRET);
        Thread.sleep(200); // let a connection that was made be counted
        assertThat(connections.get()).as("connections to the listener").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void aPictureFromAnAddressIsRefusedWithoutBeingFetched(String kind) throws Exception {
        String http = "http://127.0.0.1:" + listener.getLocalPort();
        Path secret = Files.writeString(dir.resolve("secret.png"), SECRET);
        Path templates = TestTemplates.copy(dir.resolve("templates"));
        Path html = templates.resolve("briefing.html");
        String src = kind.equals("http") ? http + "/image.png" : secret.toUri().toString();
        Files.writeString(html, Files.readString(html).replace("<div class=\"title-block\">",
                "<div class=\"title-block\"><p><img src=\"" + src + "\" alt=\"x\"/></p>"));
        Renderer renderer = new Renderer(TemplateSet.directory(templates), FontSet.bundled(), "test");
        Briefing briefing = new ModelLoader(renderer.loadOptions()).load(TestModels.write(dir, "m.yaml",
                TestModels.VALID)).briefing();
        for (Format format : Format.values()) {
            assertThatThrownBy(() -> renderer.render(briefing, "en", format, Paper.A4))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("<img src=");
        }
        Thread.sleep(200);
        assertThat(connections.get()).as("connections to the listener").isZero();
    }

    /** A linked stylesheet must be a file of the template folder: anything else is refused, in every format. */
    @Test
    void aStylesheetLinkLeadingOutIsRefusedWithoutFetchingIt() throws Exception {
        String http = "http://127.0.0.1:" + listener.getLocalPort();
        Path secretCss = Files.writeString(dir.resolve("secret.css"), ".kicker::after { content: \"" + SECRET + "\"; }");
        Path model = TestModels.write(dir, "m.yaml", TestModels.VALID);
        for (String href : new String[] {http + "/remote.css", secretCss.toUri().toString(), "../secret.css"}) {
            Path templates = TestTemplates.copy(Files.createTempDirectory(dir, "templates"));
            Path html = templates.resolve("briefing.html");
            Files.writeString(html, Files.readString(html).replace("<link rel=\"stylesheet\" href=\"briefing.css\"/>",
                    "<link rel=\"stylesheet\" href=\"briefing.css\"/>\n<link rel=\"stylesheet\" href=\"" + href + "\"/>"));
            Renderer renderer = new Renderer(TemplateSet.directory(templates), FontSet.bundled(), "test");
            Briefing briefing = new ModelLoader(renderer.loadOptions()).load(model).briefing();
            for (Format format : Format.values()) {
                assertThatThrownBy(() -> renderer.render(briefing, "en", format, Paper.A4)).as(href + " " + format)
                        .isInstanceOf(TemplateException.class)
                        .hasMessageContaining("href=\"" + href + "\">: no such file in the template folder");
            }
        }
        Thread.sleep(200); // let a connection that was made be counted
        assertThat(connections.get()).as("connections to the listener").isZero();
    }
}
