package org.joinedup.crawler;

import java.time.Instant;
import java.util.List;

/**
 * Per-source crawl health, for the admin API.
 *
 * @param sourceId          the source
 * @param lastAttempt       last harvest start, or null
 * @param lastSuccess       last harvest without errors, or null
 * @param lastHttpStatus    HTTP status of the last main fetch
 * @param itemsFound        postings found by the last successful harvest
 * @param recentErrors      errors of the last harvest (newest first, bounded)
 * @param fetches           conditional fetches made so far
 * @param notModified       of those, answered 304
 */
public record SourceHealth(String sourceId, Instant lastAttempt, Instant lastSuccess, int lastHttpStatus,
                           int itemsFound, List<CrawlError> recentErrors, long fetches, long notModified) {
    public SourceHealth {
        recentErrors = recentErrors == null ? List.of() : List.copyOf(recentErrors);
    }

    /** Share of conditional fetches answered 304, 0 when none were made. */
    public double notModifiedRatio() {
        return fetches == 0 ? 0.0 : (double) notModified / fetches;
    }
}
