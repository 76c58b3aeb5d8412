package org.joinedup.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Compression bombs beyond the plain gzip one of CrawlerFaultsTest: deflate, a stream of many small gzip
 * members (each 1 MiB, together 16 MiB), and stacked encodings (gzip inside gzip). Each must stop at the
 * 5 MiB decompressed cap, quickly, with nothing parsed. Two stacked layers are decoded (as browsers do), three
 * are refused.
 */
@Timeout(30)
class DecompressionBombTest {
    private static final int MIB = 1 << 20;
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

    private interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    private static byte[] zeros(Compressor c, int mib, int members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[MIB];
        for (int m = 0; m < members; m++) {
            try (OutputStream z = c.wrap(new NonClosing(out))) {
                for (int i = 0; i < mib / members; i++) z.write(block);
            }
        }
        return out.toByteArray();
    }

    private CrawlError harvestError(byte[] body, String encoding) {
        server.bytes("/bomb.xml", 200, "application/rss+xml", body, Map.of("Content-Encoding", encoding));
        long t0 = System.nanoTime();
        Harvest h = crawler.harvest(TestConfigs.source("bomb", server.url("/bomb.xml"), SourceFormat.FEED));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertFalse(h.complete());
        assertTrue(h.postings().isEmpty());
        assertEquals(1, h.errors().size(), h.errors()::toString);
        assertTrue(ms < 10_000, "took " + ms + " ms");
        return h.errors().get(0);
    }

    @Test
    void deflateBombStopsAtTheCap() throws Exception {
        byte[] bomb = zeros(DeflaterOutputStream::new, 16, 1);
        assertTrue(bomb.length < 1 * MIB, "wire size " + bomb.length);
        CrawlError e = harvestError(bomb, "deflate");
        assertEquals(CrawlError.Stage.LIMIT, e.stage(), e.reason());
        assertTrue(e.reason().contains("after decompression"), e.reason());
    }

    @Test
    void manySmallGzipMembersStopAtTheCap() throws Exception {
        byte[] bomb = zeros(GZIPOutputStream::new, 16, 16);
        CrawlError e = harvestError(bomb, "gzip");
        assertEquals(CrawlError.Stage.LIMIT, e.stage(), e.reason());
        assertTrue(e.reason().contains("after decompression"), e.reason());
    }

    @Test
    void stackedEncodingsStillStopAtTheCap() throws Exception {
        byte[] inner = zeros(GZIPOutputStream::new, 8, 1);
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(outer)) {
            gz.write(inner);
        }
        CrawlError e = harvestError(outer.toByteArray(), "gzip, gzip");
        // BodyReader undoes both layers itself; the cap applies to the final bytes
        assertEquals(CrawlError.Stage.LIMIT, e.stage(), e.reason());
        assertTrue(e.reason().contains("after decompression"), e.reason());
    }

    private static byte[] gzip(byte[] in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(in);
        }
        return out.toByteArray();
    }

    @Test
    void twoStackedLayersOfAFeedAreBothDecoded() throws Exception {
        byte[] body = gzip(gzip(CrawlerFaultsTest.RSS.getBytes(StandardCharsets.UTF_8)));
        server.bytes("/feed.xml", 200, "application/rss+xml", body, Map.of("Content-Encoding", "gzip, gzip"));
        Harvest h = crawler.harvest(TestConfigs.source("stacked", server.url("/feed.xml"), SourceFormat.FEED));
        assertTrue(h.ok(), h.errors()::toString);
        assertEquals("Gardener", h.postings().get(0).title());
    }

    @Test
    void threeStackedLayersAreRefusedWithAReason() throws Exception {
        // also shows the HTTP client strips no layer on its own: BodyReader sees all three
        byte[] body = gzip(gzip(gzip(CrawlerFaultsTest.RSS.getBytes(StandardCharsets.UTF_8))));
        CrawlError e = harvestError(body, "gzip, gzip, gzip");
        assertEquals(CrawlError.Stage.FETCH, e.stage(), e.reason());
        assertEquals("refused Content-Encoding: more than 2 layers (gzip, gzip, gzip)", e.reason());
    }

    /** Lets each gzip member finish without closing the shared buffer. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
