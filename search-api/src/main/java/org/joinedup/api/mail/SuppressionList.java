package org.joinedup.api.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Addresses we must not write to again (SMTP 5xx, hard bounces). Only the SHA-256 of the lower-cased address is
 * stored, so the list keeps working after the subscriber's personal data is deleted.
 */
public final class SuppressionList {

    private final DataSource db;

    public SuppressionList(DataSource db) {
        this.db = db;
    }

    /** Suppresses an address (again: the first reason is kept). */
    public void suppress(String email, String reason, Instant at) {
        if (contains(email)) return;
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
            "INSERT INTO suppressed_addresses (email_hash, reason, suppressed_at) VALUES (?, ?, ?)")) {
            ps.setString(1, hash(email));
            ps.setString(2, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            ps.setObject(3, Outbox.utc(at));
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!contains(email)) throw new MailStoreException("cannot suppress address", e);
        }
    }

    /** True when mail to this address must not be sent. */
    public boolean contains(String email) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
            "SELECT 1 FROM suppressed_addresses WHERE email_hash = ?")) {
            ps.setString(1, hash(email));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new MailStoreException("cannot read suppression list", e);
        }
    }

    static String hash(String email) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
