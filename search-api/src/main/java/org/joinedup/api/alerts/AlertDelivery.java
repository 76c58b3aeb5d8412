package org.joinedup.api.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joinedup.api.mail.AlertMails;
import org.joinedup.api.mail.MailVacancy;
import org.joinedup.api.mail.Outbox;
import org.joinedup.api.mail.SuppressionList;
import org.joinedup.api.resources.ObjectMapperProvider;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.alerts.AlertMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From matches to mail. Every match is first recorded in {@code subscriber_sent_matches} (unique per subscriber
 * and vacancy, so a vacancy reaches an address at most once, however many of its alerts match) and in
 * {@code alert_sent_matches}; instant alerts then get one mail per harvest batch in the same transaction, daily
 * and weekly ones keep the match for their next digest. A failure is thrown after the other alerts had their turn,
 * so the caller keeps the batch to match again (what was recorded is skipped then).
 */
final class AlertDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);
    private static final ObjectMapper JSON = ObjectMapperProvider.newMapper();
    /** Newest first: date posted, then title for a stable order. */
    private static final Comparator<MailVacancy> NEWEST = Comparator.comparing(MailVacancy::posted,
        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(MailVacancy::title);

    private final AlertRepository repo;
    private final Outbox outbox;
    private final SuppressionList suppressions;
    private final Runnable wakeOutbox;
    private final AlertMatcher matcher;
    private final AlertLinks links;
    private final Clock clock;
    private final int maxItems;

    AlertDelivery(AlertRepository repo, Outbox outbox, SuppressionList suppressions, Runnable wakeOutbox,
                  AlertMatcher matcher, AlertLinks links, Clock clock, int maxItems) {
        this.repo = repo;
        this.outbox = outbox;
        this.suppressions = suppressions;
        this.wakeOutbox = wakeOutbox;
        this.matcher = matcher;
        this.links = links;
        this.clock = clock;
        this.maxItems = maxItems;
    }

    /** Records and queues the matches of a batch; throws (after trying every alert) when any failed. */
    synchronized void onNewVacancies(List<Vacancy> added) {
        if (added.isEmpty()) return;
        Map<String, List<String>> matches;
        try {
            matches = matcher.match(added);
        } catch (IOException e) {
            throw new UncheckedIOException("alert matching failed for " + added.size() + " vacancies", e);
        }
        Map<String, Vacancy> byId = new LinkedHashMap<>();
        added.forEach(v -> byId.put(v.id(), v));
        // sorted by alert id, so which of an address's alerts lists a vacancy they share is reproducible
        Map<String, List<Vacancy>> perAlert = new TreeMap<>();
        matches.forEach((vacancyId, alertIds) -> alertIds.forEach(
            a -> perAlert.computeIfAbsent(a, k -> new ArrayList<>()).add(byId.get(vacancyId))));
        Instant now = clock.instant();
        AlertStoreException failed = null;
        for (Map.Entry<String, List<Vacancy>> e : perAlert.entrySet()) {
            try {
                repo.jdbc.tx(c -> deliver(c, e.getKey(), e.getValue(), now));
            } catch (RuntimeException ex) {
                LOG.error("cannot record matches for alert {}", e.getKey(), ex);
                if (failed == null) failed = new AlertStoreException("matches not recorded for some alerts", ex);
            }
        }
        if (!perAlert.isEmpty()) {
            LOG.info("{} new vacancies matched {} alerts", matches.size(), perAlert.size());
            wakeOutbox.run();
        }
        if (failed != null) throw failed;
    }

    private Void deliver(Connection c, String alertId, List<Vacancy> vacancies, Instant now) throws SQLException {
        Optional<Alert> alert = repo.find(c, alertId).filter(a -> a.status() == Alert.Status.ACTIVE);
        if (alert.isEmpty()) return null;
        Alert a = alert.get();
        List<MailVacancy> fresh = new ArrayList<>();
        for (Vacancy v : vacancies) {
            if (!repo.recordMatch(c, a, v.id(), now)) continue;
            MailVacancy m = summary(v);
            fresh.add(m);
            if (a.frequency() != Alert.Frequency.INSTANT) {
                repo.addPending(c, alertId, v.id(), now, v.datePosted(), json(m));
            }
        }
        if (a.frequency() == Alert.Frequency.INSTANT && !fresh.isEmpty()) {
            queue(c, a, AlertMails.Kind.INSTANT, fresh, now);
        }
        return null;
    }

    synchronized int runDigests() {
        Instant now = clock.instant();
        int queued = 0;
        for (Alert a : repo.withPending()) {
            Duration period = a.frequency() == Alert.Frequency.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1);
            Instant last = a.lastDigestAt() != null ? a.lastDigestAt()
                : a.confirmedAt() != null ? a.confirmedAt() : a.createdAt();
            if (now.isBefore(last.plus(period))) continue;
            try {
                queued += repo.jdbc.tx(c -> digest(c, a, now));
            } catch (RuntimeException e) {
                LOG.error("digest for alert {} failed", a.id(), e);
            }
        }
        if (queued > 0) wakeOutbox.run();
        return queued;
    }

    private int digest(Connection c, Alert a, Instant now) throws SQLException {
        List<MailVacancy> all = new ArrayList<>();
        for (AlertRepository.Pending p : repo.pending(c, a.id())) all.add(parse(p.summary()));
        if (all.isEmpty()) return 0;
        queue(c, a, a.frequency() == Alert.Frequency.WEEKLY ? AlertMails.Kind.WEEKLY : AlertMails.Kind.DAILY, all,
            now);
        repo.digestDone(c, a.id(), now);
        return 1;
    }

    private void queue(Connection c, Alert a, AlertMails.Kind kind, List<MailVacancy> matches, Instant now)
        throws SQLException {
        if (suppressions.contains(a.email())) {
            LOG.info("alert {}: {} matches not mailed, address suppressed", a.id(), matches.size());
            return;
        }
        List<MailVacancy> sorted = matches.stream().sorted(NEWEST).toList();
        List<MailVacancy> listed = sorted.subList(0, Math.min(maxItems, sorted.size()));
        outbox.enqueue(c, AlertMails.matches(kind, a.id(), a.email(), a.language(), AlertSearch.describe(a.params()),
            listed, sorted.size() - listed.size(), links.forAlert(a)), now);
    }

    private MailVacancy summary(Vacancy v) {
        Vacancy.Location l = v.locations().isEmpty() ? null : v.locations().get(0);
        String place = l == null ? null : l.locality() != null ? l.locality() : l.region();
        return new MailVacancy(v.id(), v.title(), v.employer().name(), place, v.validThrough(), v.datePosted(),
            links.vacancy(v.id()).toString());
    }

    private static String json(MailVacancy m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MailVacancy parse(String json) {
        try {
            return JSON.readValue(json, MailVacancy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad pending match summary", e);
        }
    }
}
