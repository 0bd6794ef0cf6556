package org.briefing.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system's file events wake the watcher: a save is seen without waiting for the next look. */
class FileEventsTest {
    @TempDir
    Path dir;

    @Test
    void aSaveInPlaceAndASaveByRenameEachCallForALook() throws Exception {
        Path model = Files.writeString(dir.resolve("kg.yaml"), "first");
        Semaphore looks = new Semaphore(0);
        FileEvents events = FileEvents.start(List.of(model), looks::release);
        assertThat(events).as("this system has file events").isNotNull();
        try {
            Files.writeString(model, "second");
            assertThat(looks.tryAcquire(10, TimeUnit.SECONDS)).as("a look after a save in place").isTrue();
            looks.drainPermits();

            Path written = Files.writeString(dir.resolve(".kg.yaml.swp"), "third");
            Files.move(written, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertThat(looks.tryAcquire(10, TimeUnit.SECONDS)).as("a look after a save by rename").isTrue();
        } finally {
            events.close();
        }
    }

    @Test
    void closingEndsTheListening() throws Exception {
        Path model = Files.writeString(dir.resolve("kg.yaml"), "first");
        FileEvents events = FileEvents.start(List.of(model), () -> { });
        assertThat(listeners()).as("listening").isNotEmpty();
        events.close();
        for (Thread listener : listeners()) {
            listener.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(listeners()).as("a stopped preview leaves no thread behind").isEmpty();
    }

    private static List<Thread> listeners() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("briefing-preview-file-events") && thread.isAlive()).toList();
    }

    @Test
    void aTemplateSubfolderIsListenedToo() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/messages"));
        Semaphore looks = new Semaphore(0);
        FileEvents events = FileEvents.start(List.of(dir.resolve("templates")), looks::release);
        try {
            Files.writeString(templates.resolve("messages_en.properties"), "toc.title=Contents");
            assertThat(looks.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            events.close();
        }
    }
}
