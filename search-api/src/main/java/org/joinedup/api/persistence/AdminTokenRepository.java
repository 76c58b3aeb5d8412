package org.joinedup.api.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The {@code admin_tokens} table: hashes of admin bearer tokens, their holders and revocations. */
public final class AdminTokenRepository {

    private final Jdbc jdbc;

    public AdminTokenRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** Stores a new active token's hash; false when an active token already has this name. */
    public synchronized boolean create(String name, String sha256, Instant at) {
        if (active().stream().anyMatch(t -> t.name().equals(name))) return false;
        jdbc.update("INSERT INTO admin_tokens (name, token_sha256, created_at) VALUES (?, ?, ?)", name, sha256, at);
        return true;
    }

    /** Every token that is not revoked (the candidates an incoming token is compared with). */
    public List<AdminToken> active() {
        return jdbc.query("SELECT * FROM admin_tokens WHERE revoked_at IS NULL ORDER BY id", AdminTokenRepository::map);
    }

    /** Every token ever created, revoked ones included, oldest first. */
    public List<AdminToken> all() {
        return jdbc.query("SELECT * FROM admin_tokens ORDER BY id", AdminTokenRepository::map);
    }

    /** Revokes the active tokens of a holder; returns how many. */
    public synchronized int revoke(String name, Instant at) {
        return jdbc.update("UPDATE admin_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL", at, name);
    }

    /** Records a successful use. */
    public void touch(long id, Instant at) {
        jdbc.update("UPDATE admin_tokens SET last_used_at = ? WHERE id = ?", at, id);
    }

    private static AdminToken map(ResultSet rs) throws SQLException {
        return new AdminToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_sha256"),
            Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "last_used_at"), Jdbc.instant(rs, "revoked_at"));
    }
}
