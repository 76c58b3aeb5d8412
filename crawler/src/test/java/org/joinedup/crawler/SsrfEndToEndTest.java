package org.joinedup.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SSRF table end to end: whole source URLs, each a spelling of this machine or a non-HTTP scheme, given
 * to {@link Crawler#harvest} with loopback not allowed. A loopback server listens on the port they all name,
 * so any bypass would show up as a request there; none may arrive and each harvest records an SSRF error.
 * (Private, link-local and metadata literals are refused by the resolver table in AddressPolicyTest; they
 * are not fetched here because a bypass would send traffic off this machine.)
 */
@Timeout(60)
class SsrfEndToEndTest {
    private static ScriptedServer server;
    private static Crawler crawler;

    @BeforeAll
    static void up() throws Exception {
        server = new ScriptedServer();
        server.text("/feed.xml", 200, "application/rss+xml", CrawlerFaultsTest.RSS);
        crawler = new Crawler(TestConfigs.loopback().withAllowLoopback(false), CrawlStateStore.inMemory());
    }

    @AfterAll
    static void down() throws Exception {
        crawler.close();
        assertEquals(List.of(), server.seen(), "a refused target was requested anyway");
        server.close();
    }

    static Stream<String> targets() {
        return Stream.of(
            // loopback, every spelling
            "http://127.0.0.1:P/feed.xml", "http://127.1:P/feed.xml", "http://127.0.1:P/feed.xml",
            "http://2130706433:P/feed.xml", "http://0x7f000001:P/feed.xml", "http://0x7f.0x0.0x0.0x1:P/feed.xml",
            "http://0177.0.0.1:P/feed.xml", "http://0177.1:P/feed.xml", "http://017700000001:P/feed.xml",
            "http://127.000.000.001:P/feed.xml", "http://127.0.0.1.:P/feed.xml", "http://127.0.0.2:P/feed.xml",
            "http://127.255.255.254:P/feed.xml", "http://localhost:P/feed.xml", "http://localhost.:P/feed.xml",
            "http://LOCALHOST:P/feed.xml", "http://LocalHost:P/feed.xml", "http://[::1]:P/feed.xml",
            "http://[0:0:0:0:0:0:0:1]:P/feed.xml", "http://[::ffff:127.0.0.1]:P/feed.xml",
            "http://[::ffff:7f00:1]:P/feed.xml", "http://[::127.0.0.1]:P/feed.xml", "http://[2002:7f00:1::]:P/feed.xml",
            "http://[64:ff9b::7f00:1]:P/feed.xml",
            // "any address" connects to this machine too
            "http://0.0.0.0:P/feed.xml", "http://0:P/feed.xml", "http://0x0:P/feed.xml", "http://[::]:P/feed.xml",
            // user-info, fragment and query tricks
            "http://user@127.0.0.1:P/feed.xml", "http://user:pass@127.0.0.1:P/feed.xml",
            "http://council.example@127.0.0.1:P/feed.xml", "http://127.0.0.1:P/feed.xml#@council.example/",
            "http://127.0.0.1:P/feed.xml?@council.example/", "https://127.0.0.1:P/feed.xml",
            "HTTP://127.0.0.1:P/feed.xml",
            // other schemes
            "file:///etc/passwd", "file://localhost/etc/passwd", "ftp://127.0.0.1:P/feed.xml",
            "gopher://127.0.0.1:P/_GET%20/feed.xml", "jar:http://127.0.0.1:P/feed.jar!/feed.xml",
            "dict://127.0.0.1:P/info", "ldap://127.0.0.1:P/o=x", "netdoc:///etc/passwd", "data:text/xml,%3Crss/%3E",
            "ws://127.0.0.1:P/feed.xml");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void refused(String target) {
        String url = target.replace(":P/", ":" + server.port() + "/");
        Harvest h = crawler.harvest(TestConfigs.source("ssrf", url, SourceFormat.FEED));
        assertFalse(h.complete(), url);
        assertTrue(h.postings().isEmpty(), url);
        assertEquals(0, h.httpStatus(), url + " got an HTTP answer");
        assertEquals(1, h.errors().size(), () -> url + ": " + h.errors());
        CrawlError e = h.errors().get(0);
        // "localhost." passes the URL rules and is refused when robots.txt is fetched (resolved to loopback);
        // a robots.txt that cannot be fetched safely disallows the site, so it ends as a ROBOTS error.
        assertTrue(e.stage() == CrawlError.Stage.SSRF || e.stage() == CrawlError.Stage.ROBOTS,
            () -> url + ": " + e.stage() + " " + e.reason());
        assertEquals(List.of(), server.seen(), url + " reached the loopback server");
    }
}
