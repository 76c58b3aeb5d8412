package org.joinedup.api.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.joinedup.api.config.BounceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bounce mailbox (IMAP or POP3, Angus Mail) for bounces that arrive after the SMTP server accepted a
 * mail. Every RFC 3464 delivery status notification is read: each recipient that failed with a 5.x.x status is put
 * on the {@link SuppressionList}, soft bounces (4.x.x, delays) change nothing, and the notification is deleted so
 * it is not read again. Any other mail, and reports whose fields cannot be read, are left where they are (unread,
 * for a person to look at) and logged once.
 */
public final class BounceMailbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);
    /** How many left-alone messages we remember, so that each is logged once, not on every poll. */
    private static final int REMEMBERED = 1000;

    private final BounceConfig config;
    private final Session session;
    private final SuppressionList suppressions;
    private final Clock clock;
    private final Set<String> reported = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });
    private volatile ScheduledExecutorService thread;

    /**
     * What one poll did.
     *
     * @param suppressed  addresses put on the suppression list
     * @param deleted     delivery status notifications read and deleted (hard and soft)
     * @param leftAlone   messages that are not readable delivery status notifications
     */
    public record Poll(int suppressed, int deleted, int leftAlone) {
    }

    /** A mailbox reader for a polling {@link BounceConfig}; {@code timeout} bounds connect and reads. */
    public BounceMailbox(BounceConfig config, Duration timeout, SuppressionList suppressions, Clock clock) {
        if (!config.polling()) throw new IllegalArgumentException("no bounce mailbox host configured");
        this.config = config;
        this.session = Session.getInstance(properties(config, timeout));
        this.suppressions = suppressions;
        this.clock = clock;
    }

    static Properties properties(BounceConfig c, Duration timeout) {
        String p = "mail." + c.storeProtocol() + ".";
        Properties props = new Properties();
        props.put(p + "host", c.host());
        props.put(p + "port", String.valueOf(c.port()));
        String ms = String.valueOf(timeout.toMillis());
        props.put(p + "connectiontimeout", ms);
        props.put(p + "timeout", ms);
        // Reading a message must not mark it \Seen: mail we leave alone stays unread for a person.
        props.put(p + "peek", "true");
        if (c.tls()) props.put(p + "ssl.checkserveridentity", "true");
        return props;
    }

    /** Polls now and then every poll interval, on one named daemon thread. */
    public synchronized void start() {
        if (thread != null) return;
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-bounces-1");
            t.setDaemon(true);
            return t;
        });
        long every = config.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::pollQuietly, 0, every, TimeUnit.MILLISECONDS);
        LOG.info("reading bounces from {}://{}:{} every {}", config.storeProtocol(), config.host(), config.port(),
            config.pollInterval());
    }

    private void pollQuietly() {
        try {
            Poll p = poll();
            if (p.suppressed() > 0 || p.deleted() > 0) LOG.info("bounce mailbox: {}", p);
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("cannot read the bounce mailbox {}://{}:{}: {}", config.storeProtocol(), config.host(),
                config.port(), e.toString());
        }
    }

    /** Reads the inbox once, on the caller's thread. */
    public synchronized Poll poll() throws MessagingException {
        try (Store store = session.getStore(config.storeProtocol())) {
            store.connect(config.host(), config.port(), config.username(),
                config.password() == null ? "" : config.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Tally tally = new Tally();
            try {
                for (Message m : inbox.getMessages()) handle(m, tally);
            } finally {
                inbox.close(true); // expunges (IMAP) or deletes on QUIT (POP3) what was flagged deleted
            }
            return new Poll(tally.suppressed, tally.deleted, tally.leftAlone);
        }
    }

    private void handle(Message m, Tally tally) throws MessagingException {
        Optional<DeliveryStatusReport> report;
        try {
            report = DeliveryStatusReport.of(m);
        } catch (IOException | DeliveryStatusReport.UnreadableReportException e) {
            leaveAlone(m, "a delivery report we cannot read (" + e.getMessage() + ")");
            tally.leftAlone++;
            return;
        }
        if (report.isEmpty()) {
            leaveAlone(m, "not a delivery status notification");
            tally.leftAlone++;
            return;
        }
        for (DeliveryStatusReport.Recipient r : report.get().recipients()) {
            if (r.hardBounce()) {
                suppressions.suppress(r.address(), "bounce " + r.status() + " (" + r.action() + ")", clock.instant());
                tally.suppressed++;
            } else {
                LOG.debug("soft bounce {} {} ignored", r.status(), r.action());
            }
        }
        m.setFlag(Flags.Flag.DELETED, true);
        tally.deleted++;
    }

    private void leaveAlone(Message m, String why) throws MessagingException {
        String[] ids = m.getHeader("Message-ID");
        String key = ids != null && ids.length > 0 ? ids[0] : m.getSubject() + "|" + m.getSentDate();
        if (reported.add(key)) {
            LOG.warn("bounce mailbox: left message {} ({}) alone: {}", key, m.getSubject(), why);
        }
    }

    /** Counts of one poll while it runs. */
    private static final class Tally {
        int suppressed;
        int deleted;
        int leftAlone;
    }

    /** Stops polling; a poll under way ends at its next read (bounded by the timeout). */
    @Override
    public void close() {
        ScheduledExecutorService t = thread;
        if (t == null) return;
        t.shutdownNow();
        try {
            t.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
