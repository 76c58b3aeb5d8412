package org.joinedup.crawler;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded crawl failure: which source, which URL, at what stage and why. Failures are data, not exceptions.
 *
 * @param sourceId the source
 * @param url      the URL concerned (may be null for push bodies)
 * @param stage    where it failed
 * @param reason   human-readable reason, e.g. "HTTP 500" or "body larger than 5 MiB after decompression"
 * @param at       when
 */
public record CrawlError(String sourceId, String url, Stage stage, String reason, Instant at) {
    public CrawlError {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        at = at == null ? Instant.now() : at;
    }

    /** Pipeline stage of a failure. */
    public enum Stage { CONFIG, ROBOTS, FETCH, SSRF, LIMIT, PARSE, ITEM }
}
