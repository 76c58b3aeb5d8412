package org.joinedup.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.dedup.Deduplicator;
import org.joinedup.indexer.index.ClusterBook;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;
import org.joinedup.indexer.index.IngestBatch;
import org.joinedup.indexer.normalise.Normaliser;
import org.joinedup.indexer.normalise.PlaceLookup;
import org.joinedup.indexer.normalise.VacancyIds;
import org.joinedup.indexer.search.VacancySearcher;
import org.joinedup.indexer.stats.Statistics;
import org.joinedup.indexer.stats.StatsDimension;
import org.joinedup.indexer.stats.StatsSnapshot;
import org.joinedup.indexer.suggest.Suggestion;
import org.joinedup.indexer.suggest.TitleSuggester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Front door of the indexer. Thread-safe: ingests are serialised, searches run concurrently.
 *
 * <p>The pipeline for one harvest, in order: normalise each posting; if it is known, update it; if it is new,
 * ask the deduplicator whether another source lists it already and join that cluster, else index it as a new
 * vacancy; then, for a complete full-snapshot harvest, schedule or carry out the closing of what disappeared;
 * commit (durable) with a checkpoint and the ids still to be matched against alerts; report what is new for
 * alert matching, which acknowledges it through {@link #matched} once the matches are recorded.
 */
public final class Indexer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final IndexConfig config;
    private final Clock clock;
    private final IndexStore store;
    private final Normaliser normaliser;
    private final Deduplicator dedup = new Deduplicator();
    private final ClusterBook clusters = new ClusterBook();
    private final UnchangedPostings relisted = new UnchangedPostings();
    private final VacancySearcher searcher;
    private final ReentrantLock ingestLock = new ReentrantLock();
    private final TitleSuggester suggester;
    private final Statistics statistics;
    private final UnmatchedVacancies unmatched;
    private final SignatureLoad signatures;
    private static final int PARALLEL_THRESHOLD = 32;
    private final java.util.concurrent.ForkJoinPool normalisers = new java.util.concurrent.ForkJoinPool(
        Runtime.getRuntime().availableProcessors(), pool -> {
            var t = java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("indexer-normalise-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);

    private Indexer(IndexConfig config, LanguageAnalysis analysis, Clock clock, java.util.concurrent.Executor loader)
        throws IOException {
        this.config = config;
        this.clock = clock;
        this.store = new IndexStore(config.dir(), new IndexSchema(analysis), config.refreshInterval());
        this.normaliser = new Normaliser(analysis);
        this.searcher = new VacancySearcher(store, clusters);
        this.suggester = new TitleSuggester(analysis);
        this.statistics = new Statistics(store, clock, (dim, value, lang) -> dim == StatsDimension.OCCUPATION
            ? analysis.occupationLabel(value, lang) : value);
        this.unmatched = new UnmatchedVacancies(store.commitData());
        this.signatures = new SignatureLoad(store, dedup, normalisers, loader);
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
    static Indexer open(IndexConfig config, LanguageAnalysis analysis, Clock clock, java.util.concurrent.Executor loader)
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
        return run(source, harvest.postings(), snapshot, harvest.notModified());
    }

    /** Adds or updates pushed postings of a push source (never closes others). */
    public IngestReport push(Source source, List<Posting> postings) throws IOException {
        return run(source, postings, false, false);
    }

    private IngestReport run(Source source, List<Posting> postings, boolean snapshot, boolean unchanged)
        throws IOException {
        // Normalising and signing need no lock, so they run before taking it: while one harvest is looked up,
        // deduplicated and committed, the next (the harvest pool delivers from several threads) is normalised.
        Instant now = clock.instant();
        Prepared prepared = prepare(source, postings, now);
        signatures.await();
        ingestLock.lock();
        try (IngestBatch batch = store.openBatch()) {
            clusters.council(source.id(), source.council());
            Tally t = new Tally();
            Set<String> seen = new HashSet<>();
            Map<String, Long> indexedFrom = prepared.fingerprints();
            List<Normalised> normalised = new ArrayList<>(prepared.normalised());
            // Rare: a posting taken as unchanged was changed by an ingest that committed meanwhile (two pushes
            // of one source at once); it is normalised now, under the lock, as it would have been before.
            List<Posting> lateChanges = new ArrayList<>();
            for (Posting p : prepared.unchanged()) {
                String id = VacancyIds.of(source.id(), p.sourceRef());
                long fingerprint = UnchangedPostings.fingerprint(source, p);
                if (relisted.unchanged(id, fingerprint)) {
                    seen.add(id); // listed again as it was: still open, nothing to normalise or write
                    t.unchanged++;
                } else {
                    lateChanges.add(p);
                    indexedFrom.put(id, fingerprint);
                }
            }
            if (!lateChanges.isEmpty()) normalised.addAll(normaliseAll(source, lateChanges, now));
            for (Normalised n : normalised) {
                if (n.vacancy() == null) {
                    t.rejected.add(n.rejection());
                } else {
                    upsert(batch, n, now, seen, t);
                }
            }
            if (snapshot) {
                t.closed += closeMissing(batch, source, seen, unchanged, now);
            }
            unmatched.add(t.added); // in the same commit as the vacancies: a crash after it cannot lose an alert
            commit(batch, Map.of("checkpoint." + source.id(), now.toString(), "checkpoint", now.toString()));
            indexedFrom.keySet().removeIf(id -> !seen.contains(id)); // rejected postings are retried in full
            relisted.remember(indexedFrom);
            LOG.info("ingested {}: {} postings, {} new, {} updated, {} unchanged, {} merged, {} closed, {} rejected",
                source.id(), postings.size(), t.added.size(), t.updated, t.unchanged, t.merged, t.closed,
                t.rejected.size());
            return new IngestReport(source.id(), postings.size(), t.added, t.updated, t.merged, t.closed, t.rejected);
        } finally {
            ingestLock.unlock();
        }
    }

    /**
     * Splits a harvest into postings listed again exactly as last indexed (checked again under the lock) and
     * the rest, which are normalised and signed here, outside the lock.
     */
    private Prepared prepare(Source source, List<Posting> postings, Instant now) {
        Map<String, Long> fingerprints = UnchangedPostings.pending();
        List<Posting> unchanged = new ArrayList<>();
        List<Posting> changed = new ArrayList<>(postings.size());
        for (Posting p : postings) {
            String id = VacancyIds.of(source.id(), p.sourceRef());
            long fingerprint = UnchangedPostings.fingerprint(source, p);
            if (relisted.unchanged(id, fingerprint)) {
                unchanged.add(p);
            } else {
                changed.add(p);
                fingerprints.put(id, fingerprint);
            }
        }
        return new Prepared(unchanged, normaliseAll(source, changed, now), fingerprints);
    }

    /** A harvest after {@link #prepare}: the postings to check again as unchanged, the normalised rest. */
    private record Prepared(List<Posting> unchanged, List<Normalised> normalised, Map<String, Long> fingerprints) {
    }

    /** Counters of one ingest. */
    private static final class Tally {
        final List<Vacancy> added = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();
        int updated;
        int unchanged;
        int merged;
        int closed;
    }

    /** A normalised posting with its dedup signature, or why it could not be normalised. */
    private record Normalised(Vacancy vacancy, Deduplicator.Signed signature, String rejection) {
    }

    /**
     * Normalising (HTML sanitising, language detection, parsing) and signing for dedup are the CPU-heavy,
     * side-effect-free part of an ingest, so they run on all cores; the decisions after them stay sequential.
     */
    private List<Normalised> normaliseAll(Source source, List<Posting> postings, Instant now) {
        if (postings.size() < PARALLEL_THRESHOLD) {
            return postings.stream().map(p -> normalise(p, source, now)).toList();
        }
        try {
            return normalisers.submit(() -> postings.parallelStream().map(p -> normalise(p, source, now)).toList())
                .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while normalising", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("normalising failed", e.getCause());
        }
    }

    private Normalised normalise(Posting p, Source source, Instant now) {
        try {
            Vacancy v = normaliser.normalise(p, source, now);
            return new Normalised(v, dedup.sign(v), null);
        } catch (IllegalArgumentException e) {
            return new Normalised(null, null, p.sourceRef() + ": " + e.getMessage());
        }
    }

    /**
     * Writes a normalised vacancy: an update of a known open one keeps its history and cluster; a new (or
     * reopened) one joins the cluster of an open duplicate from another source, or starts its own. The
     * signature stays valid for every version written here, since only lifecycle and cluster differ.
     */
    private void upsert(IngestBatch batch, Normalised n, Instant now, Set<String> seen, Tally t) throws IOException {
        Vacancy v = n.vacancy();
        if (!seen.add(v.id())) return;
        Optional<Vacancy> old = batch.get(v.id());
        if (old.isPresent() && old.get().lifecycle().status() == Vacancy.Status.OPEN) {
            Vacancy o = old.get();
            batch.put(v.withLifecycle(new Vacancy.Lifecycle(o.lifecycle().firstSeen(), now, null,
                Vacancy.Status.OPEN)).withCluster(o.cluster()));
            dedup.add(n.signature());
            t.updated++;
            return;
        }
        Vacancy fresh = old.map(o -> v.withLifecycle(new Vacancy.Lifecycle(o.lifecycle().firstSeen(), now, null,
            Vacancy.Status.OPEN))).orElse(v);
        Optional<Vacancy> canonical = duplicateTarget(batch, fresh, n.signature());
        if (canonical.isPresent()) {
            clusters.join(batch, canonical.get(), fresh);
            t.merged++;
        } else {
            batch.put(fresh);
            if (old.isPresent()) t.updated++; else t.added.add(fresh);
        }
        dedup.add(n.signature());
    }

    /** The open canonical vacancy of another source that this one duplicates, if any. */
    private Optional<Vacancy> duplicateTarget(IngestBatch batch, Vacancy v, Deduplicator.Signed signed)
        throws IOException {
        Optional<String> dupId = dedup.findDuplicateOf(signed);
        if (dupId.isEmpty()) return Optional.empty();
        Optional<Vacancy> other = batch.get(dupId.get());
        if (other.isEmpty()) return Optional.empty();
        return clusters.canonicalOf(batch, other.get())
            .filter(c -> c.lifecycle().status() == Vacancy.Status.OPEN && !c.sourceId().equals(v.sourceId()));
    }

    /**
     * Items a full snapshot no longer lists get a closing time one grace period ahead (kept in
     * lifecycle.closedAt while still open); once that time has passed they close. An unchanged (304) snapshot
     * only carries out closings already due.
     */
    private int closeMissing(IngestBatch batch, Source source, Set<String> seen, boolean unchanged, Instant now)
        throws IOException {
        int closed = 0;
        List<Vacancy> open = batch.find(IndexStore.openOfSource(source.id()),
            v -> v.sourceId().equals(source.id()) && v.lifecycle().status() == Vacancy.Status.OPEN);
        for (Vacancy v : open) {
            if (seen.contains(v.id())) continue;
            relisted.forget(v.id());
            Instant due = v.lifecycle().closedAt();
            if (due == null && !unchanged) {
                due = now.plus(config.snapshotGrace());
                if (due.isAfter(now)) {
                    Vacancy.Lifecycle l = v.lifecycle();
                    batch.put(v.withLifecycle(new Vacancy.Lifecycle(l.firstSeen(), l.lastSeen(), due, l.status())));
                    continue;
                }
            }
            if (due != null && !due.isAfter(now)) {
                clusters.close(batch, v, now);
                dedup.remove(v.id());
                closed++;
            }
        }
        return closed;
    }

    /** Closes one vacancy of a source (publisher delete); true when it was open. */
    public boolean close(String sourceId, String sourceRef, Instant at) throws IOException {
        signatures.await();
        ingestLock.lock();
        try (IngestBatch batch = store.openBatch()) {
            Optional<Vacancy> v = batch.get(VacancyIds.of(sourceId, sourceRef))
                .filter(x -> x.lifecycle().status() == Vacancy.Status.OPEN);
            if (v.isEmpty()) return false;
            relisted.forget(v.get().id());
            clusters.close(batch, v.get(), at);
            dedup.remove(v.get().id());
            commit(batch, Map.of("checkpoint." + sourceId, at.toString()));
            return true;
        } finally {
            ingestLock.unlock();
        }
    }

    /** Commits a batch's writes with checkpoints and the ids still to be matched against alerts. */
    private void commit(IngestBatch batch, Map<String, String> checkpoints) throws IOException {
        batch.commit(withUnmatched(checkpoints));
    }

    private Map<String, String> withUnmatched(Map<String, String> checkpoints) {
        Map<String, String> data = new java.util.HashMap<>(checkpoints);
        data.putAll(unmatched.commitEntry());
        return data;
    }

    /**
     * From now on, lists every added vacancy as unmatched until {@link #matched} acknowledges it. Call it before
     * the first ingest when alert matching runs; without it nothing is listed (ids already listed in the index
     * stay until acknowledged).
     */
    public void trackUnmatched() {
        unmatched.track();
    }

    /**
     * Vacancies reported as added whose alert matching has not been acknowledged with {@link #matched}: after a
     * crash or a failed match they are still here (the list is part of every commit). Newest last.
     */
    public List<Vacancy> unmatched() throws IOException {
        List<String> ids = unmatched.ids();
        if (ids.isEmpty()) return List.of();
        ingestLock.lock(); // reads through the writer, so an id is never looked up half-way through an ingest
        try (IngestBatch batch = store.openBatch()) {
            List<Vacancy> out = new ArrayList<>(ids.size());
            for (String id : ids) batch.get(id).ifPresent(out::add);
            return out;
        } finally {
            ingestLock.unlock();
        }
    }

    /** Acknowledges that these added vacancies' alert matches are recorded; persisted with the next commit. */
    public void matched(java.util.Collection<String> vacancyIds) {
        unmatched.remove(vacancyIds);
    }

    private void commitAcknowledgements() throws IOException {
        ingestLock.lock();
        try {
            store.commit(withUnmatched(Map.of())); // no batch is open while the ingest lock is held here
        } finally {
            ingestLock.unlock();
        }
    }

    /** Searches open, canonical vacancies (closed ones too when the request includes closed). */
    public SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request, LocalDate.now(clock));
    }

    /** One vacancy by id, open or closed. */
    public Optional<Vacancy> get(String id) throws IOException {
        return store.withSearcher(s -> {
            List<Vacancy> found = IndexStore.find(s, new TermQuery(new Term(IndexSchema.ID, id)), 1);
            return found.isEmpty() ? Optional.<Vacancy>empty() : Optional.of(clusters.withLinks(s, found.getFirst()));
        });
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
        LocalDate today = LocalDate.now(clock);
        store.withSearcher(s -> {
            suggester.refreshFrom(s, today);
            return null;
        });
        return suggester.suggest(prefix, n);
    }

    /** Labour-market statistics of what searches see now (computed once per index refresh, then cached). */
    public StatsSnapshot statistics() throws IOException {
        return statistics.current();
    }

    /** The gazetteer's coordinates for a place name typed by a user ("Harrogate", "Utrecht, NL"), if known. */
    public Optional<GeoPoint> geocode(String place) {
        return PlaceLookup.find(place);
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
    public org.joinedup.indexer.alerts.AlertMatcher newAlertMatcher() throws IOException {
        return new org.joinedup.indexer.alerts.AlertMatcher(store.schema(), clock);
    }

    /** Number of documents in the index (all statuses and duplicate-cluster members). */
    public int documentCount() {
        return store.docCount();
    }

    @Override
    public void close() throws IOException {
        signatures.stop();
        normalisers.shutdownNow();
        try {
            if (unmatched.hasAcknowledgements()) commitAcknowledgements();
        } finally {
            try {
                suggester.close();
            } finally {
                store.close();
            }
        }
    }
}
