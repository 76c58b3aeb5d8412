package org.joinedup.indexer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ids of newly added vacancies whose alert matching has not been acknowledged yet. They are written into the
 * same Lucene commit as the vacancies themselves, so a crash between that commit and the recording of the
 * matches (in another store) cannot lose an alert: after a restart the ids are still here to be matched again.
 * Acknowledgements are persisted with the next commit; until then a restart matches them once more, which the
 * consumer must tolerate (it records matches idempotently). Only kept once {@link #track()} is called: without
 * a consumer that acknowledges (benchmarks, tools) the list would only grow, and every commit rewrites it.
 */
final class UnmatchedVacancies {
    /** Commit user-data key; the value is the ids joined by commas (ids are hex, see VacancyIds). */
    static final String KEY = "alerts.unmatched";

    private final Set<String> ids = new LinkedHashSet<>();
    /** Acknowledgements not yet in a commit. */
    private boolean acknowledged;
    private boolean tracking;

    UnmatchedVacancies(Map<String, String> commitData) {
        String stored = commitData.get(KEY);
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

    /** Whether acknowledgements wait for a commit (worth one on close, so a clean restart matches nothing again). */
    synchronized boolean hasAcknowledgements() {
        return acknowledged;
    }

    /** The entry to merge into the next commit's user data. */
    synchronized Map<String, String> commitEntry() {
        acknowledged = false;
        return Map.of(KEY, String.join(",", ids));
    }
}
