package org.joinedup.crawler;

import java.util.List;

/** Folds one harvest into the source's running health (attempts, successes, 304 ratio, recent errors). */
final class HealthRecorder {
    private static final int MAX_ERRORS = 20;

    private HealthRecorder() {
    }

    static SourceHealth next(SourceHealth prev, Harvest h, int fetches, int notModified) {
        boolean success = h.ok();
        List<CrawlError> errors = h.errors().reversed().stream().limit(MAX_ERRORS).toList();
        int items = success && !h.notModified() ? h.postings().size() : prev == null ? 0 : prev.itemsFound();
        return new SourceHealth(h.source().id(), h.startedAt(),
            success ? h.finishedAt() : prev == null ? null : prev.lastSuccess(),
            h.httpStatus(), items, errors,
            (prev == null ? 0 : prev.fetches()) + fetches,
            (prev == null ? 0 : prev.notModified()) + notModified);
    }
}
