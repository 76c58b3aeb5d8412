package org.joinedup.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pins the production defaults the issue promises councils and operators; changing one must be deliberate. */
class CrawlerConfigTest {
    @Test
    void productionDefaults() {
        CrawlerConfig d = CrawlerConfig.defaults();
        assertTrue(d.minHostDelay().compareTo(Duration.ofSeconds(1)) >= 0, "at least 1 s between requests per host");
        assertEquals(Duration.ofSeconds(30), d.maxCrawlDelay(), "robots.txt Crawl-delay honoured up to 30 s");
        assertEquals(Duration.ofSeconds(30), d.fetchDeadline(), "total deadline per fetch");
        assertEquals(5L * 1024 * 1024, d.maxBodyBytes(), "5 MiB decompressed body cap");
        assertEquals(5, d.maxRedirects());
        assertFalse(d.allowLoopback(), "loopback only for the demo and tests");
        assertTrue(d.connectTimeout().compareTo(d.fetchDeadline()) < 0);
        assertTrue(d.readTimeout().compareTo(d.fetchDeadline()) < 0);
    }
}
