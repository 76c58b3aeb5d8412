package org.joinedup.api.harvest;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.schedule.SourcePoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when each source is harvested: the crawler's {@link SourcePoller} polls every source on its schedule,
 * and the first round is triggered here so the service knows when it has finished. Admin changes arrive through
 * {@link #replaceSources}; a harvest of a source removed or paused meanwhile is dropped, not indexed.
 */
public final class HarvestScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestScheduler.class);
    /** Sources harvested at once; per-host politeness is still enforced by the shared crawler. */
    private static final int THREADS = 2;

    private final Crawler crawler;
    private final HarvestPipeline pipeline;
    private final CountDownLatch firstRound = new CountDownLatch(1);
    private SourcePoller delegate;
    /** Ids of the sources polled now; harvests of others are dropped on arrival. */
    private volatile Set<String> current = Set.of();

    public HarvestScheduler(Crawler crawler, HarvestPipeline pipeline) {
        this.crawler = crawler;
        this.pipeline = pipeline;
    }

    /**
     * Starts polling the enabled sources on their schedules.
     *
     * @param sources        all configured sources (disabled ones are skipped)
     * @param harvestOnStart harvest every enabled source once right away, in the background
     */
    public synchronized void start(List<Source> sources, boolean harvestOnStart) {
        current = ids(sources);
        delegate = new SourcePoller(crawler, sources, this::deliver, false,
            THREADS);
        delegate.start();
        if (!harvestOnStart) {
            firstRound.countDown();
            return;
        }
        List<CompletableFuture<?>> runs = sources.stream()
            .filter(s -> s.enabled() && s.url() != null && s.format() != SourceFormat.PUSH)
            .<CompletableFuture<?>>map(s -> delegate.triggerNow(s.id())).toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> {
            if (error != null) LOG.error("first harvest round failed", error);
            pipeline.refresh();
            LOG.info("first harvest of {} sources done", runs.size());
            firstRound.countDown();
        });
    }

    /**
     * Replaces the sources polled (after an admin change) without a restart. Harvests of sources no longer
     * listed that finish afterwards are dropped.
     */
    public synchronized void replaceSources(List<Source> sources) {
        if (delegate == null) throw new IllegalStateException("not started");
        current = ids(sources);
        delegate.replaceSources(sources);
        LOG.info("now polling {} sources", current.size());
    }

    /**
     * Harvests one of the current sources now, in the background; the future completes when it is indexed.
     *
     * @throws IllegalArgumentException when the scheduler does not currently poll that source
     */
    public synchronized CompletableFuture<?> trigger(String sourceId) {
        if (delegate == null) throw new IllegalStateException("not started");
        if (!current.contains(sourceId)) throw new IllegalArgumentException("not polled: " + sourceId);
        return delegate.triggerNow(sourceId).thenRun(pipeline::refresh);
    }

    private void deliver(Harvest h) {
        if (!current.contains(h.source().id())) {
            LOG.info("dropping harvest of {}: the source was removed or paused meanwhile", h.source().id());
            return;
        }
        pipeline.accept(h);
    }

    private static Set<String> ids(List<Source> sources) {
        return sources.stream().filter(s -> s.enabled() && s.url() != null && s.format() != SourceFormat.PUSH)
            .map(Source::id).collect(Collectors.toUnmodifiableSet());
    }

    /** True once the initial round has finished (immediately when there is none). */
    public boolean firstHarvestDone() {
        return firstRound.getCount() == 0;
    }

    /** Waits for the initial round; false when the timeout passed first. */
    public boolean awaitFirstHarvest(Duration timeout) throws InterruptedException {
        return firstRound.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops scheduling and waits briefly for a running harvest. */
    @Override
    public synchronized void close() {
        if (delegate != null) delegate.stop();
    }
}
