package org.briefing.output;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One run at a time in an output folder: an exclusive lock on {@code DIR/.briefing.lock}, held
 * from before the manifest is read until after it is saved. A second run waits for the first
 * (saying so) instead of reading a manifest that is about to change and saving over it. The
 * operating system's lock goes with the process, so a killed run never leaves the folder locked;
 * runs in one JVM are kept apart here, since the system's lock belongs to the whole process.
 */
public final class FolderLock implements AutoCloseable {
    static final String FILE_NAME = ".briefing.lock";
    private static final Map<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Semaphore inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder}, waiting as long as another run holds it.
     *
     * @param beforeWaiting runs once, before waiting, when the lock is taken
     * @throws InterruptedException when interrupted while waiting
     */
    public static FolderLock acquire(OutputFolder folder, Runnable beforeWaiting)
            throws IOException, InterruptedException {
        Semaphore inProcess = IN_THIS_PROCESS.computeIfAbsent(folder.root(), root -> new Semaphore(1));
        boolean waited = false;
        if (!inProcess.tryAcquire()) {
            beforeWaiting.run();
            waited = true;
            inProcess.acquire();
        }
        FileChannel channel = null;
        try {
            channel = folder.openForLocking(FILE_NAME);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!waited) {
                    beforeWaiting.run();
                }
                lock = channel.lock();
            }
            return new FolderLock(inProcess, channel, lock);
        } catch (ClosedByInterruptException e) {
            inProcess.release();
            throw new InterruptedException("interrupted while waiting for " + folder.root());
        } catch (IOException | RuntimeException e) {
            inProcess.release();
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            inProcess.release();
        }
    }
}
