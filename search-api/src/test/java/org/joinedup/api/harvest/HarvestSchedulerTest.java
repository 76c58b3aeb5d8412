package org.joinedup.api.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.server.ResourceConfig;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.api.web.TestWebServer;
import org.joinedup.api.web.WebServer;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.IngestReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first round: every enabled source harvested once through the real crawler, then one refresh, then "done". */
@Timeout(60)
class HarvestSchedulerTest {
    private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Jobs</title><item><title>Gardener</title><guid>job-1</guid><link>https://council.example/1</link>"
        + "</item></channel></rss>";

    /** /good.xml is a feed with one item, /fails.xml answers 500, anything else (robots.txt) 404. */
    static final class Feeds extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (!req.getRequestURI().equals("/good.xml")) {
                resp.sendError(req.getRequestURI().equals("/fails.xml") ? 500 : 404);
                return;
            }
            resp.setContentType("application/rss+xml; charset=utf-8");
            resp.getWriter().write(RSS);
        }
    }

    @RegisterExtension
    static final TestWebServer FEEDS = new TestWebServer(loopback -> {
        WebServer server = new WebServer(loopback, new ResourceConfig(), null);
        server.addServlet("feeds", new Feeds(), "/*");
        return server;
    });

    private HarvestLogRepository log;
    private final List<String> ingested = new CopyOnWriteArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();

    private final IngestSink sink = new IngestSink() {
        @Override
        public IngestReport ingest(Harvest h) {
            ingested.add(h.source().id());
            return new IngestReport(h.source().id(), h.postings().size(), List.of(), h.postings().size(), 0, 0,
                List.of());
        }

        @Override
        public void refresh() {
            refreshes.incrementAndGet();
        }
    };

    @BeforeEach
    void setUp() {
        log = new HarvestLogRepository(Database.open("jdbc:h2:mem:scheduler-" + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static Source source(String id, boolean enabled) {
        return new Source(id, id + " council", FEEDS.baseUri().resolve(id + ".xml"), SourceFormat.FEED, null, "GB",
            "en", new Licence("OGL-UK-3.0", ""), Duration.ofHours(1), true, enabled);
    }

    private HarvestScheduler scheduler(Crawler crawler) {
        return new HarvestScheduler(crawler, new HarvestPipeline(crawler::harvest, crawler::acknowledge, sink, log,
            added -> { }));
    }

    private static Crawler crawler() {
        return new Crawler(CrawlerConfig.defaults().withAllowLoopback(true).withMinHostDelay(Duration.ofMillis(10)),
            CrawlStateStore.inMemory());
    }

    @Test
    void harvestsEnabledSourcesOnceThenReportsDone() throws Exception {
        try (Crawler crawler = crawler(); HarvestScheduler s = scheduler(crawler)) {
            s.start(List.of(source("good", true), source("fails", true), source("paused", false)), true);
            assertTrue(s.awaitFirstHarvest(Duration.ofSeconds(30)));
            assertTrue(s.firstHarvestDone());
            assertEquals(Set.of("good", "fails"), Set.copyOf(ingested));
            assertEquals(2, ingested.size(), "each enabled source once");
            assertEquals(1, refreshes.get(), "refreshed once after the first round");
            assertEquals("ok", log.latest("good").orElseThrow().outcome());
            assertEquals("failed", log.latest("fails").orElseThrow().outcome());
            assertTrue(log.latest("paused").isEmpty());
        }
    }

    @Test
    void withoutHarvestOnStartTheFirstRoundIsDoneAtOnce() throws Exception {
        try (Crawler crawler = crawler(); HarvestScheduler s = scheduler(crawler)) {
            s.start(List.of(source("good", true)), false);
            assertTrue(s.awaitFirstHarvest(Duration.ZERO));
            assertEquals(List.of(), ingested);
        }
    }
}
