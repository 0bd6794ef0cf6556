package org.briefing.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template-set fingerprint that decides which batch outputs are out of date. */
class TemplateSetFingerprintTest {
    @TempDir
    Path dir;

    /** The repository's templates/ as the build bundles them: everything but the README. */
    private Path copyOfBundledTemplates() throws IOException {
        Path copy = dir.resolve("copy");
        for (String name : TemplateSet.listFolder(Path.of("templates"))) {
            if (!name.equals("README.md")) {
                Path target = copy.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(Path.of("templates").resolve(name), target);
            }
        }
        return copy;
    }

    @Test
    void bundledSetCoversEveryFileOfTheTemplatesFolder() throws Exception {
        assertThat(TemplateSet.bundled().fingerprint())
                .isEqualTo(TemplateSet.directory(copyOfBundledTemplates()).fingerprint());
    }

    @Test
    void bundledSetInAJarHasTheSameFingerprint() throws Exception {
        Path copy = copyOfBundledTemplates();
        Path jar = dir.resolve("templates.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("briefing-templates/"));
            for (String name : TemplateSet.listFolder(copy)) {
                out.putNextEntry(new JarEntry("briefing-templates/" + name));
                Files.copy(copy.resolve(name), (OutputStream) out);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(TemplateSet.bundled(loader).fingerprint())
                    .isEqualTo(TemplateSet.directory(copy).fingerprint());
        }
    }

    @Test
    void changesWhenAStylesheetChanges() throws Exception {
        Path copy = copyOfBundledTemplates();
        String before = TemplateSet.directory(copy).fingerprint();
        Files.writeString(copy.resolve("briefing.css"), "\n/* tweak */", java.nio.file.StandardOpenOption.APPEND);
        assertThat(TemplateSet.directory(copy).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void changesWhenAFileIsAddedOrRenamed() throws Exception {
        Path copy = copyOfBundledTemplates();
        String before = TemplateSet.directory(copy).fingerprint();
        Path added = Files.writeString(copy.resolve("messages/messages_ka.properties"), "title=x\n");
        String withBundle = TemplateSet.directory(copy).fingerprint();
        assertThat(withBundle).isNotEqualTo(before);
        Files.move(added, copy.resolve("messages/messages_hy.properties"));
        assertThat(TemplateSet.directory(copy).fingerprint()).isNotEqualTo(withBundle).isNotEqualTo(before);
    }

    @Test
    void isTheSameForTheSameFiles() throws Exception {
        Path copy = copyOfBundledTemplates();
        assertThat(TemplateSet.directory(copy).fingerprint()).isEqualTo(TemplateSet.directory(copy).fingerprint())
                .hasSize(64);
    }

    /** Before, a folder given through a link had the fingerprint of an empty set: edits never rebuilt anything. */
    @Test
    void aFolderNamedThroughALinkIsTheFolderItLeadsTo() throws Exception {
        Path copy = copyOfBundledTemplates();
        Path link = Files.createSymbolicLink(dir.resolve("link"), copy);
        assertThat(TemplateSet.directory(link).fingerprint()).isEqualTo(TemplateSet.directory(copy).fingerprint());
        Files.writeString(copy.resolve("briefing.css"), "\n/* tweak */", java.nio.file.StandardOpenOption.APPEND);
        assertThat(TemplateSet.directory(link).fingerprint()).isEqualTo(TemplateSet.directory(copy).fingerprint())
                .isNotEqualTo(TemplateSet.bundled().fingerprint());
    }

    /** Any git operation used to change the fingerprint, and so rebuild every document. */
    @Test
    void hiddenFilesAndFoldersAreNotPartOfTheSet() throws Exception {
        Path copy = copyOfBundledTemplates();
        String before = TemplateSet.directory(copy).fingerprint();
        Files.createDirectories(copy.resolve(".git/refs"));
        Files.writeString(copy.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(copy.resolve(".briefing.html.swp"), "swap");
        Files.writeString(copy.resolve("messages/.DS_Store"), "finder");
        TemplateSet set = TemplateSet.directory(copy);
        assertThat(set.fingerprint()).isEqualTo(before);
        assertThat(set.read(".git/HEAD")).isEmpty();
        assertThat(set.fileHashes().keySet()).noneMatch(name -> name.contains("/.") || name.startsWith("."));
    }

    @Test
    void recordsTheHashOfEveryFile() throws Exception {
        Path copy = copyOfBundledTemplates();
        assertThat(TemplateSet.directory(copy).fileHashes()).containsKeys("briefing.html", "briefing.css",
                "messages/messages_en.properties").allSatisfy((name, hash) -> assertThat(hash).hasSize(64));
    }
}
