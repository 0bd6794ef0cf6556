package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.TestModels;
import org.briefing.files.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm background process, as users meet it through the launcher: the first command starts
 * it and runs in a process of its own, later ones are served by it; a command it runs
 * writes and prints exactly what the command would in a process of its own; commands racing to
 * start it, a rebuild, a daemon that was killed, a busy one, a socket folder that is not private,
 * and Ctrl-C all leave every command doing what it would have done without a daemon.
 */
class DaemonTest {
    @TempDir
    Path dir;

    private DaemonClients clients;
    private Path cwd;

    @BeforeEach
    void setUp() throws Exception {
        clients = new DaemonClients(dir);
        cwd = Files.createDirectories(dir.resolve("work"));
        Path models = Files.createDirectories(cwd.resolve("models"));
        Files.copy(Path.of("samples/kyrgyzstan.yaml"), models.resolve("kyrgyzstan.yaml"));
        TestModels.write(models, "broken.yaml", TestModels.VALID.replace("date: 2020-06-25", "date: 2020-02-30"));
    }

    @AfterEach
    void stopDaemons() throws Exception {
        clients.close();
    }

    @Test
    void aCommandTheDaemonRunsWritesAndPrintsWhatItWouldInAProcessOfItsOwn() throws Exception {
        String[][] commands = {
            {"render", "models/kyrgyzstan.yaml", "models/broken.yaml", "-f", "pdf,docx,html", "-o", "out"},
            {"validate", "models"},
            {"render", "--no-such-option"},
            {"batch", "models", "-o", "out", "-f", "pdf,html", "-j", "1"},
        };
        clients.startDaemon(cwd);
        for (String[] command : commands) {
            RunningCommand.Result alone = clients.runInProcess(cwd, command);
            Map<String, String> aloneFiles = outputs();
            deleteTree(cwd.resolve("out"));
            RunningCommand.Result served = clients.run(cwd, command);
            Map<String, String> servedFiles = outputs();
            deleteTree(cwd.resolve("out"));

            String what = String.join(" ", command);
            assertThat(served.code()).as(what + "\n" + served.err()).isEqualTo(alone.code());
            assertThat(withoutTimes(served.out())).as(what).isEqualTo(withoutTimes(alone.out()));
            assertThat(served.err()).as(what).isEqualTo(alone.err());
            assertThat(servedFiles).as(what).isEqualTo(aloneFiles);
        }
        assertThat(clients.status()).as("one daemon ran them all").hasSize(1)
                .allSatisfy(status -> assertThat(DaemonClients.commands(status)).isEqualTo(commands.length));
    }

    @Test
    void theFirstCommandRunsInAProcessOfItsOwnAndStartsTheDaemonThatServesTheNext() throws Exception {
        RunningCommand.Result first = clients.run(cwd, "render", "models/kyrgyzstan.yaml", "-f", "pdf", "-l", "en",
                "-o", "out");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("out/kg/kg-tip-2020.en.pdf\n");
        assertThat(cwd.resolve("out/kg/kg-tip-2020.en.pdf")).isRegularFile();
        long daemon = clients.awaitOneDaemon();
        assertThat(DaemonClients.commands(clients.status().get(0))).as("it ran none").isZero();
        assertThat(clients.awaitStatus("warm-up 0 steps, done\n")).as("its warm-up (none in these tests) ends"
                + " once the launcher that started it has").isEqualTo(daemon);

        RunningCommand.Result next = clients.run(cwd, "validate", "models/kyrgyzstan.yaml");
        assertThat(next.out()).isEqualTo("models/kyrgyzstan.yaml: ok\n");
        assertThat(clients.onlyDaemon()).isEqualTo(daemon);
        assertThat(DaemonClients.commands(clients.status().get(0))).as("the next was served").isEqualTo(1);
    }

    @Test
    void commandsRacingToStartTheDaemonAllSucceedAndOneDaemonRemains() throws Exception {
        DaemonClients.Running[] racing = new DaemonClients.Running[3];
        for (int i = 0; i < racing.length; i++) {
            racing[i] = clients.start(cwd, "render", "models/kyrgyzstan.yaml", "-f", "pdf", "-l", "en", "-o",
                    "out-" + i);
        }
        for (int i = 0; i < racing.length; i++) {
            RunningCommand.Result result = racing[i].await();
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.out()).isEqualTo("out-" + i + "/kg/kg-tip-2020.en.pdf\n");
        }
        byte[] first = Files.readAllBytes(cwd.resolve("out-0/kg/kg-tip-2020.en.pdf"));
        for (int i = 1; i < racing.length; i++) {
            assertThat(cwd.resolve("out-" + i + "/kg/kg-tip-2020.en.pdf")).hasBinaryContent(first);
        }
        clients.awaitOneDaemon();
    }

    @Test
    void afterARebuildTheOlderDaemonIsNotUsedAndEnds() throws Exception {
        long older = clients.startDaemon(cwd);

        Path someClass = clients.classes().resolve("org/briefing/cli/Main.class");
        Files.setLastModifiedTime(someClass, FileTime.from(Instant.now().plusSeconds(5)));
        RunningCommand.Result after = clients.run(cwd, "validate", "models/kyrgyzstan.yaml");

        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo("models/kyrgyzstan.yaml: ok\n");
        assertThat(DaemonClients.ends(older, Duration.ofSeconds(30))).as("the older daemon ends by itself").isTrue();
        long newer = clients.awaitOneDaemon();
        assertThat(newer).isNotEqualTo(older);
    }

    @Test
    void aDaemonThatWasKilledIsReplaced() throws Exception {
        long killed = clients.startDaemon(cwd);
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();
        assertThat(DaemonClients.ends(killed, Duration.ofSeconds(30))).isTrue();
        try (Stream<Path> files = Files.list(clients.folder())) {
            assertThat(files.map(file -> file.getFileName().toString())).as("its socket is left behind")
                    .anyMatch(name -> name.endsWith(".sock"));
        }

        RunningCommand.Result after = clients.run(cwd, "render", "models/kyrgyzstan.yaml", "-f", "pdf", "-l", "en",
                "-o", "out");

        assertThat(after.code()).as(after.err()).isZero();
        assertThat(cwd.resolve("out/kg/kg-tip-2020.en.pdf")).isRegularFile();
        assertThat(clients.awaitOneDaemon()).isNotEqualTo(killed);
    }

    @Test
    void theSocketFolderIsPrivateAndOneThatIsNotIsNotUsed() throws Exception {
        clients.startDaemon(cwd);
        assertThat(clients.run(cwd, "validate", "models/kyrgyzstan.yaml").code()).isZero();
        assertThat(Files.getPosixFilePermissions(clients.folder()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getOwner(clients.folder())).isEqualTo(Files.getOwner(dir));

        Files.setPosixFilePermissions(clients.folder(), PosixFilePermissions.fromString("rwxr-xr-x"));
        RunningCommand.Result open = clients.run(cwd, "validate", "models/kyrgyzstan.yaml");
        Files.setPosixFilePermissions(clients.folder(), PosixFilePermissions.fromString("rwx------"));

        assertThat(open.code()).as("run in its own process").isZero();
        assertThat(open.out()).isEqualTo("models/kyrgyzstan.yaml: ok\n");
        assertThat(clients.status()).hasSize(1).allSatisfy(status ->
                assertThat(DaemonClients.commands(status)).as("the daemon was not asked").isEqualTo(1));
    }

    @Test
    void aFolderThatIsALinkIsNotUsed() throws Exception {
        Path real = Files.createDirectories(dir.resolve("elsewhere"));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(clients.folder(), real);

        RunningCommand.Result result = clients.run(cwd, "validate", "models/kyrgyzstan.yaml");

        assertThat(result.code()).as(result.err()).isZero();
        try (Stream<Path> files = Files.list(real)) {
            assertThat(files).as("no daemon behind the link").isEmpty();
        }
    }

    @Test
    void aCommandWhileTheDaemonIsEndingLeadsToTheNextDaemon() throws Exception {
        long ending = clients.startDaemon(cwd);
        DaemonClients.Running batch = clients.start(cwd, "batch", manyModels(60).toString(), "-o", "out", "-f",
                "pdf", "-j", "1");
        awaitDocuments(cwd.resolve("out"), 2, batch);
        clients.stopAll();

        RunningCommand.Result meanwhile = clients.run(cwd, "validate", "models/kyrgyzstan.yaml");

        assertThat(meanwhile.code()).as(meanwhile.err()).isZero();
        assertThat(meanwhile.out()).isEqualTo("models/kyrgyzstan.yaml: ok\n");
        assertThat(batch.await().code()).as("the ending daemon's last command is done").isZero();
        assertThat(DaemonClients.ends(ending, DaemonClients.TIMEOUT)).isTrue();
        assertThat(clients.awaitOneDaemon()).as("a new daemon took over").isNotEqualTo(ending);
    }

    @Test
    void aBusyDaemonLeavesTheNextCommandToItsOwnProcess() throws Exception {
        Path many = manyModels(40);
        clients.startDaemon(cwd);
        DaemonClients.Running batch = clients.start(cwd, "batch", many.toString(), "-o", "out", "-f", "pdf,html",
                "-j", "1");
        awaitDocuments(cwd.resolve("out"), 2, batch);

        RunningCommand.Result meanwhile = clients.run(cwd, "validate", "models/kyrgyzstan.yaml");

        assertThat(meanwhile.code()).as(meanwhile.err()).isZero();
        assertThat(meanwhile.out()).isEqualTo("models/kyrgyzstan.yaml: ok\n");
        RunningCommand.Result result = batch.await();
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(clients.status()).hasSize(1).allSatisfy(status ->
                assertThat(DaemonClients.commands(status)).as("only the batch").isEqualTo(1));
    }

    @Test
    void ctrlCInTheClientStopsTheCommandInTheDaemonCleanly() throws Exception {
        assumeThat(InterruptionTest.isSigintIgnored()).as("SIGINT is ignored by this test's process (started"
                + " in the background without job control), and so by the client; skipped").isFalse();
        Path many = manyModels(60);
        Path out = cwd.resolve("out");
        clients.startDaemon(cwd);
        DaemonClients.Running batch = clients.start(cwd, "batch", many.toString(), "-o", "out", "-f", "pdf,html",
                "-j", "1");
        awaitDocuments(out, 4, batch);
        batch.signal("INT");
        RunningCommand.Result result = batch.await();

        assertThat(result.code()).as(result.err()).isEqualTo(130);
        assertThat(result.out()).matches("(?s)\\d+ made, 0 up to date, 0 protected, 0 models failed, in [0-9.]+ s"
                + " \\(interrupted\\)\\n");
        assertThat(result.err()).contains("briefing: stopped by SIGINT; what was made is recorded, run again to"
                + " make the rest");
        assertThat(InterruptionTest.temporaries(out)).isEmpty();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(DaemonClients.commands(clients.status().get(0))).as("the daemon is free again").isEqualTo(1);
    }

    @Test
    void aClientThatIsKilledHasItsCommandStopped() throws Exception {
        Path many = manyModels(60);
        Path out = cwd.resolve("out");
        clients.startDaemon(cwd);
        DaemonClients.Running batch = clients.start(cwd, "batch", many.toString(), "-o", "out", "-f", "pdf,html",
                "-j", "1");
        awaitDocuments(out, 4, batch);
        batch.client().destroyForcibly();

        assertThat(batch.await().code()).as("the launcher passes the kill on").isEqualTo(128 + 9);
        assertStoppedCleanly(out);
    }

    @Test
    void aLauncherEndedAloneHasItsCommandStopped() throws Exception {
        Path many = manyModels(60);
        Path out = cwd.resolve("out");
        clients.startDaemon(cwd);
        DaemonClients.Running batch = clients.start(cwd, "batch", many.toString(), "-o", "out", "-f", "pdf,html",
                "-j", "1");
        awaitDocuments(out, 4, batch);
        ProcessHandle client = batch.client();
        batch.signalLauncher("TERM");

        assertThat(batch.await().code()).isEqualTo(128 + 15);
        assertStoppedCleanly(out);
        assertThat(DaemonClients.ends(client.pid(), DaemonClients.TIMEOUT)).as("the client ends too").isTrue();
    }

    @Test
    void aDaemonKilledMidCommandSaysSoAndLeavesNoHalfWrittenFile() throws Exception {
        Path many = manyModels(60);
        Path out = cwd.resolve("out");
        clients.startDaemon(cwd);
        DaemonClients.Running batch = clients.start(cwd, "batch", many.toString(), "-o", "out", "-f", "pdf,html",
                "-j", "1");
        awaitDocuments(out, 4, batch);
        long daemon = clients.onlyDaemon();
        ProcessHandle.of(daemon).orElseThrow().destroyForcibly();

        RunningCommand.Result killed = batch.await();
        assertThat(killed.code()).isEqualTo(1);
        assertThat(killed.err()).endsWith("briefing: error: the background process ended before the command did\n");
        for (Path document : InterruptionTest.documents(out)) {
            String text = Files.readString(document, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text.stripTrailing()).as(document + " is whole").endsWith(
                    document.toString().endsWith(".pdf") ? "%%EOF" : "</html>");
        }

        RunningCommand.Result again = clients.run(cwd, "batch", many.toString(), "-o", "out", "-f", "pdf,html",
                "-j", "1");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(InterruptionTest.documents(out)).hasSize(120);
        assertThat(InterruptionTest.temporaries(out)).as("the killed daemon's are cleared").isEmpty();
        assertThat(clients.awaitOneDaemon()).isNotEqualTo(daemon);
    }

    @Test
    void aDaemonThatDoesNotAnswerIsPassedOver() throws Exception {
        long daemon = clients.startDaemon(cwd);
        assertThat(clients.run(cwd, "validate", "models/kyrgyzstan.yaml").code()).isZero();
        signal("STOP", daemon);
        RunningCommand.Result stopped;
        try {
            stopped = clients.run(cwd, "validate", "models/kyrgyzstan.yaml");
        } finally {
            signal("CONT", daemon);
        }
        assertThat(stopped.code()).as(stopped.err()).isZero();
        assertThat(stopped.out()).isEqualTo("models/kyrgyzstan.yaml: ok\n");

        assertThat(clients.run(cwd, "validate", "models/kyrgyzstan.yaml").code()).isZero();
        assertThat(clients.onlyDaemon()).isEqualTo(daemon);
        assertThat(DaemonClients.commands(clients.status().get(0))).as("the command it did not answer was"
                + " run once, by its client").isEqualTo(2);
    }

    @Test
    void eachWorkingFolderHasItsOwnDaemonAndAFolderMadeAgainIsNotServedByTheOld() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(cwd.resolve("models"), other.resolve("models"));
        Files.copy(cwd.resolve("models/kyrgyzstan.yaml"), other.resolve("models/kyrgyzstan.yaml"));
        String[] render = {"render", "models/kyrgyzstan.yaml", "-f", "pdf", "-l", "en", "-o", "out"};
        clients.startDaemon(cwd);
        clients.startDaemon(other);

        assertThat(clients.run(cwd, render).out()).isEqualTo("out/kg/kg-tip-2020.en.pdf\n");
        assertThat(clients.run(other, render).out()).isEqualTo("out/kg/kg-tip-2020.en.pdf\n");
        assertThat(cwd.resolve("out/kg/kg-tip-2020.en.pdf")).isRegularFile();
        assertThat(other.resolve("out/kg/kg-tip-2020.en.pdf")).isRegularFile();
        assertThat(clients.status()).extracting(status -> status.lines().filter(line -> line.startsWith("folder "))
                .findFirst().orElseThrow()).containsExactlyInAnyOrder("folder " + cwd, "folder " + other);

        long older = DaemonClients.pid(clients.status().stream().filter(status -> status.contains("folder " + other
                + "\n")).findFirst().orElseThrow());
        deleteTree(other);
        Files.createDirectories(other.resolve("models"));
        TestModels.write(other.resolve("models"), "kyrgyzstan.yaml", TestModels.VALID);
        RunningCommand.Result again = clients.run(other, "validate", "models");

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("models/kyrgyzstan.yaml: ok\n");
        assertThat(DaemonClients.ends(older, Duration.ofSeconds(30))).as("the older folder's daemon ends").isTrue();
    }

    @Test
    void anEditToATemplateFolderIsSeenByTheNextCommand() throws Exception {
        Path house = cwd.resolve("house");
        DaemonClients.copyTree(Path.of("templates"), house);
        String[] render = {"render", "models/kyrgyzstan.yaml", "-f", "html", "-l", "en", "-o", "out",
            "--templates", "house"};
        clients.startDaemon(cwd);
        assertThat(clients.run(cwd, render).code()).isZero();
        Path html = cwd.resolve("out/kg/kg-tip-2020.en.html");
        assertThat(html).content().doesNotContain("House edition");

        Path template = house.resolve("briefing.html");
        Files.writeString(template, Files.readString(template).replace("<div class=\"title-block\">",
                "<div class=\"title-block\"><p>House edition</p>"));
        RunningCommand.Result edited = clients.run(cwd, render);

        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(html).content().contains("<p>House edition</p>");
        assertThat(DaemonClients.commands(clients.status().get(0))).as("both in the daemon").isEqualTo(2);
    }

    @Test
    void theClientLeavesToTheLauncherWhatNoDaemonTakes() throws Exception {
        RunningCommand.Result noSetting = clients.runClientAlone(cwd, false, "validate", "models/kyrgyzstan.yaml");
        RunningCommand.Result standardInput = clients.runClientAlone(cwd, true, "validate", "-");
        RunningCommand.Result otherCommand = clients.runClientAlone(cwd, true, "--version");

        for (RunningCommand.Result result : new RunningCommand.Result[] {noSetting, standardInput, otherCommand}) {
            assertThat(result.code()).isEqualTo(HandOff.NOT_HANDED);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEmpty();
        }
        assertThat(clients.status()).as("no daemon was started").isEmpty();
    }

    /** The daemon's command stopped, as SIGTERM stops it: the daemon free, the output recorded. */
    private void assertStoppedCleanly(Path out) throws Exception {
        long deadline = System.nanoTime() + DaemonClients.TIMEOUT.toNanos();
        while (clients.status().get(0).contains("busy true") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(clients.status().get(0)).as("the command stopped").contains("busy false");
        assertThat(InterruptionTest.documents(out)).as("well before all 120 documents").hasSizeLessThan(120);
        assertThat(InterruptionTest.temporaries(out)).isEmpty();
        assertThat(out.resolve("manifest.json")).exists();
    }

    private static void signal(String name, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-s", name, Long.toString(pid)).inheritIO().start().waitFor()).isZero();
    }

    private Path manyModels(int count) throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < count; i++) {
            TestModels.write(many, "m-" + i + ".yaml", TestModels.VALID.replace("id: kg-test", "id: kg-test-" + i)
                    .replace("languages: [en, ru, ky]", "languages: [en]"));
        }
        return many;
    }

    private static void awaitDocuments(Path out, int count, DaemonClients.Running running) throws Exception {
        long deadline = System.nanoTime() + DaemonClients.TIMEOUT.toNanos();
        while (InterruptionTest.documents(out).size() < count && running.process.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Every file under out/ by relative name, with its SHA-256. */
    private Map<String, String> outputs() throws Exception {
        Map<String, String> files = new TreeMap<>();
        Path out = cwd.resolve("out");
        if (Files.isDirectory(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(out.relativize(file).toString(), Sha256.of(Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    /** A batch summary says how long it took: that may differ. */
    private static String withoutTimes(String out) {
        return out.replaceAll("in [0-9.]+ s", "in ? s");
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
