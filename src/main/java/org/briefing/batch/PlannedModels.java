package org.briefing.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.load.LoadedModel;
import org.briefing.model.Picture;

/**
 * Models read while planning, kept for rendering within a fixed share of the heap, so that a
 * model is read once rather than twice (reading is some 4% of a PDF's time). A run over more
 * models than the share holds reads the rest again when their turn comes, so memory stays flat
 * however many models there are. Each is handed out once, then forgotten. Thread-safe.
 */
final class PlannedModels {
    /** Heap a loaded model may hold per byte of its file, beside its pictures' bytes (strings, records, lists). */
    static final long PER_MODEL_BYTE = 6;

    private final long budget;
    private final Map<Path, ModelSnapshot> kept = new HashMap<>();
    private long used;

    /** Keeps at most {@code budget} bytes of models, by {@link #sizeOf}. */
    PlannedModels(long budget) {
        this.budget = budget;
    }

    /**
     * The share of a heap of {@code maxHeap} bytes a run keeps models in: a thirty-second, at most
     * 16 MiB (some 100 models the size of the samples; in a batch of 200 of them, 32 MiB cost 20 MB
     * more at the peak).
     */
    static long budgetFor(long maxHeap) {
        return Math.min(16L << 20, maxHeap / 32);
    }

    /** Keeps {@code snapshot}, read from {@code file}, when it fits. */
    synchronized void keep(Path file, ModelSnapshot snapshot) {
        long bytes = sizeOf(snapshot);
        if (used + bytes <= budget && !kept.containsKey(file)) {
            kept.put(file, snapshot);
            used += bytes;
        }
    }

    /** The model kept for {@code file}, when it is the one read from bytes hashing to {@code sha256}; once. */
    synchronized Optional<LoadedModel> take(Path file, String sha256) {
        ModelSnapshot taken = kept.remove(file);
        if (taken == null) {
            return Optional.empty();
        }
        used -= sizeOf(taken);
        return taken.sha256().equals(sha256) ? Optional.of(taken.model()) : Optional.empty();
    }

    /** Forgets the models of every file but {@code files}: those of plans refused after planning are never taken. */
    synchronized void keepOnly(Set<Path> files) {
        kept.entrySet().removeIf(entry -> {
            boolean refused = !files.contains(entry.getKey());
            if (refused) {
                used -= sizeOf(entry.getValue());
            }
            return refused;
        });
    }

    /** What keeping a model may hold: its text by its file's size, and its pictures' bytes. */
    static long sizeOf(ModelSnapshot snapshot) {
        long bytes = PER_MODEL_BYTE * snapshot.fileBytes();
        for (Picture picture : snapshot.model().briefing().pictures()) {
            bytes += picture.image().bytes().length;
        }
        return bytes;
    }
}
