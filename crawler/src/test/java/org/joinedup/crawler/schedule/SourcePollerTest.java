package org.joinedup.crawler.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.CrawlerFaultsTestFeeds;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.ScriptedServer;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sources run on their own schedules, disabled ones never, and triggerNow delivers to the consumer. */
@Timeout(20)
class SourcePollerTest {
    @Test
    void runsEnabledSourcesAndTriggersOnDemand() throws Exception {
        List<Harvest> delivered = new CopyOnWriteArrayList<>();
        try (ScriptedServer server = new ScriptedServer();
             Crawler crawler = new Crawler(TestConfigs.loopback(), CrawlStateStore.inMemory())) {
            server.text("/a.xml", 200, "application/rss+xml", CrawlerFaultsTestFeeds.RSS);
            server.text("/b.xml", 200, "application/rss+xml", CrawlerFaultsTestFeeds.RSS);
            Source a = new Source("a", "A", URI.create(server.url("/a.xml")), SourceFormat.FEED, null, "GB", "en",
                new Licence("OGL-UK-3.0", ""), Duration.ofMillis(200), true, true);
            Source off = new Source("off", "B", URI.create(server.url("/b.xml")), SourceFormat.FEED, null, "GB", "en",
                new Licence("OGL-UK-3.0", ""), Duration.ofMillis(200), true, false);
            try (SourcePoller scheduler = new SourcePoller(crawler, List.of(a, off), delivered::add, true, 2)) {
                scheduler.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (delivered.size() < 2 && System.nanoTime() < deadline) {
                    Thread.onSpinWait(); // poll with a deadline for the scheduled runs
                }
                assertTrue(delivered.size() >= 2, "scheduled runs: " + delivered.size());
                Harvest manual = scheduler.triggerNow("off").get(10, TimeUnit.SECONDS);
                assertEquals("off", manual.source().id());
                assertEquals(1, manual.postings().size());
                assertTrue(delivered.contains(manual));
                assertThrows(IllegalArgumentException.class, () -> scheduler.triggerNow("nope"));
            }
            assertEquals(1, server.count("/b.xml"), "a disabled source runs only when triggered");
        }
    }
}
