package org.joinedup.api.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code api_keys} table: issues keys (returned once, stored as SHA-256), finds a key's quota, revokes.
 * The admin API will put endpoints in front of {@link #create} and {@link #revoke}; until then they are called
 * from code and tests.
 */
public final class ApiKeyRepository {
    private static final String PREFIX = "jk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A newly issued key: the secret to hand over (shown once) and its stored record. */
    public record Issued(String key, ApiKey record) {
    }

    private final DataSource db;
    private final Clock clock;

    /** @param db the service database (migrated, so {@code api_keys} exists) */
    public ApiKeyRepository(DataSource db) {
        this(db, Clock.systemUTC());
    }

    ApiKeyRepository(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Issues a key with a quota in requests per minute. */
    public Issued create(String name, int perMinute) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        String sql = "INSERT INTO api_keys (name, key_hash, per_minute, created_at) VALUES (?, ?, ?, ?)";
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, hash(key));
            ps.setInt(3, perMinute);
            ps.setObject(4, now.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return new Issued(key, new ApiKey(rs.getLong(1), name, perMinute, now, null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create API key", e);
        }
    }

    /** The stored record of a key as presented by a client, if it was ever issued. */
    public Optional<ApiKey> find(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 100) return Optional.empty();
        String sql = "SELECT id, name, per_minute, created_at, revoked_at FROM api_keys WHERE key_hash = ?";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, hash(key));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new ApiKey(rs.getLong(1), rs.getString(2), rs.getInt(3), instant(rs, 4),
                    instant(rs, 5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read API key", e);
        }
    }

    /** Revokes a key by id; true when it was active. */
    public boolean revoke(long id) {
        String sql = "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke API key", e);
        }
    }

    /** Lower-case hex SHA-256 of a key. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
