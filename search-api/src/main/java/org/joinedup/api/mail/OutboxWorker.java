package org.joinedup.api.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims each due row (queued -> sending), sends it, marks it sent. Temporary failures are
 * retried with exponential backoff; permanent ones (SMTP 5xx) fail the row and suppress the address. One named
 * thread does all of it, so rows are never sent in parallel by this process.
 */
public final class OutboxWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    /** Attempts before a temporarily failing mail is given up. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final MailSender sender;
    private final SuppressionList suppressions;
    private final Clock clock;
    private final ScheduledExecutorService thread;

    public OutboxWorker(Outbox outbox, MailSender sender, SuppressionList suppressions, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.suppressions = suppressions;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-outbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Re-queues rows a crash left in sending, then polls the outbox every interval. */
    public void start(Duration pollInterval) {
        int requeued = outbox.requeueInterrupted();
        if (requeued > 0) LOG.warn("re-queued {} mails interrupted by a crash; they may be delivered twice", requeued);
        thread.scheduleWithFixedDelay(this::drainQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a delivery round soon (after new mail was queued). */
    public void wake() {
        if (!thread.isShutdown()) thread.execute(this::drainQuietly);
    }

    /** Delivers every due row now, on the caller's thread; returns how many were sent. */
    public int drain() {
        int sent = 0;
        for (long id : outbox.due(clock.instant(), BATCH)) {
            if (outbox.claim(id) && deliver(outbox.get(id))) sent++;
        }
        return sent;
    }

    private void drainQuietly() {
        try {
            while (drain() > 0) {
                // keep going while whole batches go out
            }
        } catch (RuntimeException e) {
            LOG.error("outbox round failed", e);
        }
    }

    private boolean deliver(Outbox.Entry e) {
        String to = e.mail().recipient();
        if (suppressions.contains(to)) {
            outbox.markFailed(e.id(), "address suppressed");
            return false;
        }
        try {
            sender.send(e.mail());
            outbox.markSent(e.id(), clock.instant());
            return true;
        } catch (MailDeliveryException x) {
            if (x.permanent()) {
                LOG.warn("mail {} failed permanently; address suppressed: {}", e.id(), x.getMessage());
                suppressions.suppress(to, x.getMessage(), clock.instant());
                outbox.markFailed(e.id(), x.getMessage());
            } else if (e.attempts() >= MAX_ATTEMPTS) {
                LOG.warn("mail {} given up after {} attempts: {}", e.id(), e.attempts(), x.getMessage());
                outbox.markFailed(e.id(), x.getMessage());
            } else {
                Instant next = clock.instant().plus(backoff(e.attempts()));
                LOG.info("mail {} failed temporarily (attempt {}), retry at {}: {}", e.id(), e.attempts(), next,
                    x.getMessage());
                outbox.retryLater(e.id(), next, x.getMessage());
            }
            return false;
        }
    }

    /** 1, 2, 4, ... minutes, capped at six hours. */
    static Duration backoff(int attempts) {
        Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) thread.shutdownNow();
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
