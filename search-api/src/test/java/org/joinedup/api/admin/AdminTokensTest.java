package org.joinedup.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import org.joinedup.api.persistence.AdminToken;
import org.joinedup.api.persistence.AdminTokenRepository;
import org.joinedup.api.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token generation, SHA-256-only storage, constant-time comparison over all candidates, revocation. */
class AdminTokensTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private TestDatabase db;
    private AdminTokenRepository repo;
    private AdminTokens tokens;

    @BeforeEach
    void open() {
        db = TestDatabase.open(TestDatabase.Kind.H2, dir);
        repo = new AdminTokenRepository(db.db());
        tokens = new AdminTokens(repo, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tokenIs32RandomBytesInBase64UrlAndOnlyItsSha256IsStored() throws Exception {
        String token = tokens.create("alice");
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        AdminToken stored = repo.active().get(0);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(expected), stored.sha256());
        assertFalse(stored.toString().contains(token));
        assertFalse(stored.toString().contains(stored.sha256()), "hash kept out of logs too");
    }

    @Test
    void tokensAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            assertTrue(seen.add(tokens.create("user" + i)));
        }
    }

    @Test
    void authenticatesOnlyTheExactActiveToken() {
        String alice = tokens.create("alice");
        String bob = tokens.create("bob");
        for (int i = 0; i < 20; i++) tokens.create("filler" + i);
        assertEquals("alice", tokens.authenticate(alice).orElseThrow().name());
        assertEquals("bob", tokens.authenticate(bob).orElseThrow().name(), "found whatever its position");
        assertEquals(CLOCK.instant(), repo.active().get(0).lastUsedAt());
        assertTrue(tokens.authenticate(alice.substring(1)).isEmpty());
        assertTrue(tokens.authenticate(alice + "x").isEmpty());
        assertTrue(tokens.authenticate(AdminTokens.sha256Hex(alice)).isEmpty(), "the stored hash is no token");
        assertTrue(tokens.authenticate("").isEmpty());
        assertTrue(tokens.authenticate(null).isEmpty());
        assertTrue(tokens.authenticate("x".repeat(100_000)).isEmpty());
    }

    @Test
    void revokedTokensStopWorkingAndNamesAreChecked() {
        String alice = tokens.create("alice");
        assertThrows(IllegalArgumentException.class, () -> tokens.create("alice"), "one active token per name");
        assertEquals(1, tokens.revoke("alice"));
        assertTrue(tokens.authenticate(alice).isEmpty());
        String again = tokens.create("alice");
        assertNotEquals(alice, again);
        assertEquals("alice", tokens.authenticate(again).orElseThrow().name());
        assertThrows(IllegalArgumentException.class, () -> tokens.create("bad name"));
        assertThrows(IllegalArgumentException.class, () -> tokens.create(""));
        assertEquals(2, tokens.list().size());
    }
}
