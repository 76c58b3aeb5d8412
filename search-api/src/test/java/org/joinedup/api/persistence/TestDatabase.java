package org.joinedup.api.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * A fresh, migrated database for one test: an H2 file in a temp folder, or a new schema in the PostgreSQL named
 * by {@code JOINEDUP_TEST_PG_URL} (+ {@code _USER}, {@code _PASSWORD}; {@code .ci/run} starts one). Without that
 * variable PostgreSQL cases are skipped locally but FAIL when {@code CI=true}, so CI cannot skip them silently.
 */
public final class TestDatabase implements AutoCloseable {

    /** The database products under test. */
    public enum Kind { H2, POSTGRESQL }

    private final Database db;
    private final String pgSchema;

    private TestDatabase(Database db, String pgSchema) {
        this.db = db;
        this.pgSchema = pgSchema;
    }

    /** Both kinds, named for the test report; the argument source of parameterised persistence tests. */
    public static Stream<Named<Kind>> kinds() {
        return Stream.of(Named.of("H2", Kind.H2), Named.of("PostgreSQL", Kind.POSTGRESQL));
    }

    /** Opens (and migrates) a fresh database of that kind. */
    public static TestDatabase open(Kind kind, Path tempDir) {
        if (kind == Kind.H2) {
            return new TestDatabase(Database.open("jdbc:h2:file:" + tempDir.resolve("db-" + UUID.randomUUID())
                .resolve("joinedup"), "sa", ""), null);
        }
        String url = System.getenv("JOINEDUP_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but JOINEDUP_TEST_PG_URL is not set: the PostgreSQL persistence tests must run in CI"
                    + " (.ci/run starts a throwaway PostgreSQL)");
            }
            Assumptions.abort("JOINEDUP_TEST_PG_URL not set; PostgreSQL cases skipped (set it, or run .ci/run)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);
        execute(url, "CREATE SCHEMA " + schema);
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(Database.open(scoped, user(), password()), schema);
    }

    /** The migrated database. */
    public Database db() {
        return db;
    }

    /** Runs raw SQL on it (tests of the database-level guards). */
    public void sql(String statement) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Override
    public void close() {
        if (pgSchema != null) execute(System.getenv("JOINEDUP_TEST_PG_URL"), "DROP SCHEMA " + pgSchema + " CASCADE");
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + e.getMessage(), e);
        }
    }

    private static String user() {
        String u = System.getenv("JOINEDUP_TEST_PG_USER");
        return u == null ? "postgres" : u;
    }

    private static String password() {
        String p = System.getenv("JOINEDUP_TEST_PG_PASSWORD");
        return p == null ? "" : p;
    }
}
