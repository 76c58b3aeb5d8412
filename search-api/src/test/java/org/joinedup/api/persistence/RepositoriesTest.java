package org.joinedup.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.SourceHealth;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every repository on H2 and on PostgreSQL: sources seeding and CRUD, tokens, audit log (append-only), state. */
class RepositoriesTest {
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path dir;

    static SourceRecord source(String id, SourceRecord.Origin origin, String url) {
        return new SourceRecord(new Source(id, id.toUpperCase() + " Council", SelfUrl.parse(url),
            url == null ? SourceFormat.PUSH : SourceFormat.FEED, "Region", "GB", "en",
            new Licence("OGL-UK-3.0", "Contains public sector info"), Duration.ofMinutes(30), true, true), false,
            origin, T0, T0);
    }

    @ParameterizedTest
    @MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
    void configSeedWinsForConfigRowsKeepsAdminRowsAndPauses(TestDatabase.Kind kind) {
        try (TestDatabase t = TestDatabase.open(kind, dir)) {
            SourceRepository repo = new SourceRepository(t.db());
            var first = repo.seedFromConfig(List.of(source("a", SourceRecord.Origin.CONFIG, "{self}/demo/a.rss"),
                source("b", SourceRecord.Origin.CONFIG, "https://b.example/feed")), T0);
            assertEquals(List.of("a", "b"), first.added());
            assertTrue(repo.insert(source("x", SourceRecord.Origin.ADMIN, null)));
            assertFalse(repo.insert(source("x", SourceRecord.Origin.ADMIN, null)), "id taken");
            repo.update(repo.find("a").orElseThrow().withPaused(true, T0.plusSeconds(5)));

            SourceRecord changedA = new SourceRecord(new Source("a", "A renamed", URI.create("https://a.example/new"),
                SourceFormat.AUTO, null, null, null, new Licence("CC0-1.0", null), Duration.ofHours(2), false, true),
                false, SourceRecord.Origin.CONFIG, T0, T0);
            var second = repo.seedFromConfig(List.of(changedA), T0.plusSeconds(60));
            assertEquals(List.of(), second.added());
            assertEquals(List.of("a"), second.updated());
            assertEquals(List.of("b"), second.removed(), "config rows the file dropped go");
            assertEquals(List.of("a", "x"), repo.ids(), "admin row kept");

            SourceRecord a = repo.find("a").orElseThrow();
            assertEquals("A renamed", a.source().council());
            assertEquals("https://a.example/new", a.source().url().toString());
            assertEquals(Duration.ofHours(2), a.source().schedule());
            assertTrue(a.paused(), "an admin's pause survives the config seed");
            assertEquals(T0, a.createdAt());
            assertEquals(T0.plusSeconds(60), a.updatedAt());
            assertFalse(a.harvestable());
            SourceRecord x = repo.find("x").orElseThrow();
            assertEquals(SourceRecord.Origin.ADMIN, x.origin());
            assertNull(x.source().url());
            assertEquals(SourceFormat.PUSH, x.source().format());
        }
    }

    @ParameterizedTest
    @MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
    void sourcesUpdateDeleteAndResolveSelf(TestDatabase.Kind kind) {
        try (TestDatabase t = TestDatabase.open(kind, dir)) {
            SourceRepository repo = new SourceRepository(t.db());
            SourceRecord s = source("demo", SourceRecord.Origin.ADMIN, "{self}/demo/feed.xml");
            repo.insert(s);
            assertEquals(s, repo.find("demo").orElseThrow());
            assertEquals("http://127.0.0.1:4242/demo/feed.xml",
                s.toSource(URI.create("http://127.0.0.1:4242/")).url().toString());
            assertFalse(s.withPaused(true, T0).toSource(URI.create("http://h")).enabled());
            assertFalse(repo.update(source("nope", SourceRecord.Origin.ADMIN, null)));
            assertTrue(repo.delete("demo"));
            assertFalse(repo.delete("demo"));
            assertTrue(repo.find("demo").isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
    void tokensStoreHashesAndRevoke(TestDatabase.Kind kind) {
        try (TestDatabase t = TestDatabase.open(kind, dir)) {
            AdminTokenRepository tokens = new AdminTokenRepository(t.db());
            String hash = "a".repeat(64);
            assertTrue(tokens.create("alice", hash, T0));
            assertFalse(tokens.create("alice", "b".repeat(64), T0), "one active token per name");
            assertTrue(tokens.create("bob", "c".repeat(64), T0));
            AdminToken alice = tokens.active().get(0);
            assertEquals(hash, alice.sha256());
            tokens.touch(alice.id(), T0.plusSeconds(9));
            assertEquals(T0.plusSeconds(9), tokens.active().get(0).lastUsedAt());
            assertEquals(1, tokens.revoke("alice", T0.plusSeconds(10)));
            assertEquals(0, tokens.revoke("alice", T0.plusSeconds(11)));
            assertEquals(List.of("bob"), tokens.active().stream().map(AdminToken::name).toList());
            assertTrue(tokens.create("alice", "d".repeat(64), T0.plusSeconds(12)), "a revoked name can be reissued");
            assertEquals(3, tokens.all().size());
            assertEquals(T0.plusSeconds(10), tokens.all().get(0).revokedAt());
        }
    }

    @ParameterizedTest
    @MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
    void auditLogPagesNewestFirstAndRefusesUpdateAndDelete(TestDatabase.Kind kind) {
        try (TestDatabase t = TestDatabase.open(kind, dir)) {
            AuditLogRepository audit = new AuditLogRepository(t.db());
            for (int i = 0; i < 5; i++) {
                audit.append(new AuditEntry(0, T0.plusSeconds(i), "alice", "source.create", "s" + i,
                    "{\"n\":" + i + "}", "127.0.0.1"));
            }
            List<AuditEntry> first = audit.page(2, null);
            assertEquals(List.of("s4", "s3"), first.stream().map(AuditEntry::target).toList());
            List<AuditEntry> next = audit.page(10, first.get(1).id());
            assertEquals(List.of("s2", "s1", "s0"), next.stream().map(AuditEntry::target).toList());
            assertEquals(T0.plusSeconds(2), next.get(0).at());
            assertEquals("{\"n\":2}", next.get(0).detail().replace(" ", ""));

            SQLException update = assertThrows(SQLException.class,
                () -> t.sql("UPDATE audit_log SET actor = 'mallory'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> t.sql("DELETE FROM audit_log"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertThrows(SQLException.class, () -> t.sql("TRUNCATE audit_log"));
            }
            assertEquals(5, audit.page(100, null).size());
            assertTrue(audit.page(100, null).stream().allMatch(e -> e.actor().equals("alice")));
        }
    }

    @ParameterizedTest
    @MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
    void crawlStateAndHarvestLog(TestDatabase.Kind kind) {
        try (TestDatabase t = TestDatabase.open(kind, dir)) {
            JdbcCrawlStateStore state = new JdbcCrawlStateStore(t.db());
            CrawlError err = new CrawlError("a", "https://a.example/feed", CrawlError.Stage.FETCH, "HTTP 500", T0);
            state.saveHealth(new SourceHealth("a", T0, null, 500, 0, List.of(err), 1, 0));
            state.saveHealth(new SourceHealth("a", T0.plusSeconds(60), T0.plusSeconds(61), 200, 7, List.of(err), 4, 3));
            SourceHealth h = state.health("a").orElseThrow();
            assertEquals(7, h.itemsFound());
            assertEquals(0.75, h.notModifiedRatio());
            assertEquals(List.of(err), h.recentErrors());

            HarvestLogRepository log = new HarvestLogRepository(t.db());
            log.append(new HarvestLogEntry("a", T0, T0.plusSeconds(1), "ok", 200, false, true, 5, 5, 0, 0, 0, 0, 0,
                null));
            log.append(new HarvestLogEntry("a", T0.plusSeconds(60), T0.plusSeconds(61), "not_modified", 304, true,
                true, 0, 0, 0, 0, 0, 0, 0, null));
            assertEquals(List.of("not_modified", "ok"),
                log.recent("a", 10).stream().map(HarvestLogEntry::outcome).toList());
        }
    }
}
