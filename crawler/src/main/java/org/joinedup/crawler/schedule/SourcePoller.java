package org.joinedup.crawler.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Harvests each enabled source on its own schedule on a named pool ({@code crawler-harvest-N}) and hands
 * every {@link Harvest} to a consumer. A source never runs twice at once; per-host politeness is shared
 * because all sources go through the same {@link Crawler}. The consumer calls {@link Crawler#acknowledge} once it
 * has committed a harvest; until then the crawler keeps no validators for it, so the next poll is a full GET.
 */
public final class SourcePoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

    private final Crawler crawler;
    private final Consumer<Harvest> sink;
    private final boolean harvestOnStart;
    private final ScheduledExecutorService pool;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Semaphore> running = new ConcurrentHashMap<>();
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private boolean started;

    /** A scheduler; nothing runs until {@link #start()}. */
    public SourcePoller(Crawler crawler, List<Source> sources, Consumer<Harvest> sink, boolean harvestOnStart,
                            int threads) {
        this.crawler = Objects.requireNonNull(crawler, "crawler");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.harvestOnStart = harvestOnStart;
        sources.forEach(s -> this.sources.put(s.id(), s));
        ScheduledThreadPoolExecutor p = new ScheduledThreadPoolExecutor(Math.max(1, threads), named("crawler-harvest-"));
        p.setRemoveOnCancelPolicy(true);
        this.pool = p;
    }

    /** Schedules every enabled, fetchable source. */
    public synchronized void start() {
        if (started) return;
        started = true;
        for (Source s : sources.values()) {
            if (s.enabled() && s.url() != null && s.format() != SourceFormat.PUSH) {
                long period = Math.max(1, s.schedule().toMillis());
                long first = harvestOnStart ? 0 : period;
                scheduled.add(pool.scheduleWithFixedDelay(() -> runIfIdle(s), first, period, TimeUnit.MILLISECONDS));
            }
        }
        LOG.info("harvest scheduler started with {} sources", scheduled.size());
    }

    /** Replaces the source list (e.g. after an admin change) and reschedules when running. */
    public synchronized void replaceSources(List<Source> next) {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
        sources.clear();
        next.forEach(s -> sources.put(s.id(), s));
        if (started) {
            started = false;
            start();
        }
    }

    /** Harvests one source now (waiting for a run in progress to finish first). */
    public synchronized CompletableFuture<Harvest> triggerNow(String sourceId) {
        Source s = sources.get(sourceId);
        if (s == null) {
            throw new IllegalArgumentException("unknown source " + sourceId);
        }
        return CompletableFuture.supplyAsync(() -> runWaiting(s), pool);
    }

    /** Stops scheduling and waits briefly for running harvests. */
    public synchronized void stop() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(Duration.ofSeconds(35).toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void runIfIdle(Source s) {
        Semaphore gate = running.computeIfAbsent(s.id(), k -> new Semaphore(1));
        if (!gate.tryAcquire()) {
            LOG.debug("{} still running; skipping this turn", s.id());
            return;
        }
        try {
            deliver(crawler.harvest(s));
        } catch (RuntimeException e) {
            LOG.error("harvest of {} failed unexpectedly", s.id(), e); // keep the schedule alive
        } finally {
            gate.release();
        }
    }

    private Harvest runWaiting(Source s) {
        Semaphore gate = running.computeIfAbsent(s.id(), k -> new Semaphore(1));
        gate.acquireUninterruptibly();
        try {
            Harvest h = crawler.harvest(s);
            deliver(h);
            return h;
        } finally {
            gate.release();
        }
    }

    private void deliver(Harvest h) {
        try {
            sink.accept(h);
        } catch (RuntimeException e) {
            LOG.error("harvest consumer failed for {}", h.source().id(), e);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
