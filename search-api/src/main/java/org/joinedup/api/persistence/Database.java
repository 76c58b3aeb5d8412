package org.joinedup.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service database: an H2 file by default or PostgreSQL by JDBC URL, migrated with Flyway on open.
 * Portable migrations live in {@code db/migration}; the few that cannot be portable (the audit log's
 * append-only triggers) in {@code db/dialect/h2} and {@code db/dialect/postgresql}, applied by {@link Dialect}.
 * Plain driver data sources are enough here: the service makes a handful of small writes per harvest.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The database products supported, each with its own folder of non-portable migrations. */
    public enum Dialect {
        H2("jdbc:h2:"), POSTGRESQL("jdbc:postgresql:");

        private final String prefix;

        Dialect(String prefix) {
            this.prefix = prefix;
        }

        /** The dialect of a JDBC URL. */
        public static Dialect of(String jdbcUrl) {
            for (Dialect d : values()) {
                if (jdbcUrl.startsWith(d.prefix)) return d;
            }
            throw new IllegalArgumentException("unsupported JDBC URL (h2 or postgresql): " + jdbcUrl);
        }

        String migrations() {
            return "classpath:db/dialect/" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final DataSource dataSource;
    private final String url;
    private final Dialect dialect;

    private Database(DataSource dataSource, String url, Dialect dialect) {
        this.dataSource = dataSource;
        this.url = url;
        this.dialect = dialect;
    }

    /** Connects and applies pending migrations from {@code db/migration} and the dialect's own folder. */
    public static Database open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        DataSource ds = dataSource(jdbcUrl, user, password);
        var result = Flyway.configure().dataSource(ds).locations("classpath:db/migration", dialect.migrations())
            .load().migrate();
        LOG.info("database {} at schema version {}", redact(jdbcUrl), result.targetSchemaVersion);
        return new Database(ds, jdbcUrl, dialect);
    }

    /** The URL without query parameters, which may carry a password. */
    private static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }

    private static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (h2 or postgresql): " + url);
    }

    /** A new connection; callers close it. */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The data source, for repositories. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Which database product this is. */
    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL. */
    public String url() {
        return url;
    }
}
