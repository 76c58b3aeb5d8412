package org.joinedup.api.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.joinedup.api.config.AlertsConfig;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.errors.ResourceNotFoundException;
import org.joinedup.api.mail.AlertMails;
import org.joinedup.api.mail.Outbox;
import org.joinedup.api.mail.SuppressionList;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.alerts.AlertMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved-search alerts: sign-up with double opt-in, confirmation, management through signed links, one-click
 * unsubscribe, "e-mail me my manage link", and matching of newly indexed vacancies. Owns the {@link AlertMatcher},
 * which always holds exactly the active alerts. A batch of new vacancies is acknowledged to the
 * {@link AlertBacklog} only once its matches are recorded; {@link #matchBacklog()} matches whatever is left.
 */
public final class AlertService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]{1,64}@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");
    private static final String CONFIRM = "confirm";

    private final AlertRepository repo;
    private final Outbox outbox;
    private final SuppressionList suppressions;
    private final Runnable wakeOutbox;
    private final AlertMatcher matcher;
    private final AlertsConfig config;
    private final Clock clock;
    private final AlertTokens tokens;
    private final AlertLinks links;
    private final AlertDelivery delivery;
    private final AlertBacklog backlog;
    private final ManageLinkMails manageLinks;

    /**
     * @param db          the database (migrated)
     * @param outbox      where mail is queued
     * @param suppressed  addresses not to write to
     * @param wakeOutbox  asks the outbox worker to send soon
     * @param matcher     an empty matcher from {@code Indexer.newAlertMatcher()}; closed with this service
     * @param config      alert settings
     * @param base        public base URL for links in mails
     * @param clock       time source (tests move it)
     */
    public AlertService(DataSource db, Outbox outbox, SuppressionList suppressed, Runnable wakeOutbox,
                        AlertMatcher matcher, AlertsConfig config, Supplier<URI> base, Clock clock) {
        this(db, outbox, suppressed, wakeOutbox, matcher, AlertBacklog.NONE, config, base, clock);
    }

    /**
     * As above, with the index's backlog of new vacancies whose matches are not recorded yet.
     *
     * @param backlog acknowledged after each recorded batch; {@link #matchBacklog()} matches what it still holds
     */
    public AlertService(DataSource db, Outbox outbox, SuppressionList suppressed, Runnable wakeOutbox,
                        AlertMatcher matcher, AlertBacklog backlog, AlertsConfig config, Supplier<URI> base,
                        Clock clock) {
        this.backlog = backlog;
        this.repo = new AlertRepository(db);
        this.outbox = outbox;
        this.suppressions = suppressed;
        this.wakeOutbox = wakeOutbox;
        this.matcher = matcher;
        this.config = config;
        this.clock = clock;
        this.tokens = new AlertTokens(config.secret() != null ? config.secret()
            : repo.setting("hmac_secret", AlertTokens.newSecret()));
        this.links = new AlertLinks(base, tokens);
        this.delivery = new AlertDelivery(repo, outbox, suppressed, wakeOutbox, matcher, links, clock,
            config.digestMaxItems());
        this.manageLinks = new ManageLinkMails(repo, outbox, suppressed, wakeOutbox, links, tokens,
            config.manageLinkInterval(), clock);
        for (Alert a : repo.active()) register(a);
    }

    /** Stores a pending alert and queues its confirmation mail. Nothing is sent to a suppressed address. */
    public Alert subscribe(String email, String search, String frequency, String language) {
        String address = email(email);
        Alert.Frequency f = frequency(frequency);
        String lang = language(language);
        var params = AlertSearch.parse(search);
        Instant now = clock.instant();
        Alert alert = new Alert(UUID.randomUUID().toString(), address, tokens.subscriberKey(address), params, f, lang,
            Alert.Status.PENDING, now, null, null);
        String token = AlertTokens.random();
        boolean suppressed = suppressions.contains(address);
        repo.jdbc.tx(c -> {
            repo.insert(c, alert);
            repo.insertToken(c, AlertTokens.sha256(token), alert.id(), CONFIRM, now, now.plus(config.confirmTokenTtl()));
            if (!suppressed) {
                outbox.enqueue(c, AlertMails.confirmation(alert.id(), address, lang, AlertSearch.describe(params),
                    links.confirmPage(token)), now);
            }
            return null;
        });
        if (suppressed) LOG.info("alert {} stored but no confirmation sent: address suppressed", alert.id());
        wakeOutbox.run();
        return alert;
    }

    /** Confirms with the token from the confirmation mail (single use, expires). Idempotent for a used token. */
    public Alert confirm(String token) {
        if (token == null || token.isBlank()) throw new BadParameterException("token", "required");
        Instant now = clock.instant();
        String id = repo.jdbc.tx(c -> {
            AlertRepository.Token t = repo.token(c, AlertTokens.sha256(token.strip()))
                .filter(x -> x.purpose().equals(CONFIRM))
                .orElseThrow(() -> new BadParameterException("token", "unknown or expired link"));
            if (t.usedAt() != null) return t.alertId();
            if (!t.expiresAt().isAfter(now)) throw new BadParameterException("token", "unknown or expired link");
            repo.useToken(c, t.hash(), now);
            repo.confirm(c, t.alertId(), now);
            return t.alertId();
        });
        Alert alert = repo.find(id).orElseThrow(() -> new BadParameterException("token", "unknown or expired link"));
        if (alert.status() == Alert.Status.ACTIVE) register(alert);
        return alert;
    }

    /** The subscriber's confirmed alerts, for a manage link. */
    public List<Alert> list(String manageToken) {
        return repo.bySubscriber(subscriber(manageToken));
    }

    /** Pauses, resumes or changes frequency/language of one of the subscriber's alerts; nulls keep a value. */
    public Alert update(String manageToken, String alertId, String status, String frequency, String language) {
        return update(manageToken, alertId, status, frequency, language, null);
    }

    /**
     * As {@link #update(String, String, String, String, String)}, and also replaces the saved search when
     * {@code search} (a query string such as {@code q=nurse&region=Utrecht}, validated like a sign-up's) is not
     * null. Vacancies already sent for this alert are not sent again.
     */
    public Alert update(String manageToken, String alertId, String status, String frequency, String language,
                        String search) {
        Alert a = owned(manageToken, alertId);
        Map<String, List<String>> params = search == null ? a.params() : AlertSearch.parse(search);
        Alert.Status s = status == null ? a.status() : switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> Alert.Status.ACTIVE;
            case "paused" -> Alert.Status.PAUSED;
            default -> throw new BadParameterException("status", "must be active or paused");
        };
        Alert next = new Alert(a.id(), a.email(), a.subscriberKey(), params,
            frequency == null ? a.frequency() : frequency(frequency), language == null ? a.language()
            : language(language), s, a.createdAt(), a.confirmedAt(), a.lastDigestAt());
        repo.update(next);
        if (s == Alert.Status.ACTIVE) register(next); else unregister(a.id());
        return next;
    }

    /** Deletes one of the subscriber's alerts and the personal data that goes with it. */
    public void delete(String manageToken, String alertId) {
        delete(owned(manageToken, alertId));
    }

    /** One-click unsubscribe (RFC 8058): deletes the alert named by the signed token. */
    public void unsubscribe(String token) {
        String id = tokens.verify(AlertLinks.UNSUBSCRIBE, token)
            .orElseThrow(() -> new BadParameterException("token", "not a valid unsubscribe link"));
        repo.find(id).ifPresent(this::delete);
    }

    /**
     * Matches newly indexed vacancies (never re-crawled or merged ones) and queues or stores the matches, then
     * acknowledges them to the backlog. Throws when matches could not be recorded: the backlog keeps the batch and
     * {@link #matchBacklog()} retries it (recorded matches are never sent twice).
     */
    public void onNewVacancies(List<Vacancy> added) {
        if (added.isEmpty()) return;
        delivery.onNewVacancies(added);
        backlog.matched(added.stream().map(Vacancy::id).toList());
    }

    /**
     * Matches the new vacancies whose matches were never recorded (a crash right after indexing, a database
     * failure); runs at start and then periodically. Returns how many vacancies it matched.
     */
    public int matchBacklog() {
        List<Vacancy> left;
        try {
            left = backlog.unmatched();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (left.isEmpty()) return 0;
        LOG.info("matching {} new vacancies whose alert matches were not recorded yet", left.size());
        onNewVacancies(left);
        return left.size();
    }

    /**
     * "E-mail me my manage link": when the address has confirmed alerts, mails it the signed manage link, at most
     * once per {@code alerts.manageLinkInterval}. Says nothing about whether anything was sent, so the answer
     * cannot tell anyone who subscribed.
     */
    public void sendManageLink(String email) {
        manageLinks.request(email(email));
    }

    /** Builds the daily and weekly digests that are due; returns how many were queued. */
    public int runDigests() {
        return delivery.runDigests();
    }

    /** Deletes unconfirmed alerts past their time and expired tokens; returns the alerts deleted. */
    public int purge() {
        Instant now = clock.instant();
        int alerts = repo.purgeUnconfirmed(now.minus(config.unconfirmedTtl()));
        int tokensGone = repo.purgeTokens(now);
        int mails = outbox.purgeFinished(now.minus(config.unconfirmedTtl()));
        if (alerts + tokensGone + mails > 0) {
            LOG.info("purged {} unconfirmed alerts, {} expired tokens, {} old mails", alerts, tokensGone, mails);
        }
        return alerts;
    }

    /** The signed manage token for an address's alerts (tests and support). */
    public String manageToken(Alert a) {
        return tokens.sign(AlertLinks.MANAGE, a.subscriberKey());
    }

    /** The signed unsubscribe token of one alert. */
    public String unsubscribeToken(Alert a) {
        return tokens.sign(AlertLinks.UNSUBSCRIBE, a.id());
    }

    private void delete(Alert a) {
        unregister(a.id());
        repo.jdbc.tx(c -> {
            repo.delete(c, a.id());
            repo.forgetAddressIfUnused(c, a);
            return null;
        });
        LOG.info("alert {} deleted", a.id());
    }

    private String subscriber(String manageToken) {
        return tokens.verify(AlertLinks.MANAGE, manageToken)
            .orElseThrow(() -> new BadParameterException("token", "not a valid manage link"));
    }

    private Alert owned(String manageToken, String alertId) {
        String key = subscriber(manageToken);
        return repo.find(Objects.requireNonNullElse(alertId, "")).filter(a -> a.subscriberKey().equals(key))
            .filter(a -> a.status() != Alert.Status.PENDING)
            .orElseThrow(() -> new ResourceNotFoundException("no such alert"));
    }

    private void register(Alert a) {
        try {
            matcher.register(a.id(), AlertSearch.request(a.params()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            LOG.warn("alert {} cannot be matched and is skipped: {}", a.id(), e.getMessage());
        }
    }

    private void unregister(String id) {
        try {
            matcher.remove(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String email(String email) {
        String e = email == null ? "" : email.strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new BadParameterException("email", "not an e-mail address");
        }
        return e;
    }

    private static Alert.Frequency frequency(String f) {
        try {
            return Alert.Frequency.valueOf(Objects.requireNonNullElse(f, "").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("frequency", "must be instant, daily or weekly");
        }
    }

    private static String language(String l) {
        String lang = Objects.requireNonNullElse(l, "").strip().toLowerCase(Locale.ROOT);
        if (!AlertMails.LANGUAGES.contains(lang)) throw new BadParameterException("language", "must be en, nl, da or fi");
        return lang;
    }

    @Override
    public void close() throws IOException {
        matcher.close();
    }
}
