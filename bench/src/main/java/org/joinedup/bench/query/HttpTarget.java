package org.joinedup.bench.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.SearchRequest;

/**
 * The real search server ({@code org.joinedup.api.Main}) in its own JVM, as it runs in production, on a
 * loopback port over a prebuilt index (no sources, no harvest), driven by java.net.http with one connection
 * pool; a request maps onto {@code GET /api/v1/vacancies?...} with the same parameters (every request of the
 * mix can be expressed). Running the server inside the bench JVM made it share heap and GC with the load
 * generator and the baseline's reader, which on the 1M index added a fifth to its p99.
 */
final class HttpTarget implements LoadRunner.Target, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<SearchRequest.Sort, String> SORTS = Map.of(SearchRequest.Sort.RELEVANCE, "relevance",
        SearchRequest.Sort.DATE_POSTED, "date", SearchRequest.Sort.CLOSING_DATE, "closing",
        SearchRequest.Sort.SALARY, "salary", SearchRequest.Sort.DISTANCE, "distance");
    /** Heap of the server JVM; {@code BENCH_SERVER_HEAP} overrides it. */
    private static final String SERVER_HEAP = System.getenv().getOrDefault("BENCH_SERVER_HEAP", "4g");
    private static final Duration START_DEADLINE = Duration.ofMinutes(5);

    private final Process server;
    private final HttpClient client;
    private final String base;

    HttpTarget(Path indexDir, Path dataDir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path config = dataDir.resolve("bench.yaml");
        Files.writeString(config, """
            server:
              host: 127.0.0.1
              port: %d
            dataDir: "%s"
            index:
              dir: "%s"
            crawler:
              harvestOnStart: false
            api:
              anonymousPerMinute: 1000000000
            sources: []
            """.formatted(port, dataDir.toAbsolutePath(), indexDir.toAbsolutePath()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        server = new ProcessBuilder(java.toString(), "-Xms" + SERVER_HEAP, "-Xmx" + SERVER_HEAP,
            "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
            "-Dlogback.configurationFile=logback-bench.xml", "-cp", System.getProperty("java.class.path"),
            "org.joinedup.api.Main", "--config", config.toString())
            .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        base = "http://127.0.0.1:" + port + "/";
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(2, r -> new Thread(r, "bench-http-client"))).build();
        awaitReady(dataDir);
    }

    private void awaitReady(Path dataDir) throws Exception {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                close();
                throw new IOException("server exited with " + server.exitValue() + "; see " + dataDir.resolve("server.log"));
            }
            try {
                // Search answers at once after a start; the timed phases wait until the server has also read back
                // the dedup signatures (all cores, most of a minute at 1M), so they measure a server at rest.
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/status"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && JSON.readTree(r.body()).path("ingestReady").asBoolean()) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IOException("server did not answer within " + START_DEADLINE + "; see " + dataDir.resolve("server.log"));
    }

    @Override
    public long run(SearchRequest r) throws IOException, InterruptedException {
        HttpResponse<byte[]> resp = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/vacancies?" + query(r)))
            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) {
            throw new IOException("HTTP " + resp.statusCode() + ": " + new String(resp.body(), StandardCharsets.UTF_8));
        }
        return resp.body().length;
    }

    private static String query(SearchRequest r) {
        StringJoiner q = new StringJoiner("&");
        add(q, "q", List.of(r.query()));
        for (Dimension d : Dimension.values()) add(q, d.facet(), r.filter(d));
        if (r.postedWithinDays() != null) add(q, "posted", List.of(String.valueOf(r.postedWithinDays())));
        if (r.closingAfter() != null) add(q, "closingAfter", List.of(r.closingAfter().toString()));
        if (r.salaryMin() != null) add(q, "salaryMin", List.of(String.valueOf(r.salaryMin())));
        if (r.salaryMax() != null) add(q, "salaryMax", List.of(String.valueOf(r.salaryMax())));
        if (r.salaryCurrency() != null) add(q, "currency", List.of(r.salaryCurrency()));
        if (r.geo() != null) {
            add(q, "lat", List.of(String.valueOf(r.geo().lat())));
            add(q, "lon", List.of(String.valueOf(r.geo().lon())));
            add(q, "radius", List.of(String.valueOf(r.geo().radiusKm())));
        }
        add(q, "sort", List.of(SORTS.get(r.sort())));
        add(q, "page", List.of(String.valueOf(r.page())));
        add(q, "size", List.of(String.valueOf(r.size())));
        return q.toString();
    }

    private static void add(StringJoiner q, String name, List<String> values) {
        for (String v : values) {
            if (!v.isEmpty()) q.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
    }
}
