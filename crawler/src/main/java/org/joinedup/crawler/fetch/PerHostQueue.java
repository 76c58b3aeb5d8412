package org.joinedup.crawler.fetch;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.joinedup.crawler.safety.HostLiterals;

/**
 * Politeness per host, shared by every source: one request at a time per host, and a gap of at least the
 * host's delay between the end of one request and the start of the next. Hosts are keyed by {@link #key}.
 */
final class PerHostQueue {
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** Something done while holding a host's slot. */
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T through(String host, Duration delay, Work<T> work) throws Exception {
        Slot slot = slots.computeIfAbsent(key(host), h -> new Slot());
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

    /**
     * One key per host however it is spelled: IP literals by their address ([::ffff:127.0.0.1] is 127.0.0.1),
     * names lower-cased without a trailing dot. Names are not resolved to key by address: unrelated sites share
     * CDN and hosting addresses, and politeness (like robots.txt) is owed per host.
     */
    static String key(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        String name = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        return HostLiterals.parse(h).map(InetAddress::getHostAddress).orElse(name);
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextAllowedNanos = Long.MIN_VALUE / 2;
    }
}
