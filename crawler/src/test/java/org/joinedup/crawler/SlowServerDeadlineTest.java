package org.joinedup.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A true 1 byte/s server against both limits. With a read timeout shorter than the 1 s gap the idle timeout
 * ends the fetch; with a read timeout longer than the gap (so it never fires) only the total deadline can end
 * it, whether the trickle starts at the status line or after the headers.
 */
@Timeout(30)
class SlowServerDeadlineTest {
    private static final String RSS = CrawlerFaultsTest.RSS;

    private static CrawlerConfig config(Duration read, Duration deadline) {
        return new CrawlerConfig("JoinedUpJobsBot/0.1 (+https://joinedup.example/bot)", Duration.ofSeconds(2), read,
            deadline, 5L * 1024 * 1024, 5, Duration.ofMillis(10), Duration.ofSeconds(2), 50, true);
    }

    private record Outcome(Harvest harvest, long millis, int slowBytes) {
        CrawlError error() {
            assertFalse(harvest.complete());
            assertTrue(harvest.postings().isEmpty());
            assertEquals(1, harvest.errors().size(), harvest.errors()::toString);
            return harvest.errors().get(0);
        }
    }

    private static Outcome harvest(CrawlerConfig config, boolean fastHeaders) throws Exception {
        try (OneBytePerSecondServer server = new OneBytePerSecondServer(RSS, fastHeaders);
             Crawler crawler = new Crawler(config, CrawlStateStore.inMemory())) {
            long t0 = System.nanoTime();
            Harvest h = crawler.harvest(TestConfigs.source("slow", server.url("/feed.xml"), SourceFormat.FEED));
            return new Outcome(h, (System.nanoTime() - t0) / 1_000_000, server.slowBytesSent());
        }
    }

    @Test
    void readTimeoutEndsATrickleWhoseGapsAreLongerThanIt() throws Exception {
        Outcome o = harvest(config(Duration.ofMillis(400), Duration.ofSeconds(20)), false);
        CrawlError e = o.error();
        assertTrue(e.reason().contains("timeout"), e.reason());
        assertTrue(o.millis() < 4000, "read timeout of 0.4 s took " + o.millis() + " ms");
    }

    @Test
    void deadlineEndsATrickleFromTheStatusLineThatNeverIdles() throws Exception {
        Outcome o = harvest(config(Duration.ofSeconds(2), Duration.ofSeconds(3)), false);
        CrawlError e = o.error();
        assertEquals(CrawlError.Stage.LIMIT, e.stage(), e.reason());
        assertTrue(e.reason().contains("deadline"), e.reason());
        assertTrue(o.millis() >= 2900 && o.millis() < 6000, "3 s deadline ended after " + o.millis() + " ms");
        // a LIMIT (not a read timeout) already shows the 2 s read timeout never fired; bytes did flow
        assertTrue(o.slowBytes() >= 1, "the server sent nothing: " + o.slowBytes());
    }

    @Test
    void deadlineEndsABodyTrickleAfterFastHeaders() throws Exception {
        Outcome o = harvest(config(Duration.ofSeconds(2), Duration.ofSeconds(3)), true);
        CrawlError e = o.error();
        assertEquals(CrawlError.Stage.LIMIT, e.stage(), e.reason());
        assertTrue(e.reason().contains("deadline"), e.reason());
        assertTrue(o.millis() >= 2900 && o.millis() < 6000, "3 s deadline ended after " + o.millis() + " ms");
    }
}
