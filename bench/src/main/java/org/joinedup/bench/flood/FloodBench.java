package org.joinedup.bench.flood;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.api.JoinedUpServer;
import org.joinedup.api.access.ApiKeyRepository;
import org.joinedup.api.config.ApiConfig;
import org.joinedup.api.config.AppConfig;
import org.joinedup.api.config.ConfigLoader;
import org.joinedup.api.persistence.Database;
import org.joinedup.bench.measure.Latencies;
import org.joinedup.bench.measure.MachineNote;

/**
 * Rate limiting under a flood: the real server on the demo sources with the production default quotas
 * ({@code api.anonymousPerMinute} 120), flooded by {@code wrk} from 127.0.0.1 without a key, while a normal
 * third-party client (its own API key) searches at a steady rate. Reports what the flood got through
 * (must stay within the anonymous quota), what it got refused (429), and the normal client's latency
 * before and during the flood (goal p99 < 200 ms during it).
 *
 * <p>Usage: {@code reliability/flood.sh [seconds=30] [connections=64]}.
 */
public final class FloodBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ANONYMOUS_PER_MINUTE = ApiConfig.DEFAULTS.anonymousPerMinute();
    private static final String[] QUERIES = {"nurse", "teacher", "verpleegkundige", "sygeplejerske", "hoitaja",
        "engineer", "library", "social worker", "pædagog", "opettaja", "cleaner", "care"};

    private FloodBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        System.out.println(MachineNote.describe());
        Path data = Files.createTempDirectory("joinedup-flood");
        AppConfig config = ConfigLoader.load(Path.of("config", "demo", "demo.yaml")).withDataDir(data).withPort(0)
            .withApi(ApiConfig.DEFAULTS);
        JoinedUpServer server = JoinedUpServer.newServer(config);
        server.start();
        int failures = 0;
        try {
            URI base = server.baseUri();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
            awaitHarvest(http, base);
            String key = new ApiKeyRepository(Database.open(config.jdbcUrl(), config.database().user(),
                config.database().password()).dataSource()).create("flood-bench-normal-client", 100_000).key();

            System.out.printf("server %s, anonymous quota %d/min, normal client: own API key, 10 requests/s%n",
                base, ANONYMOUS_PER_MINUTE);
            Latencies quiet = normalClient(http, base, key, Math.min(seconds, 15), null);
            System.out.println("normal client, no flood : " + quiet.summary(Math.min(seconds, 15) * 1_000_000_000L));

            String floodUrl = base.resolve("/api/v1/vacancies?q=nurse").toString();
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                floodUrl).redirectErrorStream(true).start();
            Latencies during = normalClient(http, base, key, seconds, wrk);
            String wrkOut = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            wrk.waitFor(seconds + 30L, TimeUnit.SECONDS);
            System.out.println("normal client, during the flood: " + during.summary(seconds * 1_000_000_000L));

            long total = group(wrkOut, "(\\d+) requests in");
            long refused = group(wrkOut, "Non-2xx or 3xx responses: (\\d+)");
            long through = total - refused;
            // a token bucket of one minute's quota may be full when the flood starts, then refills at quota/min
            long allowed = (long) Math.ceil(ANONYMOUS_PER_MINUTE * (1 + seconds / 60.0));
            System.out.printf("flood (wrk, %d connections, %d s): %,d requests, %,d refused (non-2xx), %,d served;"
                + " quota allows at most %,d%n", connections, seconds, total, refused, through, allowed);
            System.out.println("wrk: " + wrkOut.lines().filter(l -> l.contains("Requests/sec")
                || l.contains("99%") || l.contains("Latency ")).map(String::strip).toList());

            HttpResponse<String> probe = null;
            for (int i = 0; i < 5 && (probe == null || probe.statusCode() != 429); i++) { // bucket refills 2/s
                probe = http.send(HttpRequest.newBuilder(URI.create(floodUrl)).build(),
                    HttpResponse.BodyHandlers.ofString());
            }
            System.out.printf("anonymous request right after the flood: %d, Retry-After=%s, RateLimit-Remaining=%s,"
                + " body=%s%n", probe.statusCode(), probe.headers().firstValue("Retry-After").orElse("-"),
                probe.headers().firstValue("RateLimit-Remaining").orElse("-"),
                probe.body().substring(0, Math.min(160, probe.body().length())));

            failures += check(total > 0, "wrk sent requests");
            failures += check(through <= allowed, "the flood got at most the anonymous quota through");
            failures += check(probe.statusCode() == 429 && probe.headers().firstValue("Retry-After").isPresent(),
                "429 with Retry-After while over quota");
            failures += check(during.count() >= seconds * 5, "normal client kept being answered (200)");
            failures += check(during.percentileMs(99) < 200, "normal client p99 during the flood < 200 ms");
        } finally {
            server.stop();
        }
        System.out.println(failures == 0 ? "RESULT: all goals met" : "RESULT: " + failures + " goal(s) NOT met");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int check(boolean ok, String what) {
        System.out.println((ok ? "  ok   " : "  FAIL ") + what);
        return ok ? 0 : 1;
    }

    /** Searches at 10 requests per second for the given time; any answer but 200 is an error. */
    private static Latencies normalClient(HttpClient http, URI base, String key, int seconds, Process flood)
            throws IOException, InterruptedException {
        Latencies lat = new Latencies();
        Random r = new Random(1);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long next = System.nanoTime();
        List<String> errors = new ArrayList<>();
        while (System.nanoTime() < end && (flood == null || flood.isAlive())) {
            String q = QUERIES[r.nextInt(QUERIES.length)].replace(" ", "+");
            HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/v1/vacancies?q=" + q + "&sort=date"))
                .header("X-API-Key", key).timeout(Duration.ofSeconds(10)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (res.statusCode() == 200) {
                lat.add(took);
            } else {
                errors.add(res.statusCode() + " " + res.body());
            }
            next += 100_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        if (!errors.isEmpty()) System.out.println("normal client errors: " + errors.size() + ", e.g. " + errors.get(0));
        return Latencies.merge(List.of(lat));
    }

    private static void awaitHarvest(HttpClient http, URI base) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            HttpResponse<String> s = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/status")).build(),
                HttpResponse.BodyHandlers.ofString());
            if (s.statusCode() == 200 && JSON.readTree(s.body()).path("firstHarvestComplete").asBoolean()) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException("demo harvest not done within 3 minutes");
    }

    private static long group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
