package org.joinedup.crawler.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the crawler's front door for pushed bodies, {@code Crawler#parse} with the format left to the body
 * (feed, job XML, HR-XML, JSON-LD or HTML): it must return postings or throw ParseException, nothing else.
 */
class CrawlerParseFuzzTest {
    private static final Crawler CRAWLER = new Crawler(new CrawlerConfig("JoinedUpJobsBot/0.1 (fuzz)",
        Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 5L * 1024 * 1024, 5,
        Duration.ofMillis(10), Duration.ofSeconds(1), 10, false), CrawlStateStore.inMemory());
    private static final Source PUSH = new Source("fuzz", "Fuzz Council", null, SourceFormat.PUSH, "Region", "GB",
        "en", new Licence("OGL-UK-3.0", "fuzz"), Duration.ofHours(1), false, true);

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void push(byte[] input) {
        FuzzProperty.check(input, body -> CRAWLER.parse(PUSH, body, null, "https://council.example/push"));
    }
}
