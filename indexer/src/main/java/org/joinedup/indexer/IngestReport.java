package org.joinedup.indexer;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param sourceId  source
 * @param seen      postings received
 * @param added     vacancies never seen before (the ones to match against saved searches; excludes duplicates
 *                  merged into an existing cluster)
 * @param updated   vacancies seen before and re-indexed
 * @param merged    new postings that joined an existing duplicate cluster
 * @param closed    vacancies closed by this ingest
 * @param rejected  postings that could not be normalised, with reasons
 */
public record IngestReport(String sourceId, int seen, List<Vacancy> added, int updated, int merged, int closed,
                           List<String> rejected) {
    public IngestReport {
        added = List.copyOf(added);
        rejected = List.copyOf(rejected);
    }
}
