package org.joinedup.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cached view of the sources table: changes show within the TTL, a new source at once. */
class DbSourceDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void cachesForTheTtlButLooksUpAnUnknownSourceAgain() {
        try (TestDatabase t = TestDatabase.open(TestDatabase.Kind.H2, dir)) {
            SourceRepository repo = new SourceRepository(t.db());
            repo.insert(RepositoriesTest.source("a", SourceRecord.Origin.ADMIN, "https://a.example/feed.rss"));
            Instant[] now = {Instant.parse("2026-11-23T10:00:00Z")};
            Clock clock = new Clock() {
                @Override public ZoneId getZone() { return ZoneOffset.UTC; }
                @Override public Clock withZone(ZoneId z) { return this; }
                @Override public Instant instant() { return now[0]; }
            };
            DbSourceDirectory sources = new DbSourceDirectory(repo, clock);
            assertEquals("A Council", sources.find("a").orElseThrow().council());

            repo.insert(RepositoriesTest.source("b", SourceRecord.Origin.ADMIN, "https://b.example/feed.rss"));
            assertTrue(sources.find("b").isEmpty(), "within the miss interval the snapshot answers");
            now[0] = now[0].plus(DbSourceDirectory.MISS_RELOAD);
            assertEquals("B Council", sources.find("b").orElseThrow().council(), "unknown id: read again");

            repo.delete("a");
            assertTrue(sources.find("a").isPresent(), "a removal shows only after the TTL");
            now[0] = now[0].plus(DbSourceDirectory.TTL).plus(Duration.ofMillis(1));
            assertTrue(sources.find("a").isEmpty());
            assertEquals(1, sources.all().size());
        }
    }
}
