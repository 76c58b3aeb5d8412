package org.joinedup.crawler.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host, shared by every source: one request at a time per host, and a gap of at least the
 * host's delay between the end of one request and the start of the next.
 */
final class HostGate {
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** Something done while holding a host's slot. */
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T through(String host, Duration delay, Work<T> work) throws Exception {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait); // politeness wait; holding the lock keeps others queued
            }
            try {
                return work.run();
            } finally {
                slot.nextAllowedNanos = System.nanoTime() + delay.toNanos();
            }
        } finally {
            slot.lock.unlock();
        }
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = Long.MIN_VALUE / 2;
    }
}
