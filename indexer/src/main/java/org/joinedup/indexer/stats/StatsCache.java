package org.joinedup.indexer.stats;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.joinedup.indexer.index.IndexStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the statistics of the current searcher: computed lazily on the first request after the index has
 * refreshed (or the day has changed), then served from memory. Thread-safe; concurrent requests after a refresh
 * wait for one computation instead of each starting their own.
 */
public final class StatsCache {
    private static final Logger LOG = LoggerFactory.getLogger(StatsCache.class);

    private final IndexStore store;
    private final Clock clock;
    private final StatsSnapshot.Labeler labels;
    private StatsSnapshot current;
    private Object builtFor;

    /**
     * @param store  the index
     * @param clock  decides today
     * @param labels labels of dimension values
     */
    public StatsCache(IndexStore store, Clock clock, StatsSnapshot.Labeler labels) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** The statistics of what searches see now. */
    public synchronized StatsSnapshot current() throws IOException {
        LocalDate today = LocalDate.now(clock);
        return store.withSearcher(s -> {
            Object state = List.of(((DirectoryReader) s.getIndexReader()).getVersion(), today);
            if (current == null || !state.equals(builtFor)) {
                current = new StatsBuilder(today).build(s.getIndexReader(), labels);
                builtFor = state;
                LOG.debug("statistics of {} vacancies computed in {} ms", current.vacancies(), current.computeMillis());
            }
            return current;
        });
    }
}
