package org.joinedup.api.alerts;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.joinedup.api.config.AlertsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the purge and the digest builder on their intervals, on one named thread. */
public final class AlertJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertJobs.class);

    private final ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alert-jobs");
        t.setDaemon(true);
        return t;
    });

    /** Starts both jobs; the first run of each comes after one interval. */
    public AlertJobs(AlertService alerts, AlertsConfig config) {
        long purge = config.purgeInterval().toMillis();
        long digest = config.digestInterval().toMillis();
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
