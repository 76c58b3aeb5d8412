package org.joinedup.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(nanos::get);

    @Test
    void burstsUpToTheQuotaThenRefillsPerSecond() {
        for (int i = 0; i < 60; i++) {
            RateLimiter.Decision d = limiter.take("ip:1", 60);
            assertTrue(d.allowed(), "request " + i);
            assertEquals(59 - i, d.remaining());
        }
        RateLimiter.Decision refused = limiter.take("ip:1", 60);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfter(), "one token per second at 60 per minute");
        assertEquals(60, refused.resetSeconds());
        assertEquals(60, refused.limit());
        nanos.addAndGet(1_000_000_000L);
        assertTrue(limiter.take("ip:1", 60).allowed(), "a second later one more is allowed");
        assertFalse(limiter.take("ip:1", 60).allowed());
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 2; i++) limiter.take("ip:1", 2);
        assertFalse(limiter.take("ip:1", 2).allowed());
        assertTrue(limiter.take("ip:2", 2).allowed());
        assertTrue(limiter.take("key:7", 2).allowed());
    }

    @Test
    void retryAfterGrowsForSlowQuotas() {
        limiter.take("k", 1);
        RateLimiter.Decision d = limiter.take("k", 1);
        assertFalse(d.allowed());
        assertEquals(60, d.retryAfter());
    }
}
