package org.joinedup.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "One connection per host": sources on one host harvested at the same moment must never have two requests in
 * flight there, whichever way each source spells the host (127.0.0.1 and the IPv4-mapped [::ffff:127.0.0.1] and
 * [::ffff:7f00:1] are one machine; 127.1 or 2130706433 are no valid URL host at all and are refused earlier).
 */
@Timeout(30)
class OneConnectionPerHostTest {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final CountDownLatch overlap = new CountDownLatch(1);

    /** Holds each request open a while; a second request arriving meanwhile is recorded and ends the hold. */
    private ScriptedServer.Route held(String type, String body) {
        return (req, resp, cb) -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            if (now > 1) overlap.countDown();
            try {
                overlap.await(200, TimeUnit.MILLISECONDS); // scripted server pacing: keep the request in flight
            } finally {
                inFlight.decrementAndGet();
            }
            resp.setStatus(200);
            resp.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            Content.Sink.write(resp, true, body, cb);
        };
    }

    @Test
    void sourcesOnOneHostNeverOverlapHoweverTheHostIsSpelled() throws Exception {
        try (ScriptedServer server = new ScriptedServer();
             Crawler crawler = new Crawler(TestConfigs.loopback(), CrawlStateStore.inMemory())) {
            server.route("/robots.txt", held("text/plain", "User-agent: *\nAllow: /\n"));
            List<String> hosts = List.of("127.0.0.1", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]");
            for (int i = 0; i < hosts.size(); i++) {
                server.route("/feed" + i + ".xml", held("application/rss+xml", CrawlerFaultsTest.RSS));
            }
            ExecutorService pool = Executors.newFixedThreadPool(hosts.size());
            try {
                List<Future<Harvest>> runs = new ArrayList<>();
                for (int i = 0; i < hosts.size(); i++) {
                    Source s = TestConfigs.source("s" + i, "http://" + hosts.get(i) + ":" + server.port() + "/feed" + i
                        + ".xml", SourceFormat.FEED);
                    runs.add(pool.submit(() -> crawler.harvest(s)));
                }
                for (Future<Harvest> run : runs) {
                    Harvest h = run.get(20, TimeUnit.SECONDS);
                    assertTrue(h.ok(), h.errors()::toString);
                    assertEquals(1, h.postings().size());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, maxInFlight.get(), "requests in flight at once on one host");
            assertEquals(hosts.size(), server.seen().stream().filter(s -> s.path().startsWith("/feed")).count());
        }
    }
}
