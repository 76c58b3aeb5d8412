package org.joinedup.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import org.joinedup.indexer.index.IndexStore;
import org.joinedup.indexer.index.IngestBatch;

/**
 * The alert backlog: ids of newly added vacancies whose alert matching has not been acknowledged yet. They are
 * written into the same Lucene commit as the vacancies themselves, so a crash between that commit and the
 * recording of the matches (in another store) cannot lose an alert: after a restart the ids are still here to be
 * matched again. Acknowledgements are persisted with the next commit; until then a restart matches them once
 * more, which the consumer must tolerate (it records matches idempotently). Only kept once {@link #track()} is
 * called: without a consumer that acknowledges (benchmarks, tools) the list would only grow, and every commit
 * rewrites it.
 */
final class AlertBacklog {
    /** Commit user-data key; the value is the ids joined by commas (ids are hex, see VacancyIds). */
    static final String KEY = "alerts.unmatched";

    private final IndexStore store;
    private final Lock writeLock;
    private final Set<String> ids = new LinkedHashSet<>();
    /** Acknowledgements not yet in a commit. */
    private boolean acknowledged;
    private boolean tracking;

    /**
     * @param store     the index, whose last commit holds the backlog
     * @param writeLock the lock ingests hold: the backlog reads vacancies through the writer and commits
     */
    AlertBacklog(IndexStore store, Lock writeLock) {
        this.store = store;
        this.writeLock = writeLock;
        String stored = store.commitData().get(KEY);
        if (stored == null || stored.isEmpty()) return;
        for (String id : stored.split(",")) {
            if (!id.isEmpty()) ids.add(id);
        }
    }

    synchronized void track() {
        tracking = true;
    }

    synchronized void add(List<Vacancy> added) {
        if (tracking) added.forEach(v -> ids.add(v.id()));
    }

    synchronized void remove(Collection<String> matched) {
        acknowledged |= ids.removeAll(matched);
    }

    synchronized List<String> ids() {
        return List.copyOf(ids);
    }

    /** The vacancies still listed, newest last. */
    List<Vacancy> vacancies() throws IOException {
        List<String> listed = ids();
        if (listed.isEmpty()) return List.of();
        writeLock.lock(); // reads through the writer, so an id is never looked up half-way through an ingest
        try (IngestBatch batch = store.openBatch()) {
            List<Vacancy> out = new ArrayList<>(listed.size());
            for (String id : listed) batch.get(id).ifPresent(out::add);
            return out;
        } finally {
            writeLock.unlock();
        }
    }

    /** The commit user data: the checkpoints given plus this backlog (every commit carries it). */
    Map<String, String> withCheckpoints(Map<String, String> checkpoints) {
        Map<String, String> data = new HashMap<>(checkpoints);
        data.putAll(commitEntry());
        return data;
    }

    /** Commits acknowledgements not yet committed (on close, so a clean restart matches nothing again). */
    void commitAcknowledgements() throws IOException {
        if (!hasAcknowledgements()) return;
        writeLock.lock();
        try {
            store.commit(withCheckpoints(Map.of())); // no batch is open while the write lock is held here
        } finally {
            writeLock.unlock();
        }
    }

    private synchronized boolean hasAcknowledgements() {
        return acknowledged;
    }

    private synchronized Map<String, String> commitEntry() {
        acknowledged = false;
        return Map.of(KEY, String.join(",", ids));
    }
}
