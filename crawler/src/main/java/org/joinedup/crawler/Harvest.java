package org.joinedup.crawler;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joinedup.crawler.CrawlStateStore.Validators;

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
 * @param validators    conditional-GET validators per URL read by this harvest, NOT yet saved: they are saved by
 *                      {@link Crawler#acknowledge(Harvest)} once the harvest is committed downstream, so a harvest
 *                      lost before the commit is fetched in full next time instead of answering 304
 * @param note          why a harvest without errors has no postings (e.g. "RSS feed parsed: 0 items"), else null
 */
public record Harvest(Source source, List<Posting> postings, boolean notModified, boolean complete, int httpStatus,
                      List<CrawlError> errors, Instant startedAt, Instant finishedAt,
                      Map<String, Validators> validators, String note) {
    public Harvest {
        Objects.requireNonNull(source, "source");
        postings = postings == null ? List.of() : List.copyOf(postings);
        errors = errors == null ? List.of() : List.copyOf(errors);
        validators = validators == null ? Map.of() : Map.copyOf(validators);
    }

    /** A harvest with nothing to acknowledge and no note (tests, tools, pushed bodies). */
    public Harvest(Source source, List<Posting> postings, boolean notModified, boolean complete, int httpStatus,
                   List<CrawlError> errors, Instant startedAt, Instant finishedAt) {
        this(source, postings, notModified, complete, httpStatus, errors, startedAt, finishedAt, Map.of(), null);
    }

    /** True when nothing went wrong. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
