package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.joinedup.api.config.ApiConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 hostile search requests (the injection lists of testdata/adversarial/query in every parameter,
 * plus generated huge booleans, wildcards, regexes, deep pages, giant strings and bad UTF-8) against the real
 * server: every one is either served normally (200, a search result) or refused with 400 and the JSON error
 * body, 99 % of refusals are fast, and a normal client searching at the same time keeps getting answers.
 */
@Timeout(240)
class AdversarialQueryIT {

    private static final Path QUERY_CORPUS = TestData.path("adversarial/query");
    private static final int TOTAL = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final List<String> PARAMS = List.of("q", "q", "q", "employer", "region", "occupation", "place",
        "sort", "page", "size", "cursor", "salaryMin", "posted", "closingAfter", "lat", "language", "salaryBand");

    @TempDir
    static Path dataDir;
    private static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        // quotas are tested elsewhere; here every hostile request must reach the search code
        demo = DemoServer.start(dataDir, Duration.ofSeconds(180),
            c -> c.withApi(new ApiConfig(10_000_000, 10_000_000)));
    }

    @AfterAll
    static void stop() {
        if (demo != null) demo.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Query strings (already encoded) for /api/v1/vacancies. */
    static List<String> hostileQueries() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(QUERY_CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
                    if (!line.isBlank()) lines.add(line);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String p : PARAMS) out.add(p + "=" + enc(line));
        }
        Random r = new Random(20261123);
        List<String> generated = List.of(
            "q=" + enc("*urse"), "q=" + enc("?urse"), "q=" + enc("*"), "q=" + enc("**"), "q=" + enc("n*"),
            "q=" + enc("nur*se"), "q=" + enc("/.*/"), "q=" + enc("/[a-z]+/ nurse"), "q=" + enc("nurse~2"),
            "q=" + enc("title:nurse"), "q=" + enc("\"unbalanced"), "q=" + enc("((((((((((nurse"),
            "q=" + enc(")))))"), "q=" + enc("-"), "q=" + enc("-nurse"), "q=" + enc("OR OR OR"),
            "q=" + enc("nurse AND"), "q=" + enc("\\"), "q=" + enc("\u0000"), "q=" + enc("\uFEFF\u202E nurse"),
            "page=10001", "page=100&size=100", "page=101&size=100", "page=0", "page=-1", "page=1e9",
            "page=99999999999999999999", "size=0", "size=101", "size=1000000", "size=NaN",
            "cursor=" + "A".repeat(2001), "cursor=%00", "radius=100&lat=91&lon=0", "lat=52&lon=181&radius=5",
            "lat=52&radius=5", "radius=-5&place=Harrogate", "place=Atlantis&radius=5", "sort=distance",
            "sort=" + enc("date; DROP TABLE"), "salaryMin=1e400", "salaryMin=-1", "salaryMax=0&salaryMin=5",
            "currency=eur", "currency=XXXX", "salaryBand=9-1", "salaryBand=abc", "posted=0", "posted=366",
            "closingAfter=2026-13-45", "closingAfter=yesterday", "language=" + enc("en' OR 1=1"),
            "unknown=1", "q=a&q=b", "employer=" + "x".repeat(201),
            "q=" + "n".repeat(20_000), "employer=" + enc("ø".repeat(10_000)),
            "q=%C3%28", "q=%FF", "q=%E0%A4", "q=%ED%A0%80", "q=%C0%AF", "q=%F4%90%80%80", "q=%", "q=%zz",
            "q=100%25", "employer=%C3%28", "place=%FF%FE",
            "q=\u00ff\u00fe", "q=nurse\u00c3\u0028", "q=%%%", "q=%u0041", "employer=\u0080\u0081");
        out.addAll(generated);
        while (out.size() < TOTAL) {
            switch (r.nextInt(7)) {
                case 0 -> { // huge boolean: too many terms or too long
                    int n = 30 + r.nextInt(400);
                    StringBuilder q = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        if (i > 0) q.append(r.nextBoolean() ? " OR " : " ");
                        q.append(r.nextBoolean() ? "-" : "").append(word(r));
                    }
                    out.add("q=" + enc(q.toString()));
                }
                case 1 -> out.add("q=" + enc((r.nextBoolean() ? "*" : "?") + word(r))
                    + (r.nextBoolean() ? "&sort=date" : ""));
                case 2 -> out.add("page=" + (1 + r.nextInt(20_000)) + "&size=" + (1 + r.nextInt(150)));
                case 3 -> out.add("q=" + enc(word(r).repeat(100 + r.nextInt(500)))); // giant strings
                case 4 -> out.add("q=" + badUtf8(r) + enc(word(r)));
                case 5 -> out.add(PARAMS.get(r.nextInt(PARAMS.size())) + "="
                    + enc(lines.get(r.nextInt(lines.size())) + " " + word(r)));
                default -> {
                    StringBuilder q = new StringBuilder();
                    int n = 1 + r.nextInt(60);
                    for (int i = 0; i < n; i++) q.append((char) (0x20 + r.nextInt(0x2FFF)));
                    out.add("q=" + enc(q.toString()));
                }
            }
        }
        Collections.shuffle(out, r);
        return out.subList(0, TOTAL);
    }

    private static final String[] WORDS = {"nurse", "teacher", "verpleegkundige", "sygeplejerske", "hoitaja",
        "engineer", "library", "medewerker", "social", "care", "cleaner", "driver", "pædagog", "opettaja"};

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String badUtf8(Random r) {
        String[] bad = {"%C3%28", "%A0%A1", "%E2%28%A1", "%E2%82%28", "%F0%28%8C%BC", "%F8%A1%A1%A1%A1", "%FF",
            "%C0%80", "%ED%BF%BF", "%E0%80%AF"};
        return bad[r.nextInt(bad.length)];
    }

    /**
     * @param nanos       round trip measured by this client (includes its own queueing on a 2-core machine
     *                    shared with the server and two more client threads)
     * @param serverNanos the server's own time, from its {@code Server-Timing} header; -1 when it sent none
     */
    private record Outcome(String query, int status, long nanos, long serverNanos, String body) {
    }

    @Test
    void everyHostileRequestIsServedOrRefusedFastWhileNormalSearchesGoOn() throws Exception {
        List<String> queries = hostileQueries();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        // warm the JIT and the searcher with ordinary requests first, outside the measured run
        for (int i = 0; i < 200; i++) send(http, "q=" + word(new Random(i)) + "&page=" + (1 + i % 3));

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        List<Long> probe = Collections.synchronizedList(new ArrayList<>());
        List<String> probeFailures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<?> normal = pool.submit(() -> {
            Random r = new Random(7);
            while (flooding.get()) {
                try {
                    Outcome o = send(http, "q=" + word(r) + "&sort=date");
                    probe.add(o.nanos());
                    if (o.status() != 200) probeFailures.add(o.status() + " " + o.body());
                    Thread.sleep(20);
                } catch (Exception e) {
                    probeFailures.add(e.toString());
                }
            }
            return null;
        });
        List<Future<?>> flood = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int shard = t;
            flood.add(pool.submit(() -> {
                for (int i = shard; i < queries.size(); i += 2) outcomes.add(send(http, queries.get(i)));
                return null;
            }));
        }
        for (Future<?> f : flood) f.get();
        flooding.set(false);
        normal.get();
        pool.shutdown();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<Long> refused = new ArrayList<>();
        List<Long> refusedServer = new ArrayList<>();
        List<Long> served = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int tooLong = 0;
        for (Outcome o : outcomes) {
            byStatus.merge(o.status(), 1, Integer::sum);
            if (o.status() == 400) {
                refused.add(o.nanos());
                if (o.serverNanos() < 0) wrong.add("400 without Server-Timing for " + abbreviate(o.query()));
                else refusedServer.add(o.serverNanos());
                JsonNode error = JSON.readTree(o.body()).path("error");
                if (error.path("status").asInt() != 400 || error.path("code").asText().isEmpty()
                    || error.path("message").asText().isEmpty()) {
                    wrong.add("400 without the JSON error body for " + o.query() + ": " + o.body());
                }
            } else if (o.status() == 200) {
                served.add(o.nanos());
                if (!JSON.readTree(o.body()).has("total")) wrong.add("200 without a result for " + o.query());
            } else if ((o.status() == 414 || o.status() == 431) && o.query().length() > 16 * 1024) {
                tooLong++; // refused by Jetty before the API: still the JSON error body
                if (JSON.readTree(o.body()).path("error").path("status").asInt() != o.status()) {
                    wrong.add(o.status() + " without the JSON error body: " + abbreviate(o.body()));
                }
            } else {
                wrong.add(o.status() + " for " + abbreviate(o.query()) + ": " + abbreviate(o.body()));
            }
        }
        System.out.printf("adversarial queries: %d sent, by status %s%n", outcomes.size(), byStatus);
        System.out.printf("refused (400): %s; the server's own time (Server-Timing): %s%n", stats(refused),
            stats(refusedServer));
        outcomes.stream().filter(o -> o.status() == 400)
            .sorted(Comparator.comparingLong(Outcome::serverNanos).reversed()).limit(5)
            .forEach(o -> System.out.printf("  slow refusal: server %.1f ms, client %.1f ms: %.120s%n",
                o.serverNanos() / 1e6, o.nanos() / 1e6, o.query()));
        System.out.printf("served  (200): %s%n", stats(served));
        System.out.printf("normal client during the flood: %s, failures %d%n", stats(probe), probeFailures.size());

        assertEquals(TOTAL, outcomes.size());
        assertEquals(2, tooLong, "the two request lines over 16 KiB are refused by Jetty with 414");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong answers, e.g. " + wrong.subList(0,
            Math.min(5, wrong.size())));
        assertTrue(refused.size() > TOTAL / 4, "most hostile requests should be refused: " + byStatus);
        // 99 % of refusals take the server under 50 ms. The slowest single one is a figure, not a check: one GC
        // pause or a neighbour's burst on a shared 2-core machine decides it, not the code (57.9 ms once, p99 5.7).
        System.out.printf("slowest refusal (reported, not asserted): server %.1f ms, client %.1f ms%n",
            percentile(refusedServer, 1.0), percentile(refused, 1.0));
        assertTrue(percentile(refusedServer, 0.99) < 50, () -> "400s p99 must be < 50 ms of server time: "
            + stats(refusedServer));
        assertTrue(probeFailures.isEmpty(), () -> "normal client failed: " + probeFailures);
        assertTrue(probe.size() >= 20, "normal client ran during the flood");
        assertTrue(percentile(probe, 0.99) < 1_000, () -> "normal client p99 must stay < 1 s: " + stats(probe));
    }

    private static Outcome send(HttpClient http, String query) throws Exception {
        URI uri;
        try {
            uri = demo.base().resolve("/api/v1/vacancies?" + query);
        } catch (IllegalArgumentException notAUri) { // e.g. "%zz" or raw bytes: java.net.URI refuses to send it
            return sendRaw(query);
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json").build();
        long t0 = System.nanoTime();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        return new Outcome(query, res.statusCode(), nanos,
            serverNanos(res.headers().firstValue("Server-Timing").orElse("")), res.body());
    }

    /** One HTTP/1.1 GET over a plain socket with the query bytes exactly as given (ISO-8859-1 = raw bytes). */
    private static Outcome sendRaw(String query) throws IOException {
        long t0 = System.nanoTime();
        try (Socket socket = new Socket(demo.base().getHost(), demo.base().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/vacancies?" + query + " HTTP/1.1\r\nHost: " + demo.base().getAuthority()
                + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            int status = Integer.parseInt(head.substring(9, 12));
            byte[] body = Arrays.copyOfRange(all, split + 4, all.length);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) body = unchunk(body);
            String timing = head.lines().filter(h -> h.regionMatches(true, 0, "Server-Timing:", 0, 14))
                .map(h -> h.substring(14).strip()).findFirst().orElse("");
            return new Outcome(query, status, System.nanoTime() - t0, serverNanos(timing),
                new String(body, StandardCharsets.UTF_8));
        }
    }

    /** Nanoseconds from a {@code Server-Timing: app;dur=<ms>} value; -1 when absent. */
    private static long serverNanos(String timing) {
        Matcher m = SERVER_TIMING.matcher(timing);
        return m.find() ? Math.round(Double.parseDouble(m.group(1)) * 1e6) : -1;
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int eol = i;
            while (eol + 1 < chunked.length && !(chunked[eol] == '\r' && chunked[eol + 1] == '\n')) eol++;
            String sizeLine = new String(chunked, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) break;
            out.write(chunked, eol + 2, size);
            i = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static String stats(List<Long> nanos) {
        return String.format("n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", nanos.size(), percentile(nanos, 0.5),
            percentile(nanos, 0.99), percentile(nanos, 1.0));
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
