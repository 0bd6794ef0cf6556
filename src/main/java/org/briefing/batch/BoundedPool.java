package org.briefing.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.briefing.render.FailureText;

/**
 * A fixed number of worker threads with at most twice as many tasks queued or running: a batch
 * over any number of models never has more than that in flight.
 */
final class BoundedPool implements AutoCloseable {
    private final ExecutorService pool;
    private final Semaphore slots;

    BoundedPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "briefing-batch-" + count.incrementAndGet());
            thread.setDaemon(true); // never keeps the JVM alive after the run returns or fails
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.slots = new Semaphore(2 * threads);
    }

    /** {@code work} applied to every item on the pool; results in the items' order. */
    <T, R> List<R> map(List<T> items, Function<T, R> work) throws InterruptedException {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            slots.acquire();
            futures.add(pool.submit(() -> {
                try {
                    return work.apply(item);
                } finally {
                    slots.release();
                }
            }));
        }
        List<R> results = new ArrayList<>(futures.size());
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                // the work functions report their own failures; reaching here is a bug or an Error
                throw new IllegalStateException("batch worker failed: " + FailureText.of(e.getCause()),
                        e.getCause());
            }
        }
        return results;
    }

    /** {@code work} applied to every item on the pool; returns when all are done. */
    <T> void forEach(List<T> items, java.util.function.Consumer<T> work) throws InterruptedException {
        map(items, item -> {
            work.accept(item);
            return Boolean.TRUE;
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
