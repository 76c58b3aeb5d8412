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
import javax.sql.DataSource;

/**
 * The few JDBC moves the repositories need, with instants stored as UTC timestamps with time zone: single
 * statements, and work on one connection in one transaction ({@link #tx}). SQL failures become
 * {@link PersistenceException}s.
 */
public final class Jdbc {

    /** Maps one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Statements on one connection, inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource db;

    public Jdbc(DataSource db) {
        this.db = db;
    }

    Jdbc(Database db) {
        this(db.dataSource());
    }

    /** Runs work in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T tx(Work<T> work) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("transaction failed", e);
        }
    }

    /** One statement on its own connection; the rows changed. */
    public int update(String sql, Object... params) {
        try (Connection c = db.getConnection()) {
            return update(c, sql, params);
        } catch (SQLException e) {
            throw new PersistenceException("update failed", e);
        }
    }

    /** One query on its own connection. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = db.getConnection()) {
            return query(c, sql, mapper, params);
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

    /** One statement on {@code c} (inside a {@link #tx}); the rows changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** One query on {@code c} (inside a {@link #tx}). */
    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(mapper.map(rs));
            }
            return out;
        }
    }

    /** A timestamp column as an instant, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
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
