package org.joinedup.crawler;

import java.time.Duration;
import java.util.Objects;

/**
 * Crawler limits and politeness settings (config key {@code crawler}).
 *
 * @param userAgent        User-Agent sent on every request and matched against robots.txt
 * @param connectTimeout   TCP connect timeout
 * @param readTimeout      idle read timeout
 * @param fetchDeadline    total deadline for one fetch including redirects
 * @param maxBodyBytes     cap on the decompressed body of one fetch
 * @param maxRedirects     redirects followed at most
 * @param minHostDelay     minimum gap between requests to one host
 * @param maxCrawlDelay    cap on a robots.txt Crawl-delay
 * @param maxPagesPerSite  pages fetched at most per career-site crawl
 * @param allowLoopback    allow loopback addresses (demo and tests only; private ranges stay refused)
 */
public record CrawlerConfig(String userAgent, Duration connectTimeout, Duration readTimeout, Duration fetchDeadline,
                            long maxBodyBytes, int maxRedirects, Duration minHostDelay, Duration maxCrawlDelay,
                            int maxPagesPerSite, boolean allowLoopback) {
    public CrawlerConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(fetchDeadline, "fetchDeadline");
        Objects.requireNonNull(minHostDelay, "minHostDelay");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
        if (maxPagesPerSite <= 0) throw new IllegalArgumentException("maxPagesPerSite must be positive");
    }

    /** Production defaults: 10 s connect, 15 s read, 30 s deadline, 5 MiB, 5 redirects, 1 s per host, 30 s delay cap. */
    public static CrawlerConfig defaults() {
        return new CrawlerConfig("JoinedUpJobsBot/0.1 (+https://joinedup.example/bot)", Duration.ofSeconds(10),
            Duration.ofSeconds(15), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, Duration.ofSeconds(1),
            Duration.ofSeconds(30), 200, false);
    }

    /** Same settings with loopback allowed or not. */
    public CrawlerConfig withAllowLoopback(boolean allow) {
        return new CrawlerConfig(userAgent, connectTimeout, readTimeout, fetchDeadline, maxBodyBytes, maxRedirects,
            minHostDelay, maxCrawlDelay, maxPagesPerSite, allow);
    }

    /** Same settings with another per-host delay (tests use a short one). */
    public CrawlerConfig withMinHostDelay(Duration delay) {
        return new CrawlerConfig(userAgent, connectTimeout, readTimeout, fetchDeadline, maxBodyBytes, maxRedirects,
            delay, maxCrawlDelay, maxPagesPerSite, allowLoopback);
    }
}
