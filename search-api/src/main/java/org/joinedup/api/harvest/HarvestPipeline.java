package org.joinedup.api.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.joinedup.api.persistence.HarvestLogEntry;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.IngestReport;
import org.joinedup.indexer.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One harvest of one source, end to end: crawl, hand to the indexer, acknowledge, log the outcome. The
 * acknowledgement (the crawler saving ETag / Last-Modified) comes only after the indexer has committed, so a
 * harvest lost to an indexer failure or a crash is fetched in full next time rather than answered 304. Whatever
 * scheduler drives it, a failing source is recorded and never stops the others.
 */
public final class HarvestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestPipeline.class);

    private final Function<Source, Harvest> crawl;
    private final Consumer<Harvest> acknowledge;
    private final IngestSink sink;
    private final HarvestLogRepository log;
    private final Consumer<List<Vacancy>> onAdded;

    /**
     * A pipeline that never acknowledges, so every poll is a full GET (tests, tools).
     *
     * @param crawl usually {@code crawler::harvest}
     * @param sink  the indexer
     * @param log   where outcomes are recorded
     */
    public HarvestPipeline(Function<Source, Harvest> crawl, IngestSink sink, HarvestLogRepository log) {
        this(crawl, h -> { }, sink, log, added -> { });
    }

    /**
     * @param crawl       usually {@code crawler::harvest}
     * @param acknowledge usually {@code crawler::acknowledge}: called only after the sink has committed a harvest
     * @param sink        the indexer
     * @param log         where outcomes are recorded
     * @param onAdded     receives each ingest's newly indexed vacancies (alert matching); its failures are logged
     */
    public HarvestPipeline(Function<Source, Harvest> crawl, Consumer<Harvest> acknowledge, IngestSink sink,
                           HarvestLogRepository log, Consumer<List<Vacancy>> onAdded) {
        this.crawl = Objects.requireNonNull(crawl, "crawl");
        this.acknowledge = Objects.requireNonNull(acknowledge, "acknowledge");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.log = Objects.requireNonNull(log, "log");
        this.onAdded = Objects.requireNonNull(onAdded, "onAdded");
    }

    /** Harvests and indexes one source; returns the logged outcome. Never throws for source or index trouble. */
    public HarvestLogEntry run(Source source) {
        Instant start = Instant.now();
        Harvest harvest;
        try {
            harvest = crawl.apply(source);
        } catch (RuntimeException e) {
            LOG.error("crawler failed on source {}", source.id(), e);
            return record(new HarvestLogEntry(source.id(), start, Instant.now(), "failed", 0, false, false, 0, 0, 0,
                0, 0, 0, 1, "crawler: " + e));
        }
        return accept(harvest);
    }

    /**
     * Indexes a harvest made elsewhere (e.g. by the crawler's scheduler), acknowledges it once committed, and logs
     * the outcome. A harvest the indexer refused is not acknowledged.
     */
    public HarvestLogEntry accept(Harvest harvest) {
        IngestReport report = null;
        String failure = null;
        try {
            report = sink.ingest(harvest);
        } catch (Exception e) {
            LOG.error("indexing failed for source {}", harvest.source().id(), e);
            failure = "indexer: " + e;
        }
        if (failure == null) acknowledge(harvest);
        if (report != null && !report.added().isEmpty()) notifyAdded(report.added());
        return record(entry(harvest, report, failure));
    }

    private void acknowledge(Harvest harvest) {
        try {
            acknowledge.accept(harvest);
        } catch (RuntimeException e) {
            // indexed but not acknowledged: the next poll is a full GET, which is safe, only slower
            LOG.error("cannot save crawl validators for source {}", harvest.source().id(), e);
        }
    }

    private void notifyAdded(List<Vacancy> added) {
        try {
            onAdded.accept(added);
        } catch (RuntimeException e) {
            // the indexer's backlog keeps them; the alert jobs match them again
            LOG.error("alert matching failed for {} new vacancies; left for the retry", added.size(), e);
        }
    }

    /** Makes the harvests so far searchable (after the first round, so "done" means "findable"). */
    public void refresh() {
        try {
            sink.refresh();
        } catch (Exception e) {
            LOG.error("index refresh failed", e);
        }
    }

    private HarvestLogEntry record(HarvestLogEntry entry) {
        try {
            log.append(entry);
        } catch (RuntimeException e) {
            LOG.error("cannot write harvest log for {}", entry.sourceId(), e);
        }
        LOG.info("harvest {}: {} ({} postings, {} added, {} updated, {} errors)", entry.sourceId(), entry.outcome(),
            entry.postings(), entry.added(), entry.updated(), entry.errors());
        return entry;
    }

    static HarvestLogEntry entry(Harvest h, IngestReport r, String failure) {
        String outcome = failure != null ? "failed"
            : h.notModified() ? "not_modified"
            : h.ok() ? "ok"
            : h.postings().isEmpty() ? "failed" : "partial";
        String message = failure != null ? failure
            : !h.errors().isEmpty() ? describe(h.errors().get(0))
            : h.note(); // why an error-free harvest found nothing, e.g. "RSS feed parsed: 0 items"
        return new HarvestLogEntry(h.source().id(), h.startedAt() == null ? Instant.now() : h.startedAt(),
            Instant.now(), outcome, h.httpStatus(), h.notModified(), h.complete(), h.postings().size(),
            r == null ? 0 : r.added().size(), r == null ? 0 : r.updated(), r == null ? 0 : r.merged(),
            r == null ? 0 : r.closed(), r == null ? 0 : r.rejected().size(), h.errors().size(), message);
    }

    private static String describe(CrawlError e) {
        return e.stage() + " " + (e.url() == null ? "" : e.url() + ": ") + e.reason();
    }
}
