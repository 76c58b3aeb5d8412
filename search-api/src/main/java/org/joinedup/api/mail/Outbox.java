package org.joinedup.api.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The mail outbox table. A row goes queued -> sending (claimed just before SMTP) -> sent (just after), or back to
 * queued on a temporary failure, or to failed. Rows found in sending at start-up were interrupted by a crash and
 * are queued again: a crash can therefore cause at most one duplicate of each mail in flight, never a loss.
 */
public final class Outbox {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stored mail with its delivery state. */
    public record Entry(long id, OutboundMail mail, String status, int attempts, Instant nextAttemptAt,
                        Instant sentAt, String lastError) {
    }

    private final DataSource db;

    public Outbox(DataSource db) {
        this.db = db;
    }

    /** Queues a mail in the caller's transaction (so it is queued exactly when the caller's change commits). */
    public void enqueue(Connection c, OutboundMail m, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mail_outbox (alert_id, recipient, subject, "
            + "body_text, body_html, headers, status, attempts, next_attempt_at, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)")) {
            ps.setString(1, m.alertId());
            ps.setString(2, m.recipient());
            ps.setString(3, m.subject());
            ps.setString(4, m.text());
            ps.setString(5, m.html());
            ps.setString(6, json(m.headers()));
            ps.setObject(7, utc(now));
            ps.setObject(8, utc(now));
            ps.executeUpdate();
        }
    }

    /** Queues a mail on its own. */
    public void enqueue(OutboundMail m, Instant now) {
        try (Connection c = db.getConnection()) {
            enqueue(c, m, now);
        } catch (SQLException e) {
            throw new MailStoreException("cannot queue mail", e);
        }
    }

    /** Ids of queued rows due at {@code now}, oldest first. */
    List<Long> due(Instant now, int limit) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
            "SELECT id FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY id")) {
            ps.setObject(1, utc(now));
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new MailStoreException("cannot list due mail", e);
        }
        return ids;
    }

    /** Moves a queued row to sending; false when another worker (or nobody, it is gone) has it. */
    boolean claim(long id) {
        return update("UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1 "
            + "WHERE id = ? AND status = 'queued'", id) == 1;
    }

    void markSent(long id, Instant at) {
        update("UPDATE mail_outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?", utc(at), id);
    }

    void markFailed(long id, String error) {
        update("UPDATE mail_outbox SET status = 'failed', last_error = ? WHERE id = ?", truncate(error), id);
    }

    void retryLater(long id, Instant next, String error) {
        update("UPDATE mail_outbox SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ?",
            utc(next), truncate(error), id);
    }

    /** Queues again every row left in sending by a crash; returns how many. */
    public int requeueInterrupted() {
        return update("UPDATE mail_outbox SET status = 'queued' WHERE status = 'sending'");
    }

    /** One row, or null. */
    public Entry get(long id) {
        List<Entry> l = entries("SELECT * FROM mail_outbox WHERE id = ?", id);
        return l.isEmpty() ? null : l.get(0);
    }

    /** Every row for an address, oldest first (tests and support). */
    public List<Entry> forRecipient(String recipient) {
        return entries("SELECT * FROM mail_outbox WHERE recipient = ? ORDER BY id", recipient);
    }

    /** Number of rows in a status. */
    public int count(String status) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
            "SELECT COUNT(*) FROM mail_outbox WHERE status = ?")) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new MailStoreException("cannot count mail", e);
        }
    }

    /** Deletes sent and failed rows created before the cutoff (they hold addresses). */
    public int purgeFinished(Instant before) {
        return update("DELETE FROM mail_outbox WHERE status IN ('sent', 'failed') AND created_at < ?", utc(before));
    }

    private List<Entry> entries(String sql, Object param) {
        List<Entry> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(entry(rs));
            }
        } catch (SQLException e) {
            throw new MailStoreException("cannot read outbox", e);
        }
        return out;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        OutboundMail m = new OutboundMail(rs.getString("alert_id"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
            headers(rs.getString("headers")));
        return new Entry(rs.getLong("id"), m, rs.getString("status"), rs.getInt("attempts"),
            instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"));
    }

    private int update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new MailStoreException("outbox update failed", e);
        }
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    private static String json(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headers(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad headers in outbox", e);
        }
    }
}
