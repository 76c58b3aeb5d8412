package org.joinedup.api.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Database connection (config key {@code database}).
 *
 * @param url      JDBC URL, or null for an H2 file database under {@code <dataDir>/db}
 * @param user     user name
 * @param password password (may be empty)
 */
public record DatabaseConfig(String url, String user, String password) {
    public DatabaseConfig {
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** The JDBC URL to use, defaulting to {@code jdbc:h2:file:<dataDir>/db/joinedup}. */
    public String jdbcUrl(Path dataDir) {
        return url != null ? url : "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db/joinedup");
    }

    @Override
    public String toString() {
        // Never print the password into logs.
        return "DatabaseConfig[url=" + url + ", user=" + user + "]";
    }
}
