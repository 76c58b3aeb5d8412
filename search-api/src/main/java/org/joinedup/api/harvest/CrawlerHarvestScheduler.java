package org.joinedup.api.harvest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler module's own scheduler behind our {@link HarvestScheduler}: it polls every source on its schedule,
 * and the first round is triggered here so the service knows when it has finished.
 */
public final class CrawlerHarvestScheduler implements HarvestScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlerHarvestScheduler.class);
    /** Sources harvested at once; per-host politeness is still enforced by the shared crawler. */
    private static final int THREADS = 2;

    private final Crawler crawler;
    private final HarvestPipeline pipeline;
    private final CountDownLatch firstRound = new CountDownLatch(1);
    private org.joinedup.crawler.schedule.HarvestScheduler delegate;

    public CrawlerHarvestScheduler(Crawler crawler, HarvestPipeline pipeline) {
        this.crawler = crawler;
        this.pipeline = pipeline;
    }

    @Override
    public synchronized void start(List<Source> sources, boolean harvestOnStart) {
        delegate = new org.joinedup.crawler.schedule.HarvestScheduler(crawler, sources, pipeline::accept, false,
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

    @Override
    public synchronized CompletableFuture<?> triggerNow(String sourceId) {
        if (delegate == null) throw new IllegalStateException("not started");
        return delegate.triggerNow(sourceId);
    }

    @Override
    public boolean firstHarvestDone() {
        return firstRound.getCount() == 0;
    }

    @Override
    public boolean awaitFirstHarvest(Duration timeout) throws InterruptedException {
        return firstRound.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (delegate != null) delegate.stop();
    }
}
