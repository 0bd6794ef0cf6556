package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A LibreOffice running headless with a private profile, driven from Python through its UNO API
 * ({@code src/test/python/libreoffice_edit.py}) to edit DOCX files as a person would: find a
 * paragraph, type in it, press Enter, select and delete, copy and paste, save as Word.
 * {@code .ci/run} installs LibreOffice Writer and python3-uno; where they are missing, the tests
 * that need it are skipped with a message saying so.
 */
public final class LibreOfficeEditor implements AutoCloseable {
    private static final Path SCRIPT = Path.of("src/test/python/libreoffice_edit.py");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private Path profile;
    private int port;
    private Process office;

    private LibreOfficeEditor() {
    }

    /** Starts LibreOffice, or skips the calling test where it or python3-uno is not installed. */
    public static LibreOfficeEditor start() throws IOException, InterruptedException {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed; .ci/run installs it");
        assumeTrue(Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import uno")
                .start().waitFor() == 0, "python3-uno is not installed; .ci/run installs it");
        LibreOfficeEditor editor = new LibreOfficeEditor();
        editor.launch();
        return editor;
    }

    private void launch() throws IOException {
        profile = Files.createTempDirectory("lo-profile");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        office = new ProcessBuilder("soffice", "--headless", "--invisible", "--norestore", "--nologo",
                "-env:UserInstallation=" + profile.toUri(),
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
    }

    /**
     * Opens {@code docx}, makes the {@code steps} (see the script for their kinds), and saves the
     * result as {@code target} in Word's format. LibreOffice itself can crash now and then on a
     * busy machine: then it is started again and the edit made once more, so that only a
     * failing edit fails the test.
     */
    public void edit(Path docx, Path target, List<?> steps) throws IOException, InterruptedException {
        Path edits = Files.createTempFile(profile.getParent(), "edits", ".json");
        Files.writeString(edits, JsonMapper.shared().writeValueAsString(steps), StandardCharsets.UTF_8);
        for (int attempt = 1; ; attempt++) {
            Process python = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), String.valueOf(port),
                    docx.toAbsolutePath().toString(), target.toAbsolutePath().toString(), edits.toString())
                    .redirectErrorStream(true).start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(python.waitFor(2, TimeUnit.MINUTES)).as("LibreOffice edit finished").isTrue();
            boolean crashed = python.exitValue() >= 128 || !office.isAlive();
            if (python.exitValue() != 0 && crashed && attempt < 3) {
                System.err.println("LibreOffice crashed (" + python.exitValue() + "); starting it again: " + output);
                stop();
                launch();
                continue;
            }
            assertThat(python.exitValue()).as("LibreOffice edit: %s", output).isZero();
            assertThat(target).exists();
            return;
        }
    }

    private void stop() throws InterruptedException {
        office.destroy();
        if (!office.waitFor(30, TimeUnit.SECONDS)) {
            office.destroyForcibly();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
