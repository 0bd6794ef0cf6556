package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.TestModels;
import org.briefing.html.TemplateSet;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.pdf.FontSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template and a model that point stylesheets, imports, fonts, images and links at a listener
 * on 127.0.0.1 and at files outside the template folder: rendering must touch none of them.
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
        Path templates = copyTemplates(dir.resolve("templates"));
        Path html = templates.resolve("briefing.html");
        Files.writeString(html, Files.readString(html)
                .replace("<link rel=\"stylesheet\" href=\"briefing.css\"/>",
                        "<link rel=\"stylesheet\" href=\"briefing.css\"/>\n"
                                + "<link rel=\"stylesheet\" href=\"" + http + "/remote.css\"/>\n"
                                + "<link rel=\"stylesheet\" href=\"" + secretCss.toUri() + "\"/>\n"
                                + "<link rel=\"stylesheet\" href=\"../secret.css\"/>")
                .replace("<div class=\"title-block\">",
                        "<div class=\"title-block\"><img src=\"" + http + "/image.png\" alt=\"x\"/>"
                                + "<img src=\"" + secretCss.toUri() + "\" alt=\"y\"/>"));
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

    private static Path copyTemplates(Path target) throws IOException {
        Path source = Path.of("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
