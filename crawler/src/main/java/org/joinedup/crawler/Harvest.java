package org.joinedup.crawler;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of harvesting one source once.
 *
 * @param source        the source
 * @param postings      postings found (empty when not modified or failed)
 * @param notModified   true when every fetch answered 304, so the previous postings still stand
 * @param complete      true when the source was read in full without a fetch or parse failure, so a
 *                      full-snapshot source's missing items may be counted as dropped; never true after a failure
 * @param httpStatus    HTTP status of the main fetch (0 when no response)
 * @param errors        recorded failures
 * @param startedAt     start
 * @param finishedAt    end
 */
public record Harvest(Source source, List<Posting> postings, boolean notModified, boolean complete, int httpStatus,
                      List<CrawlError> errors, Instant startedAt, Instant finishedAt) {
    public Harvest {
        Objects.requireNonNull(source, "source");
        postings = postings == null ? List.of() : List.copyOf(postings);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** True when nothing went wrong. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
