package org.joinedup.crawler;

import java.net.URI;
import java.time.Duration;

/** Crawler settings and sources for loopback tests: short timeouts, small host gap, loopback allowed. */
public final class TestConfigs {
    private TestConfigs() {
    }

    public static CrawlerConfig loopback() {
        return new CrawlerConfig("JoinedUpJobsBot/0.1 (+https://joinedup.example/bot)", Duration.ofSeconds(2),
            Duration.ofSeconds(2), Duration.ofSeconds(3), 5L * 1024 * 1024, 5, Duration.ofMillis(10),
            Duration.ofSeconds(2), 50, true);
    }

    public static Source source(String id, String url, SourceFormat format) {
        return new Source(id, "Test Council", URI.create(url), format, "Region", "GB", "en",
            new Licence("OGL-UK-3.0", "test"), Duration.ofHours(1), true, true);
    }
}
