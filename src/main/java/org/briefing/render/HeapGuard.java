package org.briefing.render;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.NotificationEmitter;

/**
 * Keeps the heap of a process that makes many documents near what it holds. The serial
 * collector, which the launcher chooses, grows its old generation rather than collect it: the
 * objects of the documents in flight at a young collection outlive it, are promoted, and die
 * there, so a batch of a thousand documents reached 800 MB before its first full collection
 * while holding 60 MB. When the old generation passes a threshold, this collects it and sets the
 * next threshold at twice what is left, never below the first. Other collectors size their own
 * old generation, and are left alone.
 */
public final class HeapGuard {
    /** The old generation's size at which the first full collection comes. */
    static final long THRESHOLD = 128L << 20;
    /** The serial collector's old generation. */
    private static final String POOL = "Tenured Gen";
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private HeapGuard() {
    }

    /**
     * Guards this process's heap from now on (once, however often called); false where its
     * collector needs no guard.
     */
    public static boolean install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return true;
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().equals(POOL) && pool.isUsageThresholdSupported()) {
                NotificationEmitter memory = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
                memory.addNotificationListener((notification, pass) -> collect(pool),
                        notification -> notification.getType().equals(MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED),
                        null);
                pool.setUsageThreshold(threshold(pool, THRESHOLD));
                return true;
            }
        }
        return false;
    }

    private static void collect(MemoryPoolMXBean pool) {
        System.gc();
        pool.setUsageThreshold(threshold(pool, Math.max(THRESHOLD, 2 * pool.getUsage().getUsed())));
    }

    /** {@code wanted}, or three quarters of the old generation's most where a small heap has less. */
    private static long threshold(MemoryPoolMXBean pool, long wanted) {
        long most = pool.getUsage().getMax();
        return most < 0 ? wanted : Math.min(wanted, most / 4 * 3);
    }
}
