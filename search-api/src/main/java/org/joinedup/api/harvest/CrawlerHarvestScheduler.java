package org.joinedup.api.harvest;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler module's own scheduler behind our {@link HarvestScheduler}: it polls every source on its schedule,
 * and the first round is triggered here so the service knows when it has finished. Admin changes arrive through
 * {@link #replaceSources}; a harvest of a source removed or paused meanwhile is dropped, not indexed.
 */
public final class CrawlerHarvestScheduler implements HarvestScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlerHarvestScheduler.class);
    /** Sources harvested at once; per-host politeness is still enforced by the shared crawler. */
    private static final int THREADS = 2;

    private final Crawler crawler;
    private final HarvestPipeline pipeline;
    private final CountDownLatch firstRound = new CountDownLatch(1);
    private org.joinedup.crawler.schedule.HarvestScheduler delegate;
    /** Ids of the sources polled now; harvests of others are dropped on arrival. */
    private volatile Set<String> current = Set.of();

    public CrawlerHarvestScheduler(Crawler crawler, HarvestPipeline pipeline) {
        this.crawler = crawler;
        this.pipeline = pipeline;
    }

    @Override
    public synchronized void start(List<Source> sources, boolean harvestOnStart) {
        current = ids(sources);
        delegate = new org.joinedup.crawler.schedule.HarvestScheduler(crawler, sources, this::deliver, false,
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
    public synchronized void replaceSources(List<Source> sources) {
        if (delegate == null) throw new IllegalStateException("not started");
        current = ids(sources);
        delegate.replaceSources(sources);
        LOG.info("now polling {} sources", current.size());
    }

    @Override
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
            .map(Source::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
