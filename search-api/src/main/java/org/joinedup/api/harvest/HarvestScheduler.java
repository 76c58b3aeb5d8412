package org.joinedup.api.harvest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.joinedup.crawler.Source;

/**
 * Decides when each source is harvested. Kept small so the crawler module's own scheduler can replace
 * {@link SimpleHarvestScheduler} without touching the server.
 */
public interface HarvestScheduler extends AutoCloseable {

    /**
     * Starts polling the enabled sources on their schedules.
     *
     * @param sources        all configured sources (disabled ones are skipped)
     * @param harvestOnStart harvest every enabled source once right away, in the background
     */
    void start(List<Source> sources, boolean harvestOnStart);

    /**
     * Replaces the sources polled (after an admin change) without a restart. Harvests of sources no longer
     * listed that finish afterwards are dropped. Schedulers that cannot do this throw
     * {@link UnsupportedOperationException}.
     */
    default void replaceSources(List<Source> sources) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot replace sources");
    }

    /**
     * Harvests one of the current sources now, in the background; the future completes when it is indexed.
     *
     * @throws IllegalArgumentException when the scheduler does not currently poll that source
     */
    default CompletableFuture<?> trigger(String sourceId) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot trigger a harvest");
    }

    /** True once the initial round has finished (immediately when there is none). */
    boolean firstHarvestDone();

    /** Waits for the initial round; false when the timeout passed first. */
    boolean awaitFirstHarvest(Duration timeout) throws InterruptedException;

    /** Stops scheduling and waits briefly for a running harvest. */
    @Override
    void close();
}
