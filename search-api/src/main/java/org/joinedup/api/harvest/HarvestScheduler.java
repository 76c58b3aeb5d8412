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

    /** True once the initial round has finished (immediately when there is none). */
    boolean firstHarvestDone();

    /** Waits for the initial round; false when the timeout passed first. */
    boolean awaitFirstHarvest(Duration timeout) throws InterruptedException;

    /** Harvests one source now; completes once its harvest has been indexed. */
    default CompletableFuture<?> triggerNow(String sourceId) {
        throw new UnsupportedOperationException("this scheduler cannot trigger harvests");
    }

    /** Stops scheduling and waits briefly for a running harvest. */
    @Override
    void close();
}
