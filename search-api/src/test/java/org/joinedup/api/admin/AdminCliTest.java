package org.joinedup.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.joinedup.api.access.ApiKeyRepository;
import org.joinedup.api.persistence.AdminTokenRepository;
import org.joinedup.api.persistence.AuditLogRepository;
import org.joinedup.api.persistence.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin create-token | revoke-token | list-tokens} against a config file's database. */
class AdminCliTest {

    @TempDir
    Path dir;
    private Path config;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeConfig() throws Exception {
        config = dir.resolve("joinedup.yaml");
        Files.writeString(config, "dataDir: data\n");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new AdminCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> config).run(args);
    }

    private Database db() {
        return Database.open("jdbc:h2:file:" + dir.resolve("data/db/joinedup").toAbsolutePath(), "sa", "");
    }

    @Test
    void createPrintsOnlyTheTokenOnceAndStoresItsHash() {
        assertEquals(0, run("create-token", "--name", "alice", "--config", config.toString()));
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("only this once"));
        Database db = db();
        assertEquals("alice", new AdminTokens(new AdminTokenRepository(db), Clock.systemUTC()).authenticate(token)
            .orElseThrow().name());
        assertFalse(new AdminTokenRepository(db).all().get(0).sha256().contains(token));
        var audit = new AuditLogRepository(db).page(10, null);
        assertEquals("token.create", audit.get(0).action());
        assertEquals("cli", audit.get(0).actor());
        assertEquals("alice", audit.get(0).target());

        assertEquals(1, run("create-token", "--name=alice"), "one active token per name");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("revoke it first"));
    }

    @Test
    void listAndRevoke() {
        run("create-token", "--name", "alice");
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(0, run("list-tokens"));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("alice") && listing.contains("active"), listing);
        assertFalse(listing.contains(token));
        assertEquals(0, run("revoke-token", "--name", "alice"));
        assertEquals(0, run("list-tokens"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("revoked"));
        assertEquals(1, run("revoke-token", "--name", "alice"), "nothing left to revoke");
        assertTrue(new AdminTokens(new AdminTokenRepository(db()), Clock.systemUTC()).authenticate(token).isEmpty());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run());
        assertEquals(2, run("make-coffee"));
        assertEquals(2, run("create-token"));
        assertEquals(2, run("create-token", "--name"));
        assertEquals(2, run("create-token", "--nmae", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
        assertEquals(2, run("list-tokens", "--config", dir.resolve("missing.yaml").toString()));
        assertEquals(1, run("create-token", "--name", "has space"));
    }

    @Test
    void apiKeysAreIssuedOnceWithTheirQuotaAndCanBeRevoked() {
        assertEquals(0, run("create-api-key", "--name", "jobs-portal", "--per-minute", "5000"));
        String key = out.toString(StandardCharsets.UTF_8).strip();
        assertFalse(key.isEmpty());
        assertFalse(key.contains(" "), key);
        var keys = new ApiKeyRepository(db().dataSource());
        var found = keys.find(key).orElseThrow();
        assertEquals("jobs-portal", found.name());
        assertEquals(5000, found.perMinute());
        assertEquals("apikey.create", new AuditLogRepository(db()).page(10, null).get(0).action());

        assertEquals(0, run("create-api-key", "--name", "defaulted"));
        assertEquals(1200, keys.find(out.toString(StandardCharsets.UTF_8).strip()).orElseThrow().perMinute(),
            "api.keyPerMinute default");

        assertEquals(2, run("create-api-key", "--name", "x", "--per-minute"));
        assertEquals(1, run("create-api-key", "--name", "x", "--per-minute", "-3"));
        assertEquals(2, run("revoke-api-key"));
        assertEquals(0, run("revoke-api-key", "--id", String.valueOf(found.id())));
        assertTrue(keys.find(key).isEmpty() || keys.find(key).get().revokedAt() != null);
        assertEquals(1, run("revoke-api-key", "--id", String.valueOf(found.id())), "already revoked");
    }
}
