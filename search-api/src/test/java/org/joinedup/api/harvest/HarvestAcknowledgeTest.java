package org.joinedup.api.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.IngestReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A harvest is acknowledged (its ETag saved) only after the indexer committed it: when the indexer throws, the
 * next poll must not send the unacknowledged ETag, or it gets a 304 and the items are lost until the feed changes.
 */
@Timeout(30)
class HarvestAcknowledgeTest {
    private static final String ETAG = "\"stable-1\"";
    private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Jobs</title><item><title>Gardener</title><guid>job-1</guid><link>https://council.example/1</link>"
        + "</item></channel></rss>";

    private HttpServer server;
    /** The If-None-Match header of each feed request, "" when absent. */
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private final List<Integer> ingestedPostings = new ArrayList<>();
    private int ingestCalls;

    @BeforeEach
    void serveFeedWithStableEtag() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(inm == null ? "" : inm);
            exchange.getResponseHeaders().set("ETag", ETAG);
            if (ETAG.equals(inm)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** An indexer whose first commit fails (disk full, crash), then works. */
    private final IngestSink flakyIndexer = new IngestSink() {
        @Override
        public synchronized IngestReport ingest(Harvest h) throws IOException {
            if (ingestCalls++ == 0) throw new IOException("disk full");
            ingestedPostings.add(h.postings().size());
            return new IngestReport(h.source().id(), h.postings().size(), List.of(), 0, 0, 0, List.of());
        }

        @Override
        public void refresh() {
        }
    };

    @Test
    void failedIngestLeavesNoValidatorsSoTheNextPollIsAFullGet() {
        CrawlerConfig cfg = CrawlerConfig.defaults().withAllowLoopback(true).withMinHostDelay(Duration.ofMillis(10));
        HarvestLogRepository log = new HarvestLogRepository(Database.open("jdbc:h2:mem:ack-" + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1", "sa", ""));
        Source source = new Source("ack", "Ack council", URI.create("http://127.0.0.1:" + server.getAddress().getPort()
            + "/feed.xml"), SourceFormat.FEED, null, "GB", "en", new Licence("OGL-UK-3.0", ""), Duration.ofHours(1),
            true, true);
        try (Crawler crawler = new Crawler(cfg, CrawlStateStore.inMemory())) {
            HarvestPipeline pipeline = new HarvestPipeline(crawler::harvest, flakyIndexer, log);

            assertEquals("failed", pipeline.run(source).outcome(), "the indexer threw");
            assertEquals("ok", pipeline.run(source).outcome());
            assertEquals(List.of(1), ingestedPostings, "the item reached the indexer on the second poll");
            assertEquals("", conditions.get(1), "no If-None-Match with an ETag the indexer never committed");

            assertEquals("not_modified", pipeline.run(source).outcome(), "committed, so now the ETag is sent");
            assertEquals(ETAG, conditions.get(2));
        }
    }
}
