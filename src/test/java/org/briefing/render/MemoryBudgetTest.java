package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Editions and threads together never need more heap than there is. */
class MemoryBudgetTest {
    private static final long MB = 1024 * 1024;

    @Test
    void threadsAreBoundedByTheHeapAsWellAsByWhatIsAsked() {
        MemoryBudget small = new MemoryBudget(512 * MB);
        assertThat(small.threadsFor(2)).isEqualTo(2);
        assertThat(small.threadsFor(192)).isEqualTo((int) ((512 * MB - MemoryBudget.BASE) / MemoryBudget.PER_THREAD));
        assertThat(new MemoryBudget(64 * MB).threadsFor(8)).isOne();
        assertThat(new MemoryBudget(8192 * MB).threadsFor(192)).isEqualTo(192);
    }

    @Test
    void anEditionWaitsUntilThereIsRoomForIt() throws Exception {
        MemoryBudget budget = new MemoryBudget(MemoryBudget.BASE + 100 * MB);
        MemoryBudget.Reservation first = budget.reserve(60 * MB);
        CompletableFuture<MemoryBudget.Reservation> second = CompletableFuture.supplyAsync(() -> budget.reserve(60 * MB));
        try {
            second.get(300, TimeUnit.MILLISECONDS);
            throw new AssertionError("both editions were let in, needing more than the heap has");
        } catch (TimeoutException expected) {
            // waiting for the first
        }
        first.close();
        second.get(30, TimeUnit.SECONDS).close();
    }

    @Test
    void anEditionLargerThanTheWholeBudgetRunsAlone() throws Exception {
        MemoryBudget budget = new MemoryBudget(MemoryBudget.BASE + 100 * MB);
        try (MemoryBudget.Reservation huge = budget.reserve(1000 * MB)) {
            CompletableFuture<MemoryBudget.Reservation> small = CompletableFuture.supplyAsync(() -> budget.reserve(MB));
            try {
                small.get(300, TimeUnit.MILLISECONDS);
                throw new AssertionError("another edition ran beside one that needs everything");
            } catch (TimeoutException expected) {
                small.thenAccept(MemoryBudget.Reservation::close);
            }
        }
    }

    @Test
    void anEditionsShareGrowsWithItsText() throws Exception {
        var sample = new org.briefing.load.ModelLoader(org.briefing.load.LoadOptions.defaults())
                .load(java.nio.file.Path.of("samples/kyrgyzstan.yaml")).briefing();
        long estimate = MemoryBudget.forEdition(sample, "ru");
        assertThat(estimate).isGreaterThan(MemoryBudget.PER_EDITION).isLessThan(MemoryBudget.PER_EDITION + 2 * MB);
        assertThat(MemoryBudget.EditionText.characters(sample, "ru")).isGreaterThan(1000);
    }
}
