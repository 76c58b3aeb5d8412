package org.joinedup.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Scripted loopback faults: every one ends as a recorded error with a reason, quickly. */
@Timeout(20)
class CrawlerFaultsTest {
    static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Jobs</title>"
        + "<language>en-gb</language><item><title>Gardener</title><link>https://council.example/jobs/1</link>"
        + "<guid>job-1</guid><description>Keep the parks tidy.</description><category>Parks</category>"
        + "<pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>";

    private ScriptedServer server;
    private Crawler crawler;

    @BeforeEach
    void up() throws Exception {
        server = new ScriptedServer();
        crawler = new Crawler(TestConfigs.loopback(), CrawlStateStore.inMemory());
    }

    @AfterEach
    void down() throws Exception {
        crawler.close();
        server.close();
    }

    private Harvest harvest(String path) {
        return crawler.harvest(TestConfigs.source("t", server.url(path), SourceFormat.FEED));
    }

    private static CrawlError only(Harvest h) {
        assertEquals(1, h.errors().size(), () -> "errors: " + h.errors());
        assertFalse(h.complete());
        assertTrue(h.postings().isEmpty());
        return h.errors().get(0);
    }

    @Test
    void goodFeedParsesAndIsComplete() {
        server.text("/feed.xml", 200, "application/rss+xml", RSS);
        Harvest h = harvest("/feed.xml");
        assertTrue(h.ok(), () -> h.errors().toString());
        assertTrue(h.complete());
        Posting p = h.postings().get(0);
        assertEquals("job-1", p.sourceRef());
        assertEquals("Gardener", p.title());
        assertEquals("en-gb", p.language());
        assertEquals("Parks", p.occupations().get(0).label());
        assertEquals(SourceFormat.FEED, p.format());
    }

    @Test
    void serverErrorIsRecorded() {
        server.text("/feed.xml", 500, "text/plain", "boom");
        CrawlError e = only(harvest("/feed.xml"));
        assertEquals(CrawlError.Stage.FETCH, e.stage());
        assertEquals("HTTP 500", e.reason());
        assertEquals(500, crawler.health("t").orElseThrow().lastHttpStatus());
    }

    @Test
    void redirectLoopStopsAfterFiveHops() {
        server.route("/loop", (req, resp, cb) -> {
            resp.setStatus(302);
            resp.getHeaders().put(HttpHeader.LOCATION, "/loop");
            cb.succeeded();
        });
        CrawlError e = only(harvest("/loop"));
        assertEquals(CrawlError.Stage.LIMIT, e.stage());
        assertTrue(e.reason().contains("more than 5 redirects"), e.reason());
        assertEquals(6, server.count("/loop"));
    }

    @Test
    void redirectToNonHttpSchemeOrPrivateAddressIsRefused() {
        server.route("/file", (req, resp, cb) -> {
            resp.setStatus(301);
            resp.getHeaders().put(HttpHeader.LOCATION, "file:///etc/passwd");
            cb.succeeded();
        });
        server.route("/meta", (req, resp, cb) -> {
            resp.setStatus(302);
            resp.getHeaders().put(HttpHeader.LOCATION, "http://169.254.169.254/latest/meta-data/");
            cb.succeeded();
        });
        CrawlError file = only(harvest("/file"));
        assertEquals(CrawlError.Stage.SSRF, file.stage());
        assertTrue(file.reason().contains("scheme"), file.reason());
        CrawlError meta = only(harvest("/meta"));
        assertEquals(CrawlError.Stage.SSRF, meta.stage());
        assertTrue(meta.reason().contains("link-local"), meta.reason());
    }

    @Test
    void gzipBombStopsAtTheDecompressedCap() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) gz.write(zeros); // 64 MiB of zeros, ~64 KiB on the wire
        }
        server.bytes("/bomb.xml", 200, "application/rss+xml", zipped.toByteArray(), Map.of("Content-Encoding", "gzip"));
        CrawlError e = only(harvest("/bomb.xml"));
        assertEquals(CrawlError.Stage.LIMIT, e.stage());
        assertTrue(e.reason().contains("5 MiB after decompression"), e.reason());
    }

    @Test
    void gzippedFeedIsDecoded() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(RSS.getBytes(StandardCharsets.UTF_8));
        }
        server.bytes("/feed.xml", 200, "application/rss+xml", zipped.toByteArray(), Map.of("Content-Encoding", "gzip"));
        assertEquals(1, harvest("/feed.xml").postings().size());
    }

    @Test
    void truncatedBodyIsAFetchError() {
        server.route("/cut.xml", (req, resp, cb) -> {
            resp.setStatus(200);
            resp.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/rss+xml");
            resp.getHeaders().put(HttpHeader.CONTENT_LENGTH, "10000");
            resp.write(false, ByteBuffer.wrap(RSS.substring(0, 100).getBytes(StandardCharsets.UTF_8)),
                Callback.from(() -> cb.failed(new RuntimeException("cut")), cb::failed));
        });
        CrawlError e = only(harvest("/cut.xml"));
        assertEquals(CrawlError.Stage.FETCH, e.stage());
    }

    @Test
    void slowDripHitsTheTotalDeadline() {
        server.slowDrip("/drip.xml", Duration.ofMillis(200), 100);
        long t0 = System.nanoTime();
        CrawlError e = only(harvest("/drip.xml"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(CrawlError.Stage.LIMIT, e.stage(), e.reason());
        assertTrue(e.reason().contains("deadline"), e.reason());
        assertTrue(ms < 6000, "took " + ms + " ms");
    }

    @Test
    void wrongContentTypeAndCharsetStillParse() {
        byte[] latin1 = RSS.replace("UTF-8", "ISO-8859-1").replace("Gardener", "Jardinière")
            .getBytes(StandardCharsets.ISO_8859_1);
        server.bytes("/feed.xml", 200, "text/html", latin1, Map.of());
        Harvest h = harvest("/feed.xml");
        assertTrue(h.ok(), () -> h.errors().toString());
        assertEquals("Jardinière", h.postings().get(0).title());
    }

    @Test
    void htmlErrorPageInsteadOfFeedIsAParseError() {
        server.text("/feed.xml", 200, "application/rss+xml", "<html><body>Maintenance</body></html>");
        Harvest h = harvest("/feed.xml");
        assertTrue(h.postings().isEmpty());
        assertTrue(h.complete(), "an HTML page without JobPostings is read in full but has no items");
    }

    @Test
    void robotsDisallowedIsNeverRequested() {
        server.text("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        server.text("/private/feed.xml", 200, "application/rss+xml", RSS);
        CrawlError e = only(harvest("/private/feed.xml"));
        assertEquals(CrawlError.Stage.ROBOTS, e.stage());
        assertTrue(e.reason().contains("robots.txt"));
        assertEquals(0, server.count("/private/feed.xml"));
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() throws Exception {
        server.text("/feed.xml", 200, "application/rss+xml", RSS);
        try (Crawler strict = new Crawler(TestConfigs.loopback().withAllowLoopback(false), CrawlStateStore.inMemory())) {
            for (String host : new String[] {"127.0.0.1", "localhost", "[::1]"}) {
                Harvest h = strict.harvest(TestConfigs.source("t", "http://" + host + ":" + server.port() + "/feed.xml",
                    SourceFormat.FEED));
                assertEquals(CrawlError.Stage.SSRF, only(h).stage(), host);
            }
        }
        assertEquals(0, server.count("/feed.xml"));
    }

    @Test
    void conditionalGetRecordsNotModifiedRatio() {
        server.withEtag("/feed.xml", "application/rss+xml", RSS, "\"v1\"");
        Harvest first = harvest("/feed.xml");
        crawler.acknowledge(first);
        Harvest second = harvest("/feed.xml");
        assertTrue(first.complete());
        assertTrue(second.notModified());
        assertTrue(second.ok());
        assertFalse(second.complete());
        assertTrue(second.postings().isEmpty());
        assertEquals("\"v1\"", server.seen().stream().filter(s -> s.path().equals("/feed.xml")).toList().get(1).ifNoneMatch());
        SourceHealth health = crawler.health("t").orElseThrow();
        assertEquals(2, health.fetches());
        assertEquals(1, health.notModified());
        assertEquals(0.5, health.notModifiedRatio());
        assertEquals(1, health.itemsFound());
        assertEquals(304, health.lastHttpStatus());
    }

    @Test
    void unacknowledgedHarvestLeavesNoValidatorsSoTheNextPollIsAFullGet() {
        server.withEtag("/feed.xml", "application/rss+xml", RSS, "\"v1\"");
        Harvest lost = harvest("/feed.xml"); // e.g. the indexer threw, or the service crashed before committing
        assertEquals(Map.of(server.url("/feed.xml"), new CrawlStateStore.Validators("\"v1\"", null)),
            lost.validators(), "the harvest carries its validators until acknowledged");
        Harvest again = harvest("/feed.xml");
        assertFalse(again.notModified());
        assertEquals(1, again.postings().size(), "the items come again");
        List<ScriptedServer.Seen> feed = server.seen().stream().filter(s -> s.path().equals("/feed.xml")).toList();
        assertEquals(null, feed.get(1).ifNoneMatch(), "no If-None-Match with an unacknowledged ETag");
        crawler.acknowledge(again);
        assertTrue(harvest("/feed.xml").notModified());
        assertEquals("\"v1\"", server.seen().stream().filter(s -> s.path().equals("/feed.xml")).toList().get(2)
            .ifNoneMatch());
    }

    @Test
    void previewSavesNothing() {
        server.withEtag("/feed.xml", "application/rss+xml", RSS, "\"v1\"");
        Harvest p = crawler.preview(TestConfigs.source("t", server.url("/feed.xml"), SourceFormat.FEED));
        assertEquals(1, p.postings().size());
        assertTrue(crawler.health("t").isEmpty());
        Harvest h = harvest("/feed.xml");
        assertFalse(h.notModified(), "no validators were saved by the preview");
    }
}
