package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.joinedup.api.admin.AdminTokens;
import org.joinedup.api.config.AppConfig;
import org.joinedup.api.config.ConfigLoader;
import org.joinedup.api.persistence.AdminTokenRepository;
import org.joinedup.api.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API over HTTP on the demo config: bearer tokens and failed-login audit, source lifecycle against a
 * loopback feed (create, validate, crawl, pause, update, delete), publisher push, paged audit, and no CORS.
 */
@Timeout(180)
class AdminIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = "https://elsewhere.example";

    @TempDir
    static Path dataDir;
    static DemoServer demo;
    static HttpServer feed;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feed.createContext("/jobs.rss", ex -> {
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        feed.start();
        demo = DemoServer.start(dataDir, Duration.ofSeconds(120));
        AppConfig config = ConfigLoader.load(DemoServer.DEMO_CONFIG).withDataDir(dataDir);
        // Same JVM, same H2 file URL: this shares the server's open database (what the CLI command does offline).
        Database db = Database.open(config.jdbcUrl(), config.database().user(), config.database().password());
        token = new AdminTokens(new AdminTokenRepository(db), Clock.systemUTC()).create("it-admin");
    }

    @AfterAll
    static void stop() {
        if (demo != null) demo.close();
        if (feed != null) feed.stop(0);
    }

    /** Three fictional vacancies closing next month, so they are open whenever the test runs. */
    private static String rss() {
        String closing = DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().plus(Duration.ofDays(30))
            .atZone(ZoneOffset.UTC));
        String posted = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().minus(Duration.ofDays(1))
            .atZone(ZoneOffset.UTC));
        StringBuilder items = new StringBuilder();
        String[][] jobs = {{"EM-1", "Harbour Master", "Look after the quay at Brixham."},
            {"EM-2", "Lighthouse Engineer", "Maintain lamps and fog signals on the headland."},
            {"EM-3", "Ferry Deckhand", "Crew the river ferry between Dartmouth and Kingswear."}};
        for (String[] j : jobs) {
            items.append("<item><title>").append(j[1]).append("</title><guid isPermaLink=\"false\">").append(j[0])
                .append("</guid><link>http://127.0.0.1:").append(feed.getAddress().getPort()).append("/jobs/")
                .append(j[0]).append("</link><pubDate>").append(posted).append("</pubDate><description>")
                .append(j[2]).append("</description><g:expiration_date>").append(closing)
                .append("</g:expiration_date></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
            + "xmlns:g=\"http://base.google.com/ns/1.0\"><channel><title>Eastmoor jobs</title>"
            + "<link>http://127.0.0.1/</link><description>Fictional</description>" + items + "</channel></rss>";
    }

    private static String feedUrl() {
        return "http://127.0.0.1:" + feed.getAddress().getPort() + "/jobs.rss";
    }

    private static HttpResponse<String> call(String method, String path, String auth, String type, String body)
        throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(demo.base().resolve(path)).timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json").header("Origin", ORIGIN)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        if (type != null) b.header("Content-Type", type);
        HttpResponse<String> r = demo.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (path.startsWith("/api/v1/admin")) {
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "no CORS on admin routes: " + method + " " + path);
        }
        return r;
    }

    private static JsonNode admin(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> r = call(method, path, "Bearer " + token, body == null ? null : "application/json", body);
        if (r.statusCode() != expected) fail(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    private static String source(String id, String url, String format) {
        return "{\"id\":\"" + id + "\",\"council\":\"Eastmoor Harbour Board\"," + (url == null ? ""
            : "\"url\":\"" + url + "\",") + "\"format\":\"" + format + "\",\"region\":\"Devon\",\"country\":\"GB\","
            + "\"language\":\"en\",\"licence\":{\"id\":\"OGL-UK-3.0\",\"attribution\":\"Contains public sector "
            + "information licensed under the Open Government Licence v3.0.\"},\"schedule\":\"PT6H\"}";
    }

    /** Titles found by a public search, polled until the condition holds (the index refreshes every second). */
    private static List<String> searchUntil(String q, Predicate<List<String>> done) throws Exception {
        Instant end = Instant.now().plusSeconds(30);
        List<String> titles = List.of();
        while (Instant.now().isBefore(end)) {
            JsonNode r = demo.getJson("/api/v1/vacancies?q=" + q + "&size=50", 200);
            titles = new ArrayList<>();
            for (JsonNode h : r.path("hits")) titles.add(h.path("title").asText());
            if (done.test(titles)) return titles;
            synchronized (AdminIT.class) {
                AdminIT.class.wait(200); // polling interval; ends as soon as the condition holds
            }
        }
        fail("search '" + q + "' never satisfied the condition; last titles " + titles);
        return titles;
    }

    private static List<String> auditActions(int limit) throws Exception {
        List<String> actions = new ArrayList<>();
        for (JsonNode e : admin("GET", "/api/v1/admin/audit?limit=" + limit, null, 200).path("entries")) {
            actions.add(e.path("action").asText() + " " + e.path("target").asText());
        }
        return actions;
    }

    @Test
    void missingOrWrongTokenIs401WithChallengeAndAudited() throws Exception {
        HttpResponse<String> none = call("GET", "/api/v1/admin/sources", null, null, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("unauthorized", JSON.readTree(none.body()).path("error").path("code").asText());
        HttpResponse<String> wrong = call("POST", "/api/v1/admin/sources/northmere/pause", "Bearer nope-" + token,
            null, null);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertEquals(401, call("GET", "/api/v1/admin/no-such-thing", "Basic YTpi", null, null).statusCode());
        assertEquals("active", admin("GET", "/api/v1/admin/sources/northmere", null, 200).path("status").asText(),
            "the refused pause did nothing");

        JsonNode entries = admin("GET", "/api/v1/admin/audit?limit=500", null, 200).path("entries");
        int failed = 0;
        for (JsonNode e : entries) {
            if (e.path("action").asText().equals("login.failed")) {
                failed++;
                assertEquals("anonymous", e.path("actor").asText());
                assertEquals("127.0.0.1", e.path("remoteAddress").asText());
                assertFalse(e.path("detail").path("reason").asText().isEmpty());
            }
        }
        assertTrue(failed >= 3, "failed logins audited: " + entries);
    }

    @Test
    void sourceLifecycleAgainstALoopbackFeed() throws Exception {
        JsonNode listed = admin("GET", "/api/v1/admin/sources", null, 200);
        assertTrue(listed.path("sources").toString().contains("\"id\":\"northmere\""));
        assertEquals("config", admin("GET", "/api/v1/admin/sources/northmere", null, 200).path("origin").asText());

        JsonNode report = admin("POST", "/api/v1/admin/sources/validate", source("eastmoor", feedUrl(), "AUTO"), 200);
        assertTrue(report.path("ok").asBoolean(), report.toString());
        assertEquals(3, report.path("itemsFound").asInt());
        assertEquals("FEED", report.path("formatDetected").asText());
        assertEquals("Harbour Master", report.path("sample").get(0).path("title").asText());
        JsonNode badUrl = admin("POST", "/api/v1/admin/sources/validate", source("x", "file:///etc/passwd", "FEED"),
            400);
        assertEquals("url", badUrl.path("error").path("parameter").asText());
        assertTrue(searchUntil("harbour", t -> true).stream().noneMatch(t -> t.equals("Harbour Master")),
            "validating saved nothing");

        JsonNode created = admin("POST", "/api/v1/admin/sources", source("eastmoor", feedUrl(), "FEED"), 201);
        assertEquals("admin", created.path("origin").asText());
        assertEquals("active", created.path("status").asText());
        assertEquals(409, call("POST", "/api/v1/admin/sources", "Bearer " + token, "application/json",
            source("eastmoor", feedUrl(), "FEED")).statusCode());

        HttpResponse<String> crawl = call("POST", "/api/v1/admin/sources/eastmoor/crawl", "Bearer " + token, null,
            null);
        assertEquals(202, crawl.statusCode(), crawl.body());
        assertEquals("/api/v1/admin/sources/eastmoor/health", JSON.readTree(crawl.body()).path("health").asText());
        assertTrue(crawl.headers().firstValue("Location").orElse("").endsWith("/api/v1/admin/sources/eastmoor/health"));
        searchUntil("harbour", t -> t.contains("Harbour Master"));
        searchUntil("ferry", t -> t.contains("Ferry Deckhand"));

        JsonNode health = admin("GET", "/api/v1/admin/sources/eastmoor/health", null, 200);
        assertEquals(3, health.path("health").path("itemsFound").asInt(), health.toString());
        assertTrue(health.has("notModifiedRatio"));
        assertEquals("ok", health.path("recentHarvests").get(0).path("outcome").asText());

        assertEquals("paused", admin("POST", "/api/v1/admin/sources/eastmoor/pause", null, 200).path("status")
            .asText());
        JsonNode paused = admin("POST", "/api/v1/admin/sources/eastmoor/crawl", null, 409);
        assertEquals("conflict", paused.path("error").path("code").asText());
        assertEquals("active", admin("POST", "/api/v1/admin/sources/eastmoor/resume", null, 200).path("status")
            .asText());

        JsonNode updated = admin("PUT", "/api/v1/admin/sources/eastmoor",
            source("eastmoor", feedUrl(), "FEED").replace("Eastmoor Harbour Board", "Eastmoor Port Authority"), 200);
        assertEquals("Eastmoor Port Authority", updated.path("council").asText());
        assertEquals("url", admin("PUT", "/api/v1/admin/sources/eastmoor", source("eastmoor", "gopher://x", "FEED"),
            400).path("error").path("parameter").asText());
        assertEquals("licence.id", admin("PUT", "/api/v1/admin/sources/eastmoor",
            source("eastmoor", feedUrl(), "FEED").replace("\"id\":\"OGL-UK-3.0\",", ""), 400)
            .path("error").path("parameter").asText());
        assertEquals("conflict", admin("PUT", "/api/v1/admin/sources/northmere",
            source("northmere", feedUrl(), "FEED"), 409).path("error").path("code").asText());
        assertEquals("conflict", admin("DELETE", "/api/v1/admin/sources/northmere", null, 409)
            .path("error").path("code").asText());

        JsonNode deleted = admin("DELETE", "/api/v1/admin/sources/eastmoor", null, 200);
        assertEquals(3, deleted.path("closedVacancies").asInt(), deleted.toString());
        searchUntil("harbour", t -> !t.contains("Harbour Master"));
        assertEquals("not_found", admin("GET", "/api/v1/admin/sources/eastmoor", null, 404).path("error")
            .path("code").asText());

        List<String> actions = auditActions(200);
        for (String a : List.of("source.create eastmoor", "source.crawl eastmoor", "source.pause eastmoor",
            "source.resume eastmoor", "source.update eastmoor", "source.delete eastmoor", "source.validate eastmoor")) {
            assertTrue(actions.contains(a), a + " in " + actions);
        }
    }

    @Test
    void publisherPushPutAndDeleteOnAPushSource() throws Exception {
        admin("POST", "/api/v1/admin/sources", source("harbourpush", null, "PUSH"), 201);
        String json = "{\"title\":\"Quay Warden\",\"description\":\"<p>Keep the slipway at Salcombe safe.</p>\","
            + "\"url\":\"https://harbour.example/jobs/QW-1\",\"employmentTypes\":[\"full-time\"],"
            + "\"locations\":[{\"locality\":\"Salcombe\",\"country\":\"GB\"}],\"validThrough\":\""
            + DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().plus(Duration.ofDays(20)).atZone(ZoneOffset.UTC))
            + "\"}";
        JsonNode put = admin("PUT", "/api/v1/admin/sources/harbourpush/vacancies/QW-1", json, 200);
        assertEquals("created", put.path("outcome").asText());
        searchUntil("warden", t -> t.contains("Quay Warden"));
        assertEquals("Quay Warden", demo.getJson(put.path("link").asText(), 200).path("title").asText());
        assertEquals("updated", admin("PUT", "/api/v1/admin/sources/harbourpush/vacancies/QW-1",
            json.replace("Quay Warden", "Senior Quay Warden"), 200).path("outcome").asText());

        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><job><title>Slipway Attendant</title>"
            + "<referencenumber>ignored-the-path-wins</referencenumber><url>https://harbour.example/jobs/SA-2</url>"
            + "<description>Launch and recover the lifeboat.</description><city>Salcombe</city>"
            + "<country>GB</country></job>";
        HttpResponse<String> putXml = call("PUT", "/api/v1/admin/sources/harbourpush/vacancies/SA-2",
            "Bearer " + token, "application/xml", xml);
        assertEquals(200, putXml.statusCode(), putXml.body());
        assertEquals("SA-2", JSON.readTree(putXml.body()).path("sourceRef").asText());
        searchUntil("slipway", t -> t.contains("Slipway Attendant"));

        assertEquals("title", admin("PUT", "/api/v1/admin/sources/harbourpush/vacancies/X", "{\"url\":\"x\"}", 400)
            .path("error").path("parameter").asText());
        assertEquals(415, call("PUT", "/api/v1/admin/sources/harbourpush/vacancies/X", "Bearer " + token,
            "text/plain", "Quay Warden").statusCode());
        assertEquals("conflict", admin("PUT", "/api/v1/admin/sources/northmere/vacancies/X", json, 409)
            .path("error").path("code").asText());

        assertEquals(204, call("DELETE", "/api/v1/admin/sources/harbourpush/vacancies/QW-1", "Bearer " + token, null,
            null).statusCode());
        searchUntil("warden", t -> !t.contains("Senior Quay Warden"));
        assertEquals("not_found", admin("DELETE", "/api/v1/admin/sources/harbourpush/vacancies/QW-1", null, 404)
            .path("error").path("code").asText());
        List<String> actions = auditActions(100);
        assertTrue(actions.contains("push.put harbourpush/QW-1"), actions.toString());
        assertTrue(actions.contains("push.delete harbourpush/QW-1"), actions.toString());
    }

    @Test
    void auditIsPagedAndAdminRoutesNeverSendCors() throws Exception {
        admin("POST", "/api/v1/admin/sources/koivula/pause", null, 200);
        admin("POST", "/api/v1/admin/sources/koivula/resume", null, 200);
        JsonNode page = admin("GET", "/api/v1/admin/audit?limit=1", null, 200);
        assertEquals(1, page.path("entries").size());
        String next = page.path("next").asText();
        assertTrue(next.startsWith("/api/v1/admin/audit?limit=1&before="), next);
        JsonNode older = admin("GET", next, null, 200);
        assertTrue(older.path("entries").get(0).path("id").asLong() < page.path("entries").get(0).path("id")
            .asLong());
        assertEquals("limit", admin("GET", "/api/v1/admin/audit?limit=0", null, 400).path("error").path("parameter")
            .asText());
        assertEquals("before", admin("GET", "/api/v1/admin/audit?before=x", null, 400).path("error")
            .path("parameter").asText());
        JsonNode last = admin("GET", "/api/v1/admin/audit?limit=500&before=2", null, 200);
        assertTrue(last.path("next").isMissingNode() || last.path("next").isNull());

        HttpRequest preflight = HttpRequest.newBuilder(demo.base().resolve("/api/v1/admin/sources"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization").build();
        HttpResponse<String> r = demo.http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "preflight: " + r.headers());
        assertNull(r.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
    }

    @Test
    void healthOfADemoSourceReportsTheCrawlerView() throws Exception {
        JsonNode h = admin("GET", "/api/v1/admin/sources/lindeveen/health", null, 200);
        assertEquals("lindeveen", h.path("id").asText());
        assertTrue(h.path("health").path("fetches").asLong() >= 1, h.toString());
        assertTrue(h.path("recentHarvests").size() >= 1);
        assertEquals(URI.create("/api/v1/admin/sources/lindeveen/health").getPath(),
            admin("GET", "/api/v1/admin/sources/lindeveen", null, 200).path("health").asText());
    }
}
