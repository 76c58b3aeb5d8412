package org.joinedup.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.alerts.AlertMatcher;
import org.joinedup.indexer.dedup.Deduplicator;
import org.joinedup.indexer.index.DuplicateClusters;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;
import org.joinedup.indexer.normalise.Normaliser;
import org.joinedup.indexer.stats.StatsSnapshot;
import org.joinedup.indexer.suggest.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Front door of the indexer. Thread-safe: ingests are serialised, searches run concurrently.
 *
 * <p>It wires four parts around one {@link IndexStore}: the ingest algorithm ({@link IngestPipeline}), the alert
 * backlog ({@link AlertBacklog}), the read side ({@link SearchFacade}) and the background load of the dedup
 * signatures ({@link SignatureLoad}, on the indexer's {@link CorePool}).
 */
public final class Indexer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final Clock clock;
    private final IndexStore store;
    private final DuplicateClusters clusters = new DuplicateClusters();
    private final CorePool cores = new CorePool();
    private final SignatureLoad signatures;
    private final AlertBacklog backlog;
    private final IngestPipeline ingest;
    private final SearchFacade reads;

    private Indexer(IndexConfig config, LanguageAnalysis analysis, Clock clock, Executor loader) throws IOException {
        this.clock = clock;
        this.store = new IndexStore(config.dir(), new IndexSchema(analysis), config.refreshInterval());
        Deduplicator dedup = new Deduplicator();
        ReentrantLock writeLock = new ReentrantLock();
        this.signatures = new SignatureLoad(store, dedup, cores.pool(), loader);
        this.backlog = new AlertBacklog(store, writeLock);
        this.ingest = new IngestPipeline(config.snapshotGrace(), clock, store, new Normaliser(analysis), dedup,
            clusters, writeLock, backlog, signatures, cores);
        this.reads = new SearchFacade(store, clusters, analysis, clock);
        LOG.info("index opened at {}: {} documents", config.dir(), store.docCount());
    }

    /** Opens (or creates) the index in {@code config.dir()}. */
    public static Indexer open(IndexConfig config, LanguageAnalysis analysis) throws IOException {
        return open(config, analysis, Clock.systemUTC());
    }

    /**
     * Opens the index with a clock (tests move time to check expiry and grace periods). Searches are served at
     * once; the dedup signatures of the open vacancies load in the background, and ingests and closes wait for
     * them.
     */
    public static Indexer open(IndexConfig config, LanguageAnalysis analysis, Clock clock) throws IOException {
        return new Indexer(config, analysis, clock, SignatureLoad.ownThread());
    }

    /** Opens the index with the signature load run by {@code loader} (tests hold it back). */
    static Indexer open(IndexConfig config, LanguageAnalysis analysis, Clock clock, Executor loader)
        throws IOException {
        return new Indexer(config, analysis, clock, loader);
    }

    /** True once the dedup signatures of the open vacancies are loaded, i.e. ingests no longer wait. */
    public boolean signaturesLoaded() {
        return signatures.loaded();
    }

    /** Waits until the dedup signatures of the open vacancies are loaded (benches measure a settled index). */
    public void awaitSignatures() throws IOException {
        signatures.await();
    }

    /**
     * Runs the pipeline for one harvest and commits before returning, so a returned report means durable.
     * A failed or partial harvest never closes anything.
     */
    public IngestReport ingest(Harvest harvest) throws IOException {
        Source source = harvest.source();
        boolean snapshot = source.fullSnapshot() && (harvest.complete() || harvest.notModified());
        return ingest.run(source, harvest.postings(), snapshot, harvest.notModified());
    }

    /** Adds or updates pushed postings of a push source (never closes others). */
    public IngestReport push(Source source, List<Posting> postings) throws IOException {
        return ingest.run(source, postings, false, false);
    }

    /** Closes one vacancy of a source (publisher delete); true when it was open. */
    public boolean close(String sourceId, String sourceRef, Instant at) throws IOException {
        return ingest.close(sourceId, sourceRef, at);
    }

    /**
     * Closes every open vacancy of a source (removed or emptied by an administrator) in one batch and one commit,
     * cluster members included; returns how many were open.
     */
    public int closeSource(String sourceId, Instant at) throws IOException {
        return ingest.closeSource(sourceId, at);
    }

    /**
     * From now on, lists every added vacancy as unmatched until {@link #matched} acknowledges it. Call it before
     * the first ingest when alert matching runs; without it nothing is listed (ids already listed in the index
     * stay until acknowledged).
     */
    public void trackUnmatched() {
        backlog.track();
    }

    /**
     * Vacancies reported as added whose alert matching has not been acknowledged with {@link #matched}: after a
     * crash or a failed match they are still here (the list is part of every commit). Newest last.
     */
    public List<Vacancy> unmatched() throws IOException {
        return backlog.vacancies();
    }

    /** Acknowledges that these added vacancies' alert matches are recorded; persisted with the next commit. */
    public void matched(Collection<String> vacancyIds) {
        backlog.remove(vacancyIds);
    }

    /** Searches open, canonical vacancies (closed ones too when the request includes closed). */
    public SearchResult search(SearchRequest request) throws IOException {
        return reads.search(request);
    }

    /** One vacancy by id, open or closed. */
    public Optional<Vacancy> get(String id) throws IOException {
        return reads.get(id);
    }

    /**
     * Tells the indexer a source's council name, shown in other vacancies' "also listed at" links (a harvest
     * of the source does this too; the server calls it for every known source when it starts).
     */
    public void council(String sourceId, String council) {
        clusters.council(sourceId, council);
    }

    /**
     * Autocomplete: up to n titles of open vacancies and occupation labels (any language) with a word starting
     * with the prefix, most vacancies first. Empty for prefixes shorter than two characters.
     */
    public List<Suggestion> suggest(String prefix, int n) throws IOException {
        return reads.suggest(prefix, n);
    }

    /** Labour-market statistics of what searches see now (computed once per index refresh, then cached). */
    public StatsSnapshot statistics() throws IOException {
        return reads.statistics();
    }

    /** The gazetteer's coordinates for a place name typed by a user ("Harrogate", "Utrecht, NL"), if known. */
    public Optional<GeoPoint> geocode(String place) {
        return reads.geocode(place);
    }

    /** Makes everything ingested so far visible to searches now (tests; normally refreshed every second). */
    public void refresh() throws IOException {
        store.refresh();
    }

    /** Checkpoints recorded with the last commit: "checkpoint" and "checkpoint.&lt;sourceId&gt;" to ISO instants. */
    public Map<String, String> checkpoints() {
        return store.commitData();
    }

    /** A matcher for saved searches that analyses vacancies exactly as this index does. */
    public AlertMatcher newAlertMatcher() throws IOException {
        return new AlertMatcher(store.schema(), clock);
    }

    /** Number of documents in the index (all statuses and duplicate-cluster members). */
    public int documentCount() {
        return store.docCount();
    }

    @Override
    public void close() throws IOException {
        signatures.stop();
        cores.close();
        try {
            backlog.commitAcknowledgements();
        } finally {
            try {
                reads.close();
            } finally {
                store.close();
            }
        }
    }
}
