package org.joinedup.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Per-host gaps: the configured minimum, and robots.txt Crawl-delay (capped) across sources on one host. */
@Timeout(30)
class PolitenessTest {
    @Test
    void minimumGapBetweenRequestsToOneHost() throws Exception {
        try (ScriptedServer server = new ScriptedServer();
             Crawler crawler = new Crawler(TestConfigs.loopback().withMinHostDelay(Duration.ofMillis(300)), CrawlStateStore.inMemory())) {
            server.text("/a.xml", 200, "application/rss+xml", CrawlerFaultsTest.RSS);
            server.text("/b.xml", 200, "application/rss+xml", CrawlerFaultsTest.RSS);
            crawler.harvest(TestConfigs.source("a", server.url("/a.xml"), SourceFormat.FEED));
            crawler.harvest(TestConfigs.source("b", server.url("/b.xml"), SourceFormat.FEED));
            assertGaps(server.seen(), 300);
            assertEquals(1, server.count("/robots.txt"), "robots.txt is cached per host");
        }
    }

    @Test
    void crawlDelayIsHonouredAndCapped() throws Exception {
        CrawlerConfig cfg = TestConfigs.loopback();
        cfg = new CrawlerConfig(cfg.userAgent(), cfg.connectTimeout(), cfg.readTimeout(), cfg.fetchDeadline(),
            cfg.maxBodyBytes(), cfg.maxRedirects(), Duration.ofMillis(10), Duration.ofMillis(700), 50, true);
        try (ScriptedServer server = new ScriptedServer(); Crawler crawler = new Crawler(cfg, CrawlStateStore.inMemory())) {
            server.text("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 60\n");
            server.text("/a.xml", 200, "application/rss+xml", CrawlerFaultsTest.RSS);
            server.text("/b.xml", 200, "application/rss+xml", CrawlerFaultsTest.RSS);
            long t0 = System.nanoTime();
            crawler.harvest(TestConfigs.source("a", server.url("/a.xml"), SourceFormat.FEED));
            crawler.harvest(TestConfigs.source("b", server.url("/b.xml"), SourceFormat.FEED));
            List<ScriptedServer.Seen> feeds = server.seen().stream().filter(s -> s.path().endsWith(".xml")).toList();
            assertGaps(feeds, 700);
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(), "60 s Crawl-delay must be capped");
        }
    }

    private static void assertGaps(List<ScriptedServer.Seen> seen, long minMillis) {
        for (int i = 1; i < seen.size(); i++) {
            long gap = (seen.get(i).nanos() - seen.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gap >= minMillis, "gap " + gap + " ms before " + seen.get(i).path());
        }
    }
}
