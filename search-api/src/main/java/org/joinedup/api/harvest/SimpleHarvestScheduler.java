package org.joinedup.api.harvest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.joinedup.crawler.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls each enabled source at its own interval on one named thread, so harvests never overlap and hosts are
 * fetched one at a time. Stand-in until the crawler module's scheduler is wired in.
 */
public final class SimpleHarvestScheduler implements HarvestScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(SimpleHarvestScheduler.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final HarvestPipeline pipeline;
    private final ScheduledExecutorService executor;
    private final CountDownLatch firstRound = new CountDownLatch(1);

    public SimpleHarvestScheduler(HarvestPipeline pipeline) {
        this.pipeline = pipeline;
        String name = "harvest-scheduler-" + INSTANCES.incrementAndGet();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start(List<Source> sources, boolean harvestOnStart) {
        List<Source> enabled = sources.stream().filter(Source::enabled).filter(s -> s.url() != null).toList();
        if (harvestOnStart) {
            executor.execute(() -> firstRound(enabled));
        } else {
            firstRound.countDown();
        }
        for (Source s : enabled) {
            long every = Math.max(1, s.schedule().toMillis());
            executor.scheduleWithFixedDelay(() -> harvestOne(s), every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void firstRound(List<Source> sources) {
        try {
            sources.forEach(this::harvestOne);
            pipeline.refresh();
            LOG.info("first harvest of {} sources done", sources.size());
        } finally {
            firstRound.countDown();
        }
    }

    private void harvestOne(Source s) {
        try {
            pipeline.run(s);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; keep the source on its schedule.
            LOG.error("harvest of {} failed", s.id(), e);
        }
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
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("harvest still running after shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
