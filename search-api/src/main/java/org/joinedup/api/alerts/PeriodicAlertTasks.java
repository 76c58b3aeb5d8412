package org.joinedup.api.alerts;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.joinedup.api.config.AlertsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the purge, the digest builder and the retry of unrecorded alert matches on their intervals, on one named
 * thread. The retry runs once straight away: after a crash it delivers what the previous run indexed but never
 * recorded, without holding up the start.
 */
public final class PeriodicAlertTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicAlertTasks.class);

    private final ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alert-jobs");
        t.setDaemon(true);
        return t;
    });

    /** Starts the jobs; the first purge and digest run come after one interval, the first retry at once. */
    public PeriodicAlertTasks(AlertService alerts, AlertsConfig config) {
        long purge = config.purgeInterval().toMillis();
        long digest = config.digestInterval().toMillis();
        long retry = config.matchRetryInterval().toMillis();
        pool.scheduleWithFixedDelay(() -> guarded("match-backlog", alerts::matchBacklog), 0, retry,
            TimeUnit.MILLISECONDS);
        pool.scheduleWithFixedDelay(() -> guarded("purge", alerts::purge), purge, purge, TimeUnit.MILLISECONDS);
        pool.scheduleWithFixedDelay(() -> guarded("digest", alerts::runDigests), digest, digest, TimeUnit.MILLISECONDS);
    }

    private static void guarded(String name, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.error("alert job {} failed", name, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
