package org.joinedup.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service database: an H2 file by default or PostgreSQL by JDBC URL, migrated with Flyway on open.
 * Plain driver data sources are enough here: the service makes a handful of small writes per harvest.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataSource dataSource;
    private final String url;

    private Database(DataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.url = url;
    }

    /** Connects and applies pending migrations from {@code db/migration}. */
    public static Database open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        DataSource ds = dataSource(jdbcUrl, user, password);
        var result = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        LOG.info("database {} at schema version {}", jdbcUrl, result.targetSchemaVersion);
        return new Database(ds, jdbcUrl);
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

    /** The JDBC URL. */
    public String url() {
        return url;
    }
}
