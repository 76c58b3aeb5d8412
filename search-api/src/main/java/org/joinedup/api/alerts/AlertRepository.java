package org.joinedup.api.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.joinedup.api.persistence.Jdbc;

/** The alerts, tokens and match tables. Methods taking a connection run in the caller's transaction. */
final class AlertRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, email, subscriber_key, search_params, frequency, language, status, "
        + "created_at, confirmed_at, last_digest_at";

    /** A stored token. */
    record Token(String hash, String alertId, String purpose, Instant expiresAt, Instant usedAt) {
    }

    /** A match waiting for a digest; summary is the listed vacancy as JSON. */
    record Pending(String vacancyId, Instant matchedAt, LocalDate postedOn, String summary) {
    }

    final Jdbc jdbc;

    AlertRepository(DataSource db) {
        this.jdbc = new Jdbc(db);
    }

    void insert(Connection c, Alert a) throws SQLException {
        Jdbc.update(c, "INSERT INTO alerts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(),
            a.email(), a.subscriberKey(), json(a.params()), a.frequency().wire(), a.language(), a.status().wire(),
            a.createdAt(), a.confirmedAt(), a.lastDigestAt());
    }

    Optional<Alert> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alerts WHERE id = ?", AlertRepository::alert, id).stream()
            .findFirst();
    }

    Optional<Alert> find(Connection c, String id) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM alerts WHERE id = ?", AlertRepository::alert, id).stream()
            .findFirst();
    }

    List<Alert> bySubscriber(String subscriberKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alerts WHERE subscriber_key = ? AND status <> 'pending' "
            + "ORDER BY created_at, id", AlertRepository::alert, subscriberKey);
    }

    /** The subscriber's confirmed alerts, in the caller's transaction. */
    List<Alert> bySubscriber(Connection c, String subscriberKey) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM alerts WHERE subscriber_key = ? AND status <> 'pending' "
            + "ORDER BY created_at, id", AlertRepository::alert, subscriberKey);
    }

    List<Alert> active() {
        return jdbc.query("SELECT " + COLUMNS + " FROM alerts WHERE status = 'active'", AlertRepository::alert);
    }

    /** Active daily/weekly alerts that have matches waiting. */
    List<Alert> withPending() {
        return jdbc.query("SELECT " + COLUMNS + " FROM alerts WHERE status = 'active' AND frequency <> 'instant' "
            + "AND id IN (SELECT alert_id FROM alert_pending_matches)", AlertRepository::alert);
    }

    void confirm(Connection c, String id, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE alerts SET status = 'active', confirmed_at = ? WHERE id = ? AND status = 'pending'",
            at, id);
    }

    void update(Alert a) {
        jdbc.update("UPDATE alerts SET search_params = ?, frequency = ?, language = ?, status = ? WHERE id = ?",
            json(a.params()), a.frequency().wire(), a.language(), a.status().wire(), a.id());
    }

    /** Deletes an alert with everything that refers to it, including mail still queued for it. */
    void delete(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM alert_tokens WHERE alert_id = ?", id);
        Jdbc.update(c, "DELETE FROM alert_sent_matches WHERE alert_id = ?", id);
        Jdbc.update(c, "DELETE FROM alert_pending_matches WHERE alert_id = ?", id);
        Jdbc.update(c, "DELETE FROM mail_outbox WHERE alert_id = ? AND status = 'queued'", id);
        Jdbc.update(c, "DELETE FROM alerts WHERE id = ?", id);
    }

    /**
     * When nobody with this address is left: its remaining mail rows (sent ones hold the address too), what it
     * was sent and when it last asked for its manage link.
     */
    void forgetAddressIfUnused(Connection c, Alert a) throws SQLException {
        List<Integer> left = Jdbc.query(c, "SELECT COUNT(*) FROM alerts WHERE email = ?", rs -> rs.getInt(1),
            a.email());
        if (left.get(0) == 0) {
            Jdbc.update(c, "DELETE FROM mail_outbox WHERE recipient = ? AND status <> 'sending'", a.email());
        }
        left = Jdbc.query(c, "SELECT COUNT(*) FROM alerts WHERE subscriber_key = ?", rs -> rs.getInt(1),
            a.subscriberKey());
        if (left.get(0) == 0) {
            Jdbc.update(c, "DELETE FROM subscriber_sent_matches WHERE subscriber_key = ?", a.subscriberKey());
            Jdbc.update(c, "DELETE FROM manage_link_requests WHERE subscriber_key = ?", a.subscriberKey());
        }
    }

    void insertToken(Connection c, String hash, String alertId, String purpose, Instant now, Instant expires)
        throws SQLException {
        Jdbc.update(c, "INSERT INTO alert_tokens (token_hash, alert_id, purpose, created_at, expires_at) "
            + "VALUES (?, ?, ?, ?, ?)", hash, alertId, purpose, now, expires);
    }

    Optional<Token> token(Connection c, String hash) throws SQLException {
        return Jdbc.query(c, "SELECT token_hash, alert_id, purpose, expires_at, used_at FROM alert_tokens "
            + "WHERE token_hash = ?", rs -> new Token(rs.getString(1), rs.getString(2), rs.getString(3),
            Jdbc.instant(rs, "expires_at"), Jdbc.instant(rs, "used_at")), hash).stream().findFirst();
    }

    void useToken(Connection c, String hash, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE alert_tokens SET used_at = ? WHERE token_hash = ?", at, hash);
    }

    /**
     * Records a match; false when this subscriber (address) already had this vacancy from any of their alerts:
     * never send a vacancy to an address twice. The subscriber row is the guard (its primary key backs it up);
     * the alert row says which alert it came through.
     */
    boolean recordMatch(Connection c, Alert a, String vacancyId, Instant at) throws SQLException {
        boolean fresh = Jdbc.update(c, "INSERT INTO subscriber_sent_matches (subscriber_key, vacancy_id, matched_at) "
            + "SELECT ?, ?, ? FROM alerts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM subscriber_sent_matches "
            + "WHERE subscriber_key = ? AND vacancy_id = ?)", a.subscriberKey(), vacancyId, at, a.id(),
            a.subscriberKey(), vacancyId) == 1;
        if (fresh) {
            Jdbc.update(c, "INSERT INTO alert_sent_matches (alert_id, vacancy_id, matched_at) SELECT ?, ?, ? "
                + "FROM alerts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM alert_sent_matches WHERE alert_id = ? "
                + "AND vacancy_id = ?)", a.id(), vacancyId, at, a.id(), a.id(), vacancyId);
        }
        return fresh;
    }

    /**
     * Claims the one manage-link mail an address may have per interval: true (and the time noted) when the last
     * one was at or before {@code notAfter} or there was none.
     */
    boolean claimManageLinkMail(Connection c, String subscriberKey, Instant now, Instant notAfter)
        throws SQLException {
        if (Jdbc.update(c, "UPDATE manage_link_requests SET requested_at = ? WHERE subscriber_key = ? "
            + "AND requested_at <= ?", now, subscriberKey, notAfter) == 1) {
            return true;
        }
        List<Integer> recent = Jdbc.query(c, "SELECT COUNT(*) FROM manage_link_requests WHERE subscriber_key = ?",
            rs -> rs.getInt(1), subscriberKey);
        if (recent.get(0) > 0) return false;
        Jdbc.update(c, "INSERT INTO manage_link_requests (subscriber_key, requested_at) VALUES (?, ?)", subscriberKey,
            now);
        return true;
    }

    void addPending(Connection c, String alertId, String vacancyId, Instant at, LocalDate posted, String summary)
        throws SQLException {
        Jdbc.update(c, "INSERT INTO alert_pending_matches (alert_id, vacancy_id, matched_at, posted_on, summary) "
            + "VALUES (?, ?, ?, ?, ?)", alertId, vacancyId, at, posted, summary);
    }

    /** Waiting matches, newest first. */
    List<Pending> pending(Connection c, String alertId) throws SQLException {
        return Jdbc.query(c, "SELECT vacancy_id, matched_at, posted_on, summary FROM alert_pending_matches "
            + "WHERE alert_id = ? ORDER BY posted_on DESC NULLS LAST, matched_at DESC, vacancy_id",
            rs -> new Pending(rs.getString(1), Jdbc.instant(rs, "matched_at"), rs.getObject(3, LocalDate.class),
                rs.getString(4)), alertId);
    }

    void digestDone(Connection c, String alertId, Instant at) throws SQLException {
        Jdbc.update(c, "DELETE FROM alert_pending_matches WHERE alert_id = ?", alertId);
        Jdbc.update(c, "UPDATE alerts SET last_digest_at = ? WHERE id = ?", at, alertId);
    }

    /** Unconfirmed alerts created before the cutoff, with their tokens; returns how many alerts. */
    int purgeUnconfirmed(Instant before) {
        return jdbc.tx(c -> {
            List<String> ids = Jdbc.query(c, "SELECT id FROM alerts WHERE status = 'pending' AND created_at < ?",
                rs -> rs.getString(1), before);
            for (String id : ids) delete(c, id);
            return ids.size();
        });
    }

    int purgeTokens(Instant now) {
        return jdbc.update("DELETE FROM alert_tokens WHERE expires_at < ?", now);
    }

    String setting(String name, String valueIfAbsent) {
        return jdbc.tx(c -> {
            List<String> v = Jdbc.query(c, "SELECT setting_value FROM alert_settings WHERE name = ?",
                rs -> rs.getString(1), name);
            if (!v.isEmpty()) return v.get(0);
            Jdbc.update(c, "INSERT INTO alert_settings (name, setting_value) VALUES (?, ?)", name, valueIfAbsent);
            return valueIfAbsent;
        });
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(rs.getString("id"), rs.getString("email"), rs.getString("subscriber_key"),
            params(rs.getString("search_params")),
            Alert.Frequency.valueOf(rs.getString("frequency").toUpperCase(Locale.ROOT)), rs.getString("language"),
            Alert.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), Jdbc.instant(rs, "created_at"),
            Jdbc.instant(rs, "confirmed_at"), Jdbc.instant(rs, "last_digest_at"));
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, List<String>> params(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, List<String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad search_params", e);
        }
    }
}
