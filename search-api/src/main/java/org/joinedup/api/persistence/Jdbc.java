package org.joinedup.api.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC moves the repositories need, with instants stored as UTC timestamps with time zone. */
final class Jdbc {

    /** Maps one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Database db;

    Jdbc(Database db) {
        this.db = db;
    }

    int update(String sql, Object... params) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("update failed", e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new PersistenceException("query failed", e);
        }
    }

    /** Update the row if present, otherwise insert it (portable upsert; callers serialise writers per key). */
    void upsert(String updateSql, Object[] updateParams, String insertSql, Object[] insertParams) {
        if (update(updateSql, updateParams) == 0) {
            update(insertSql, insertParams);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
            } else if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

}
