package org.joinedup.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.fetch.FetchResult;
import org.joinedup.crawler.fetch.Fetcher;
import org.joinedup.crawler.fetch.Politeness;

/**
 * Politeness from robots.txt: fetched once per scheme+host+port (through the same guarded {@link Fetcher},
 * so SSRF checks and limits apply), cached for an hour, parsed with crawler-commons. 4xx means allow all,
 * 5xx or no answer means disallow all for now (RFC 9309). Crawl-delay is honoured up to the configured cap.
 */
public final class RobotsCache implements Politeness {
    private static final Duration TTL = Duration.ofHours(1);
    private static final long ROBOTS_MAX_BYTES = 512 * 1024;

    private final Fetcher fetcher;
    private final CrawlerConfig config;
    private final String agentToken;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** A cache fetching through the given fetcher. */
    public RobotsCache(Fetcher fetcher, CrawlerConfig config) {
        this.fetcher = fetcher;
        this.config = config;
        String ua = config.userAgent().strip();
        int cut = ua.indexOf('/') > 0 ? ua.indexOf('/') : ua.indexOf(' ') > 0 ? ua.indexOf(' ') : ua.length();
        this.agentToken = ua.substring(0, cut).toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<String> refusal(URI uri) {
        return rules(uri).isAllowed(uri.toString()) ? Optional.empty()
            : Optional.of("disallowed by robots.txt for " + agentToken);
    }

    @Override
    public Duration delayFor(URI uri) {
        long delay = rules(uri).getCrawlDelay();
        Duration min = config.minHostDelay();
        if (delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0) {
            return min;
        }
        Duration robots = Duration.ofMillis(Math.min(delay, config.maxCrawlDelay().toMillis()));
        return robots.compareTo(min) > 0 ? robots : min;
    }

    /** Sitemaps the host's robots.txt lists. */
    public List<String> sitemaps(URI uri) {
        return rules(uri).getSitemaps();
    }

    /** The rules for the URL's host, fetching robots.txt when not cached. */
    public BaseRobotRules rules(URI uri) {
        String key = key(uri);
        Entry entry = cache.computeIfAbsent(key, k -> new Entry());
        synchronized (entry) {
            if (entry.rules == null || System.nanoTime() - entry.fetchedAt > TTL.toNanos()) {
                entry.rules = load(URI.create(key + "/robots.txt"));
                entry.fetchedAt = System.nanoTime();
            }
            return entry.rules;
        }
    }

    private BaseRobotRules load(URI robots) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 20); // we cap the delay ourselves
        FetchResult r = fetcher.fetch(robots, null, fetcher.minimumGap(), ROBOTS_MAX_BYTES);
        if (r.ok()) {
            return parser.parseContent(robots.toString(), r.body(), r.contentType(), List.of(agentToken));
        }
        if (r.failure() != null && r.failure().stage() == CrawlError.Stage.SSRF) {
            return parser.failedFetch(404); // the real request will be refused by the SSRF guard with its own reason
        }
        return parser.failedFetch(r.status() == 0 ? 503 : r.status());
    }

    private static String key(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }

    private static final class Entry {
        BaseRobotRules rules;
        long fetchedAt;
    }
}
