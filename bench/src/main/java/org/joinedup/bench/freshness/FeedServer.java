package org.joinedup.bench.freshness;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A council RSS 2.0 feed on a loopback port whose items the bench can add to while a crawler polls it.
 */
final class FeedServer implements AutoCloseable {
    /** One feed item. */
    record Item(String guid, String title, String descriptionHtml, Instant published) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-feed-server"));
    private final List<Item> items = new ArrayList<>();
    private volatile byte[] body = new byte[0];

    FeedServer(List<Item> initial) throws IOException {
        items.addAll(initial);
        render();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/vacancies.rss", exchange -> {
            byte[] b = body;
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, b.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(b);
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/vacancies.rss");
    }

    /** Publishes a new item at the top of the feed; the next fetch sees it. */
    synchronized void publish(Item item) {
        items.addFirst(item);
        render();
    }

    private synchronized void render() {
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME;
        StringBuilder sb = new StringBuilder(64 * 1024).append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Benchmark District Council vacancies</title>
            <link>https://bench.example.org/</link><description>Vacancies</description><language>en-gb</language>
            """);
        for (Item i : items) {
            sb.append("<item><guid isPermaLink=\"false\">").append(xml(i.guid())).append("</guid><title>")
                .append(xml(i.title())).append("</title><link>https://bench.example.org/jobs/").append(xml(i.guid()))
                .append("</link><description>").append(xml(i.descriptionHtml())).append("</description><pubDate>")
                .append(rfc.format(i.published().atOffset(ZoneOffset.UTC))).append("</pubDate></item>\n");
        }
        body = sb.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
