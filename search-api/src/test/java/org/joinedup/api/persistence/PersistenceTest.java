package org.joinedup.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.SourceHealth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations, crawl state, sources and harvest log on an H2 file database, surviving a reopen. */
class PersistenceTest {

    @TempDir
    Path dir;

    private Database open() {
        return Database.open("jdbc:h2:file:" + dir.resolve("db/joinedup"), "sa", "");
    }

    @Test
    void crawlStateSurvivesAReopen() {
        Instant t = Instant.parse("2026-11-02T10:15:30Z");
        CrawlStateStore store = new JdbcCrawlStateStore(open());
        store.saveValidators("https://a.example/feed", new CrawlStateStore.Validators("\"v1\"", null));
        store.saveValidators("https://a.example/feed", new CrawlStateStore.Validators("\"v2\"", "Mon, 02 Nov 2026"));
        CrawlError err = new CrawlError("a", "https://a.example/feed", CrawlError.Stage.FETCH, "HTTP 500", t);
        store.saveHealth(new SourceHealth("a", t, null, 500, 0, List.of(err), 1, 0));
        store.saveHealth(new SourceHealth("a", t.plusSeconds(60), t.plusSeconds(61), 200, 7, List.of(err), 2, 1));
        assertTrue(Files.exists(dir.resolve("db/joinedup.mv.db")));

        CrawlStateStore again = new JdbcCrawlStateStore(open());
        assertEquals(new CrawlStateStore.Validators("\"v2\"", "Mon, 02 Nov 2026"),
            again.validators("https://a.example/feed").orElseThrow());
        assertTrue(again.validators("https://b.example/").isEmpty());
        SourceHealth h = again.health("a").orElseThrow();
        assertEquals(new SourceHealth("a", t.plusSeconds(60), t.plusSeconds(61), 200, 7, List.of(err), 2, 1), h);
        assertTrue(again.health("b").isEmpty());
    }

    @Test
    void sourcesAreUpsertedAndHarvestsLogged() {
        Database db = open();
        SourceRepository sources = new SourceRepository(db);
        SourceRecord a = RepositoriesTest.source("a", SourceRecord.Origin.CONFIG, "https://a.example/feed");
        SourceRecord push = RepositoriesTest.source("p", SourceRecord.Origin.ADMIN, null);
        sources.seedFromConfig(List.of(a), Instant.now());
        sources.insert(push);
        sources.seedFromConfig(List.of(a), Instant.now());
        assertEquals(List.of("a", "p"), sources.ids());
        assertEquals(SourceFormat.PUSH, new SourceRepository(open()).find("p").orElseThrow().source().format());

        HarvestLogRepository log = new HarvestLogRepository(db);
        Instant t = Instant.parse("2026-11-02T10:00:00Z");
        log.append(new HarvestLogEntry("a", t, t.plusSeconds(1), "ok", 200, false, true, 5, 5, 0, 0, 0, 0, 0, null));
        HarvestLogEntry later = new HarvestLogEntry("a", t.plusSeconds(3600), t.plusSeconds(3601), "failed", 500,
            false, false, 0, 0, 0, 0, 0, 0, 1, "FETCH https://a.example/feed: HTTP 500");
        log.append(later);
        assertEquals(later, log.latest("a").orElseThrow());
        assertEquals(2, log.recent("a", 10).size());
        assertTrue(log.latest("p").isEmpty());
    }
}
