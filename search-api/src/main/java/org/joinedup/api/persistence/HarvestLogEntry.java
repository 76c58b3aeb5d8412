package org.joinedup.api.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One harvest run of one source and what the indexer made of it.
 *
 * @param sourceId    source
 * @param startedAt   start of the fetch
 * @param finishedAt  end of indexing
 * @param outcome     {@code ok}, {@code not_modified}, {@code partial} (errors but postings indexed) or {@code failed}
 * @param httpStatus  status of the main fetch, 0 when none
 * @param notModified every fetch answered 304
 * @param complete    the source was read in full
 * @param postings    postings found
 * @param added       new vacancies
 * @param updated     re-indexed vacancies
 * @param merged      postings merged into existing duplicate clusters
 * @param closed      vacancies closed
 * @param rejected    postings the indexer rejected
 * @param errors      crawl errors recorded
 * @param message     first error or indexing failure, or null
 */
public record HarvestLogEntry(String sourceId, Instant startedAt, Instant finishedAt, String outcome, int httpStatus,
                              boolean notModified, boolean complete, int postings, int added, int updated, int merged,
                              int closed, int rejected, int errors, String message) {
    public HarvestLogEntry {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (message != null && message.length() > 2000) message = message.substring(0, 2000);
    }
}
