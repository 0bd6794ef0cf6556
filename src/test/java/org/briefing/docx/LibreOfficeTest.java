package org.briefing.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.ModelText;
import org.briefing.html.EditionView;
import org.briefing.markup.InlineMarkup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens every sample DOCX in a real client, LibreOffice, as staff would: it must convert each to
 * PDF, and every model text must be in what it lays out, with the page fields filled in.
 */
class LibreOfficeTest {
    @TempDir
    Path folder;

    @Test
    void libreOfficeOpensEverySampleAndShowsAllItsText() throws Exception {
        String soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) not installed");
        List<Editions.Edition> editions = Editions.all().toList();
        List<String> command = new ArrayList<>(List.of(soffice,
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.resolve("pdf").toString()));
        for (Editions.Edition edition : editions) {
            Path docx = folder.resolve(name(edition) + ".docx");
            Files.write(docx, edition.docx());
            command.add(docx.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();

        for (Editions.Edition edition : editions) {
            Path pdf = folder.resolve("pdf").resolve(name(edition) + ".pdf");
            assertThat(pdf).as("%s converted; soffice said: %s", edition,
                    Files.readString(folder.resolve("soffice.log"))).exists();
            // a hyphenated word (or "2020-жылдын") broken at the line end comes back with a space after the hyphen
            String text = oneLine(extract(pdf)).replaceAll("([\\p{L}\\p{N}])- (\\p{L})", "$1-$2");
            EditionView e = edition.view();
            List<String> expected = new ArrayList<>(List.of(e.title().line(), e.countryName().line(), e.date()));
            expected.addAll(e.summary().paragraphs());
            e.achievements().forEach(item -> expected.addAll(item.paragraphs()));
            e.quotes().forEach(q -> {
                expected.addAll(q.text().paragraphs());
                expected.add(q.speaker().line());
            });
            e.recommendations().forEach(item -> expected.addAll(item.paragraphs()));
            e.background().forEach(item -> expected.addAll(item.paragraphs()));
            e.links().forEach(link -> expected.add(link.label().line()));
            if (e.classification() != null) {
                expected.add(e.classification().line());
            }
            for (String piece : expected) {
                String words = InlineMarkup.plain(piece);
                assertThat(text).as("%s shows \"%s\"", edition, words).contains(oneLine(words));
            }
            // the footer's fields were computed: page 1 of a real page count
            String label = edition.label("footer.pages");
            String firstPage = label.replace("{page}", "1").replaceAll("\\{pages}.*", "").strip();
            assertThat(text).as("%s footer", edition).containsPattern(
                    java.util.regex.Pattern.quote(firstPage) + " ?[1-9]");
        }
    }

    private static String name(Editions.Edition edition) {
        return edition.file().getFileName().toString().replace(".yaml", "") + "." + edition.language();
    }

    private static String extract(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return ModelText.plain(new PDFTextStripper().getText(document));
        }
    }

    /** Line ends in the layout are not part of the text. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).map(Path::toString)
                .findFirst().orElse(null);
    }
}
