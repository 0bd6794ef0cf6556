package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the pipeline's packages point one way (cli → batch → render → pdf/docx →
 * html → typeset, load → model, with files below them all; daemon, below cli, on the JDK alone), as each
 * package-info says; a new import against the grain fails here.
 */
class PackageDependenciesTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("files", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("chart", Set.of()),
            Map.entry("load", Set.of("files", "markup", "model")),
            Map.entry("typeset", Set.of("model")),
            Map.entry("markup", Set.of("model")),
            Map.entry("html", Set.of("chart", "files", "markup", "model", "load", "typeset")),
            Map.entry("pdf", Set.of("chart", "files", "html", "model")),
            Map.entry("docx", Set.of("chart", "files", "html", "markup", "model")),
            Map.entry("render", Set.of("docx", "files", "html", "load", "model", "pdf")),
            Map.entry("output", Set.of("files", "model", "render")),
            Map.entry("author", Set.of("files", "load", "markup", "model")),
            Map.entry("edit", Set.of("files", "load", "model", "output")),
            Map.entry("docximport", Set.of("docx", "edit", "files", "html", "load", "markup", "model", "render")),
            Map.entry("redline", Set.of("files", "html", "model", "render")),
            Map.entry("xliff", Set.of("edit", "files", "load", "markup", "model", "output")),
            Map.entry("batch", Set.of("docximport", "files", "html", "load", "model", "output", "pdf", "render")),
            Map.entry("preview", Set.of("files", "html", "load", "model", "pdf", "render")),
            Map.entry("daemon", Set.of()),
            Map.entry("cli", Set.of("author", "batch", "daemon", "docx", "docximport", "files", "html", "load", "model",
                    "output", "pdf", "preview", "redline", "render", "xliff")));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.briefing\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void packagesDependOnlyOnThoseBelowThem() throws IOException {
        Path root = Path.of("src/main/java/org/briefing");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = root.relativize(file).getName(0).toString();
                assertThat(ALLOWED).as("package %s is not in the dependency map", own).containsKey(own);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(own) && !ALLOWED.get(own).contains(used)) {
                        violations.add(root.relativize(file) + " uses " + used);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
