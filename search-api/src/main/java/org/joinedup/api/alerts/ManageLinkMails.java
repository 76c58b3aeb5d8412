package org.joinedup.api.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.joinedup.api.mail.AlertMails;
import org.joinedup.api.mail.Outbox;
import org.joinedup.api.mail.SuppressionList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "E-mail me my manage link": someone who lost (or never had) a match mail asks for the signed manage link. It is
 * only ever mailed to the address itself, so asking reveals nothing, and an address gets at most one such mail
 * per interval so the form cannot be used to flood an inbox.
 */
final class ManageLinkMails {
    private static final Logger LOG = LoggerFactory.getLogger(ManageLinkMails.class);

    private final AlertRepository repo;
    private final Outbox outbox;
    private final SuppressionList suppressions;
    private final Runnable wakeOutbox;
    private final AlertLinks links;
    private final AlertTokens tokens;
    private final Duration interval;
    private final Clock clock;

    ManageLinkMails(AlertRepository repo, Outbox outbox, SuppressionList suppressions, Runnable wakeOutbox,
                    AlertLinks links, AlertTokens tokens, Duration interval, Clock clock) {
        this.repo = repo;
        this.outbox = outbox;
        this.suppressions = suppressions;
        this.wakeOutbox = wakeOutbox;
        this.links = links;
        this.tokens = tokens;
        this.interval = interval;
        this.clock = clock;
    }

    /** Queues the mail when the (valid) address has confirmed alerts and had no such mail within the interval. */
    void request(String address) {
        if (suppressions.contains(address)) return;
        String key = tokens.subscriberKey(address);
        Instant now = clock.instant();
        boolean queued = repo.jdbc.tx(c -> {
            List<Alert> alerts = repo.bySubscriber(c, key);
            if (alerts.isEmpty() || !repo.claimManageLinkMail(c, key, now, now.minus(interval))) return false;
            // the address as the subscriber typed it at sign-up, and the language of their newest alert
            Alert newest = alerts.get(alerts.size() - 1);
            outbox.enqueue(c, AlertMails.manageLink(newest.id(), newest.email(), newest.language(),
                links.manage(key)), now);
            return true;
        });
        if (queued) {
            LOG.info("manage link mail queued");
            wakeOutbox.run();
        }
    }
}
