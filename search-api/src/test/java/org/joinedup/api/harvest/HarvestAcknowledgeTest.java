package org.joinedup.api.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
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

    private Server server;
    private int port;
    /** The If-None-Match header of each feed request, "" when absent. */
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private final List<Integer> ingestedPostings = new ArrayList<>();
    private int ingestCalls;

    @BeforeEach
    void serveFeedWithStableEtag() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request req, Response resp, Callback cb) {
                if (!Request.getPathInContext(req).equals("/feed.xml")) {
                    Response.writeError(req, resp, cb, 404);
                    return true;
                }
                String inm = req.getHeaders().get(HttpHeader.IF_NONE_MATCH);
                conditions.add(inm == null ? "" : inm);
                resp.getHeaders().put(HttpHeader.ETAG, ETAG);
                if (ETAG.equals(inm)) {
                    resp.setStatus(304);
                    cb.succeeded();
                } else {
                    resp.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/rss+xml");
                    Content.Sink.write(resp, true, RSS, cb);
                }
                return true;
            }
        });
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
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
        Source source = new Source("ack", "Ack council", URI.create("http://127.0.0.1:" + port
            + "/feed.xml"), SourceFormat.FEED, null, "GB", "en", new Licence("OGL-UK-3.0", ""), Duration.ofHours(1),
            true, true);
        try (Crawler crawler = new Crawler(cfg, CrawlStateStore.inMemory())) {
            HarvestPipeline pipeline = new HarvestPipeline(crawler::harvest, crawler::acknowledge, flakyIndexer,
                log, added -> { });

            assertEquals("failed", pipeline.run(source).outcome(), "the indexer threw");
            assertEquals("ok", pipeline.run(source).outcome());
            assertEquals(List.of(1), ingestedPostings, "the item reached the indexer on the second poll");
            assertEquals("", conditions.get(1), "no If-None-Match with an ETag the indexer never committed");

            assertEquals("not_modified", pipeline.run(source).outcome(), "committed, so now the ETag is sent");
            assertEquals(ETAG, conditions.get(2));
        }
    }
}
