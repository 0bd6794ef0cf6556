package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.HeadlessChromium;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.pdf.PdfLines;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML edition in a real browser, Debian's headless Chromium: its text is set in the real
 * bold and italic faces of the installed fonts, not their regular faces; and printed, every page
 * carries the classification banner at its top and foot and "page X of Y", in the page margins,
 * clear of the text.
 */
class HtmlInChromiumTest {
    private static final Renderer RENDERER = Renderer.bundled("test");

    @TempDir
    Path dir;

    @Test
    void boldAndItalicTextIsSetInTheBoldAndItalicFaces() throws Exception {
        Path page = html(Path.of("samples/kyrgyzstan.yaml"), "en");
        ChromeDriver browser = HeadlessChromium.driver(dir);
        try {
            browser.get(page.toUri().toString());
            String body = face(browser, "section#background p");
            // Liberation is what a Linux desktop has for Times New Roman and Arial; elsewhere the
            // faces have other names, which this test does not know
            assumeTrue(body.startsWith("LiberationSerif"), "Liberation fonts not installed: " + body);
            assertThat(body).isEqualTo("LiberationSerif");
            assertThat(face(browser, "blockquote p")).isEqualTo("LiberationSerif-Italic");
            assertThat(face(browser, "h1")).isEqualTo("LiberationSans-Bold");
            assertThat(face(browser, "p.attribution strong")).isEqualTo("LiberationSans-Bold");
            assertThat(face(browser, "p.meta cite")).isEqualTo("LiberationSans-Italic");
            assertThat(face(browser, "p.attribution span")).isEqualTo("LiberationSans");
        } finally {
            browser.quit();
        }
    }

    @Test
    void printedEveryPageCarriesTheBannerAndItsNumberInItsMargins() throws Exception {
        Path model = Path.of("src/test/resources/models/long.yaml");
        Briefing briefing = new ModelLoader(RENDERER.loadOptions()).load(model).briefing();
        String banner = briefing.classification().in("en").orElseThrow();
        PdfLines printed = PdfLines.of(HeadlessChromium.printToPdf(html(model, "en"), dir));
        assertThat(printed.pages()).as("a briefing of several pages").isGreaterThan(2);

        PdfLines.TextArea area = printed.textArea();
        for (int page = 0; page < printed.pages(); page++) {
            int number = page;
            List<PdfLines.Line> lines = printed.all().stream().filter(line -> line.page() == number).toList();
            List<String> above = lines.stream().filter(line -> line.baseline() < area.top()).map(PdfLines.Line::text)
                    .toList();
            List<String> below = lines.stream().filter(line -> line.baseline() > area.bottom())
                    .map(PdfLines.Line::text).toList();
            String footer = "Page " + (page + 1) + " of " + printed.pages();
            assertThat(below).as("page %d's foot", page + 1).singleElement()
                    .satisfies(line -> assertThat(line).contains(banner, footer));
            if (page == 0) {
                assertThat(above).as("the first page: its banner begins the text").isEmpty();
                assertThat(printed.onPage(0).get(0).text()).isEqualTo(banner);
            } else {
                assertThat(above).as("page %d's head", page + 1).containsExactly(banner);
            }
            assertThat(lines).as("page %d: nothing but the margins' lines outside the text area", page + 1)
                    .filteredOn(line -> line.left() < area.left() - 1 || line.right() > area.right() + 1)
                    .isEmpty();
        }
    }

    @Test
    void thePageIsSizedForAPhonesScreen() throws Exception {
        String page = Files.readString(html(Path.of("samples/kyrgyzstan.yaml"), "en"));
        assertThat(page).containsPattern("<head><meta [^>]*>"
                + "<meta (?=[^>]*name=\"viewport\")(?=[^>]*content=\"width=device-width, initial-scale=1\")");
    }

    /** The HTML edition of {@code model} in {@code language}, written to the test's folder. */
    private Path html(Path model, String language) throws Exception {
        Briefing briefing = new ModelLoader(RENDERER.loadOptions()).load(model).briefing();
        Path page = dir.resolve(language + ".html");
        Files.write(page, RENDERER.render(briefing, language, Format.HTML, Paper.A4));
        return page;
    }

    /** The PostScript name of the font Chromium draws the first element matching {@code selector} in. */
    @SuppressWarnings("unchecked")
    private static String face(ChromeDriver browser, String selector) {
        browser.executeCdpCommand("DOM.enable", Map.of());
        browser.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = browser.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = browser.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                .get("nodeId");
        assertThat(node).as(selector).isNotEqualTo(0L);
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) browser.executeCdpCommand(
                "CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
        assertThat(fonts).as("fonts of %s", selector).isNotEmpty();
        return (String) fonts.get(0).get("postScriptName");
    }
}
