package org.joinedup.api.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per client (API key or IP address): a bucket holds a minute's quota and refills
 * continuously, so a client may burst up to its quota and then gets its per-minute rate. Buckets that have
 * refilled completely are dropped when the map grows, which bounds memory under many distinct clients.
 * Thread-safe. Per process: several instances behind a load balancer each enforce the quota.
 */
public final class RateLimiter {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int SWEEP_ABOVE = 10_000;

    /**
     * The outcome of one request.
     *
     * @param allowed      whether the request may go ahead
     * @param limit        the quota per minute
     * @param remaining    requests left now
     * @param resetSeconds seconds until the bucket is full again
     * @param retryAfter   seconds until the next request is allowed (0 when allowed)
     */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfter) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    /** A limiter on the system's monotonic clock. */
    public RateLimiter() {
        this(System::nanoTime);
    }

    /** A limiter on a given monotonic clock (tests move it). */
    public RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes one token from the client's bucket (created full with this quota on first use). */
    public Decision take(String client, int perMinute) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) sweep(now);
        Bucket b = buckets.computeIfAbsent(client + "|" + perMinute, k -> new Bucket(perMinute, now));
        return b.take(now);
    }

    private void sweep(long now) {
        buckets.values().removeIf(b -> b.fullAt(now));
    }

    /** One client's bucket; tokens are counted in nanos-of-refill to stay exact with integers. */
    private static final class Bucket {
        private final int capacity;
        private final long nanosPerToken;
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.nanosPerToken = MINUTE_NANOS / capacity;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) tokens -= 1;
            long reset = seconds((long) ((capacity - tokens) * nanosPerToken));
            long retry = allowed ? 0 : Math.max(1, seconds((long) ((1 - tokens) * nanosPerToken)));
            return new Decision(allowed, capacity, (int) Math.floor(tokens), reset, retry);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            long elapsed = now - last;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + (double) elapsed / nanosPerToken);
                last = now;
            }
        }

        private static long seconds(long nanos) {
            return (nanos + 999_999_999L) / 1_000_000_000L;
        }
    }
}
