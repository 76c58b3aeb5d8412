package org.joinedup.api.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code audit_log} table. Append-only by construction: this class only INSERTs and SELECTs, and the
 * database refuses UPDATE and DELETE on the table (triggers from migration V2.1).
 */
public final class AuditLogRepository {

    private final Jdbc jdbc;

    public AuditLogRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** Appends one entry (its id is assigned by the database). */
    public void append(AuditEntry e) {
        jdbc.update("INSERT INTO audit_log (occurred_at, actor, action, target, detail, remote_address) "
            + "VALUES (?, ?, ?, ?, ?, ?)", e.at(), e.actor(), e.action(), e.target(), e.detail(), e.remoteAddress());
    }

    /**
     * Newest entries first.
     *
     * @param limit  at most this many (1..1000)
     * @param before only entries with a smaller id (the previous page's last id), or null for the newest
     */
    public List<AuditEntry> page(int limit, Long before) {
        int n = Math.clamp(limit, 1, 1000);
        String sql = "SELECT * FROM audit_log" + (before == null ? "" : " WHERE id < ?")
            + " ORDER BY id DESC FETCH FIRST " + n + " ROWS ONLY";
        return before == null ? jdbc.query(sql, AuditLogRepository::map)
            : jdbc.query(sql, AuditLogRepository::map, before);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Jdbc.instant(rs, "occurred_at"), rs.getString("actor"),
            rs.getString("action"), rs.getString("target"), rs.getString("detail"), rs.getString("remote_address"));
    }
}
