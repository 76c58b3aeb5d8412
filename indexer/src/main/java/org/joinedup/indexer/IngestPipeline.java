package org.joinedup.indexer;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.dedup.Deduplicator;
import org.joinedup.indexer.index.DuplicateClusters;
import org.joinedup.indexer.index.IndexStore;
import org.joinedup.indexer.index.IngestBatch;
import org.joinedup.indexer.normalise.Normaliser;
import org.joinedup.indexer.normalise.VacancyIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest algorithm, for one harvest (or push) at a time: normalise each posting; if it is known, update it;
 * if it is new, ask the deduplicator whether another source lists it already and join that cluster, else index
 * it as a new vacancy; then, for a complete full-snapshot harvest, schedule or carry out the closing of what
 * disappeared; commit (durable) with a checkpoint and the alert backlog. Closing one vacancy or a whole source
 * goes through here too, since it changes clusters and dedup signatures the same way.
 */
final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
    /** Below this many postings a harvest is normalised on the calling thread. */
    private static final int PARALLEL_THRESHOLD = 32;

    private final Duration snapshotGrace;
    private final Clock clock;
    private final IndexStore store;
    private final Normaliser normaliser;
    private final Deduplicator dedup;
    private final DuplicateClusters clusters;
    private final UnchangedPostings relisted = new UnchangedPostings();
    private final Lock writeLock;
    private final AlertBacklog backlog;
    private final SignatureLoad signatures;
    private final CorePool cores;

    IngestPipeline(Duration snapshotGrace, Clock clock, IndexStore store, Normaliser normaliser, Deduplicator dedup,
                   DuplicateClusters clusters, Lock writeLock, AlertBacklog backlog, SignatureLoad signatures, CorePool cores) {
        this.snapshotGrace = snapshotGrace;
        this.clock = clock;
        this.store = store;
        this.normaliser = normaliser;
        this.dedup = dedup;
        this.clusters = clusters;
        this.writeLock = writeLock;
        this.backlog = backlog;
        this.signatures = signatures;
        this.cores = cores;
    }

    /**
     * Ingests postings of a source and commits before returning.
     *
     * @param snapshot  the postings are everything the source lists now: close what is missing
     * @param unchanged the source answered "not modified": only carry out closings already due
     */
    IngestReport run(Source source, List<Posting> postings, boolean snapshot, boolean unchanged) throws IOException {
        // Normalising and signing need no lock, so they run before taking it: while one harvest is looked up,
        // deduplicated and committed, the next (the harvest pool delivers from several threads) is normalised.
        Instant now = clock.instant();
        Prepared prepared = prepare(source, postings, now);
        signatures.await();
        writeLock.lock();
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
            backlog.add(t.added); // in the same commit as the vacancies: a crash after it cannot lose an alert
            commit(batch, Map.of("checkpoint." + source.id(), now.toString(), "checkpoint", now.toString()));
            indexedFrom.keySet().removeIf(id -> !seen.contains(id)); // rejected postings are retried in full
            relisted.remember(indexedFrom);
            LOG.info("ingested {}: {} postings, {} new, {} updated, {} unchanged, {} merged, {} closed, {} rejected",
                source.id(), postings.size(), t.added.size(), t.updated, t.unchanged, t.merged, t.closed,
                t.rejected.size());
            return new IngestReport(source.id(), postings.size(), t.added, t.updated, t.merged, t.closed, t.rejected);
        } finally {
            writeLock.unlock();
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
        return cores.run(() -> postings.parallelStream().map(p -> normalise(p, source, now)).toList(), "normalising");
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
        for (Vacancy v : openOf(batch, source.id())) {
            if (seen.contains(v.id())) continue;
            relisted.forget(v.id());
            Instant due = v.lifecycle().closedAt();
            if (due == null && !unchanged) {
                due = now.plus(snapshotGrace);
                if (due.isAfter(now)) {
                    Vacancy.Lifecycle l = v.lifecycle();
                    batch.put(v.withLifecycle(new Vacancy.Lifecycle(l.firstSeen(), l.lastSeen(), due, l.status())));
                    continue;
                }
            }
            if (due != null && !due.isAfter(now)) {
                closeOne(batch, v, now);
                closed++;
            }
        }
        return closed;
    }

    private static List<Vacancy> openOf(IngestBatch batch, String sourceId) throws IOException {
        return batch.find(IndexStore.openOfSource(sourceId),
            v -> v.sourceId().equals(sourceId) && v.lifecycle().status() == Vacancy.Status.OPEN);
    }

    /** Closes an open vacancy in a batch: its cluster passes on, it is no longer a duplicate target. */
    private void closeOne(IngestBatch batch, Vacancy v, Instant at) throws IOException {
        relisted.forget(v.id());
        clusters.close(batch, v, at);
        dedup.remove(v.id());
    }

    /** Closes one vacancy of a source (publisher delete); true when it was open. */
    boolean close(String sourceId, String sourceRef, Instant at) throws IOException {
        signatures.await();
        writeLock.lock();
        try (IngestBatch batch = store.openBatch()) {
            Optional<Vacancy> v = batch.get(VacancyIds.of(sourceId, sourceRef))
                .filter(x -> x.lifecycle().status() == Vacancy.Status.OPEN);
            if (v.isEmpty()) return false;
            closeOne(batch, v.get(), at);
            commit(batch, Map.of("checkpoint." + sourceId, at.toString()));
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Closes every open vacancy of a source (the source was removed or emptied), canonical or cluster member, in
     * one batch and one commit; returns how many were open.
     */
    int closeSource(String sourceId, Instant at) throws IOException {
        signatures.await();
        writeLock.lock();
        try (IngestBatch batch = store.openBatch()) {
            int closed = 0;
            for (Vacancy listed : openOf(batch, sourceId)) {
                // Read again: closing an earlier one may have made this one its cluster's canonical.
                Optional<Vacancy> v = batch.get(listed.id()).filter(x -> x.lifecycle().status() == Vacancy.Status.OPEN);
                if (v.isEmpty()) continue;
                closeOne(batch, v.get(), at);
                closed++;
            }
            if (closed > 0) commit(batch, Map.of("checkpoint." + sourceId, at.toString()));
            LOG.info("closed source {}: {} open vacancies closed", sourceId, closed);
            return closed;
        } finally {
            writeLock.unlock();
        }
    }

    /** Commits a batch's writes with checkpoints and the alert backlog. */
    private void commit(IngestBatch batch, Map<String, String> checkpoints) throws IOException {
        batch.commit(backlog.withCheckpoints(checkpoints));
    }
}
