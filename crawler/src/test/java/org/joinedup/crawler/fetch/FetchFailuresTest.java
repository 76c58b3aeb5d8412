package org.joinedup.crawler.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.joinedup.crawler.CrawlError.Stage;
import org.junit.jupiter.api.Test;

/**
 * How fetch failures are classified. Regression (seen in SlowServerDeadlineTest against a 1 byte/s server):
 * the HTTP client's total timeout is the remaining deadline in whole milliseconds, so it can fire a fraction
 * of a millisecond before the deadline; the failure was then recorded as a FETCH error
 * ("IOException: java.util.concurrent.TimeoutException: Total timeout 2980 ms elapsed") instead of the
 * deadline.
 */
class FetchFailuresTest {
    private static final URI AT = URI.create("http://127.0.0.1:1/feed.xml");

    @Test
    void clientTotalTimeoutJustBeforeTheDeadlineIsTheDeadline() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        Throwable jetty = new IOException(new TimeoutException("Total timeout 2980 ms elapsed"));
        FetchResult r = FetchFailures.describe(AT, AT, 200, jetty, deadline);
        assertEquals(Stage.LIMIT, r.failure().stage(), r.failure().reason());
        assertTrue(r.failure().reason().contains("deadline"), r.failure().reason());
    }

    @Test
    void idleTimeoutBeforeTheDeadlineStaysAReadTimeout() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Throwable idle = new TimeoutException("Idle timeout 400 ms elapsed");
        FetchResult r = FetchFailures.describe(AT, AT, 0, idle, deadline);
        assertEquals(Stage.FETCH, r.failure().stage(), r.failure().reason());
        assertTrue(r.failure().reason().contains("timeout"), r.failure().reason());
    }
}
