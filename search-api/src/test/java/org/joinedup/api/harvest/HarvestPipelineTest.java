package org.joinedup.api.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.HarvestLogEntry;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.IngestReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HarvestPipelineTest {

    private HarvestLogRepository log;
    private final List<String> ingested = new CopyOnWriteArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void setUp() {
        log = new HarvestLogRepository(Database.open("jdbc:h2:mem:pipeline-" + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static Source source(String id, boolean enabled) {
        return new Source(id, id + " council", URI.create("http://127.0.0.1:1/" + id), SourceFormat.FEED, null, "GB",
            "en", new Licence("OGL-UK-3.0", ""), Duration.ofHours(1), true, enabled);
    }

    private static Posting posting(String sourceId) {
        return Posting.builder(sourceId, "ref-1").title("Planner").build();
    }

    private final IngestSink sink = new IngestSink() {
        @Override
        public IngestReport ingest(Harvest h) throws IOException {
            if (h.source().id().equals("broken-index")) throw new IOException("disk full");
            ingested.add(h.source().id());
            return new IngestReport(h.source().id(), h.postings().size(), List.of(), 1, 0, 0, List.of("bad date"));
        }

        @Override
        public void refresh() {
            refreshes.incrementAndGet();
        }
    };

    private Harvest harvest(Source s) {
        Instant now = Instant.now();
        return switch (s.id()) {
            case "fails" -> new Harvest(s, List.of(), false, false, 500, List.of(new CrawlError(s.id(),
                s.url().toString(), CrawlError.Stage.FETCH, "HTTP 500", now)), now, now);
            case "partial" -> new Harvest(s, List.of(posting(s.id())), false, false, 200, List.of(new CrawlError(
                s.id(), null, CrawlError.Stage.ITEM, "item 2 has no title", now)), now, now);
            case "unchanged" -> new Harvest(s, List.of(), true, true, 304, List.of(), now, now);
            case "empty" -> new Harvest(s, List.of(), false, true, 200, List.of(), now, now, Map.of(),
                "RSS feed parsed: 0 items");
            case "crawler-bug" -> throw new IllegalStateException("bug");
            default -> new Harvest(s, List.of(posting(s.id())), false, true, 200, List.of(), now, now);
        };
    }

    @Test
    void classifiesAndLogsEveryOutcome() {
        HarvestPipeline p = new HarvestPipeline(this::harvest, sink, log);
        assertEquals("ok", p.run(source("good", true)).outcome());
        assertEquals("failed", p.run(source("fails", true)).outcome());
        assertEquals("partial", p.run(source("partial", true)).outcome());
        assertEquals("not_modified", p.run(source("unchanged", true)).outcome());
        assertEquals("failed", p.run(source("crawler-bug", true)).outcome());
        HarvestLogEntry broken = p.run(source("broken-index", true));
        assertEquals("failed", broken.outcome());
        assertTrue(broken.message().contains("disk full"), broken.message());

        HarvestLogEntry good = log.latest("good").orElseThrow();
        assertEquals(1, good.postings());
        assertEquals(1, good.updated());
        assertEquals(1, good.rejected());
        assertEquals("FETCH http://127.0.0.1:1/fails: HTTP 500", log.latest("fails").orElseThrow().message());
        assertEquals(List.of("good", "fails", "partial", "unchanged"), ingested);
        assertEquals("RSS feed parsed: 0 items", p.run(source("empty", true)).message(),
            "an error-free harvest without postings says why");
    }
}
