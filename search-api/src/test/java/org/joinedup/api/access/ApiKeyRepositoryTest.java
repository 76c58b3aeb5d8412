package org.joinedup.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.joinedup.api.persistence.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** API keys on H2 and PostgreSQL: issued once (only the hash is stored), found, revoked once. */
class ApiKeyRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
    void issueFindAndRevoke(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase t = TestDatabase.open(kind, dir)) {
            ApiKeyRepository keys = new ApiKeyRepository(t.db().dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
            ApiKeyRepository.Issued a = keys.create("Harbour Jobs app", 600);
            ApiKeyRepository.Issued b = keys.create("Council intranet", 60);
            assertTrue(a.key().startsWith("jk_"));
            assertNotEquals(a.record().id(), b.record().id());

            ApiKey found = keys.find(a.key()).orElseThrow();
            assertEquals("Harbour Jobs app", found.name());
            assertEquals(600, found.perMinute());
            assertEquals(T0, found.createdAt());
            assertNull(found.revokedAt());
            assertTrue(keys.find("jk_not-issued").isEmpty());
            assertTrue(keys.find("not-a-key").isEmpty());

            assertTrue(keys.revoke(a.record().id()));
            assertFalse(keys.revoke(a.record().id()), "revoked once");
            assertEquals(T0, keys.find(a.key()).orElseThrow().revokedAt());
            assertNull(keys.find(b.key()).orElseThrow().revokedAt(), "the other key is untouched");
            t.sql("SELECT key_hash FROM api_keys"); // the table exists under this name on both products
        }
    }
}
