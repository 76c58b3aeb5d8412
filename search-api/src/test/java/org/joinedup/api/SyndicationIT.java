package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.joinedup.api.access.AccessFilter;
import org.joinedup.api.access.ApiKeyRepository;
import org.joinedup.api.config.ConfigLoader;
import org.joinedup.api.persistence.Database;
import org.joinedup.indexer.normalise.VacancyIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Re-syndication and third-party access over HTTP: JSON-LD, RSS/Atom (parsed with ROME), OpenSearch, the JSON
 * Lines export, the server-side vacancy page, the OpenAPI document (every path answers), CORS and API-key quotas.
 */
@Timeout(300)
class SyndicationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUIRED = List.of("title", "description", "datePosted", "hiringOrganization");

    @TempDir
    static Path dataDir;
    private static DemoServer demo;
    private static JsonNode all;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start(dataDir, Duration.ofSeconds(180));
        all = demo.getJson("/api/v1/vacancies?size=100&sort=date", 200);
    }

    @AfterAll
    static void stop() {
        if (demo != null) demo.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(demo.base().resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return demo.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String firstId() {
        return all.get("hits").get(0).get("id").asText();
    }

    static void assertJobPosting(JsonNode ld) {
        assertEquals("JobPosting", ld.get("@type").asText());
        assertTrue(ld.get("@context").asText().startsWith("https://schema.org"));
        for (String p : REQUIRED) {
            assertTrue(ld.hasNonNull(p) && !(ld.get(p).isTextual() && ld.get(p).asText().isBlank()), p + " in " + ld);
        }
        assertTrue(ld.has("jobLocation") || "TELECOMMUTE".equals(ld.path("jobLocationType").asText()), ld::toString);
        assertFalse(ld.get("hiringOrganization").get("name").asText().isBlank());
        LocalDate.parse(ld.get("datePosted").asText());
        assertTrue(ld.has("identifier") && ld.has("directApply"), ld::toString);
    }

    @Test
    void detailAsJsonLdByAcceptHeaderAndByFormat() throws Exception {
        HttpResponse<String> byAccept = get("/api/v1/vacancies/" + firstId(), "Accept", "application/ld+json");
        assertEquals(200, byAccept.statusCode());
        assertTrue(byAccept.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertJobPosting(JSON.readTree(byAccept.body()));
        HttpResponse<String> byFormat = get("/api/v1/vacancies/" + firstId() + "?format=jsonld");
        assertEquals(JSON.readTree(byAccept.body()).get("title"), JSON.readTree(byFormat.body()).get("title"));
        JsonNode plain = demo.getJson("/api/v1/vacancies/" + firstId(), 200);
        assertTrue(plain.get("open").asBoolean());
        assertFalse(plain.has("@type"));
        assertEquals("format", demo.getJson("/api/v1/vacancies/" + firstId() + "?format=xml", 400).get("error")
            .get("parameter").asText());
    }

    @Test
    void everyHitHasValidJsonLd() throws Exception {
        for (JsonNode h : all.get("hits")) {
            assertJobPosting(JSON.readTree(get("/api/v1/vacancies/" + h.get("id").asText() + "?format=jsonld").body()));
        }
    }

    @Test
    void expiredVacancyIsMarkedClosedWithValidThroughInThePast() throws Exception {
        // Northmere's feed still lists NDC-26-0398, whose closing date (2026-10-16) has passed.
        String id = VacancyIds.of("northmere", "NDC-26-0398");
        JsonNode detail = demo.getJson("/api/v1/vacancies/" + id, 200);
        assertFalse(detail.get("open").asBoolean(), detail::toString);
        JsonNode ld = JSON.readTree(get("/api/v1/vacancies/" + id + "?format=jsonld").body());
        assertJobPosting(ld);
        String validThrough = ld.get("validThrough").asText();
        assertTrue(Instant.parse(validThrough).isBefore(Instant.now()), validThrough);
        assertFalse(all.toString().contains(id), "not in search");
    }

    @Test
    void vacancyPageEmbedsJsonLdServerSide() throws Exception {
        HttpResponse<String> page = get("/vacancies/" + firstId(), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL)
            .matcher(page.body());
        assertTrue(m.find(), "JSON-LD script in the HTML");
        JsonNode ld = JSON.readTree(m.group(1));
        assertJobPosting(ld);
        assertEquals(demo.base().resolve("vacancies/" + firstId()).toString(), ld.get("url").asText());
        assertTrue(page.body().contains("<link rel=\"canonical\""));
        assertEquals(404, get("/vacancies/no-such-vacancy").statusCode());
    }

    @Test
    void rssAndAtomFeedsParseWithRomeAndMatchTheSearch() throws Exception {
        JsonNode search = demo.getJson("/api/v1/vacancies?q=nurse&sort=date&size=5", 200);
        for (String ext : List.of("rss", "atom")) {
            HttpResponse<String> r = get("/feeds/vacancies." + ext + "?q=nurse&size=5", "Accept", "*/*");
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/" + ext + "+xml"));
            SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
            assertEquals(ext.equals("rss") ? "rss_2.0" : "atom_1.0", feed.getFeedType());
            List<String> titles = new ArrayList<>();
            for (SyndEntry e : feed.getEntries()) {
                titles.add(e.getTitle());
                assertTrue(e.getLink().startsWith(demo.base() + "vacancies/"), e.getLink());
                assertTrue(e.getDescription().getValue().contains("Licence: "), "attribution in " + e.getTitle());
            }
            List<String> expected = new ArrayList<>();
            search.get("hits").forEach(h -> expected.add(h.get("title").asText()));
            assertEquals(expected, titles, ext);
        }
        JsonNode e = JSON.readTree(get("/feeds/vacancies.rss?q=*urse").body()).get("error");
        assertEquals("q", e.get("parameter").asText());
        assertEquals(400, e.get("status").asInt());
        assertEquals(404, get("/feeds/nothing.rss").statusCode());
    }

    @Test
    void openSearchDescriptionIsLinkedAndPointsAtRealEndpoints() throws Exception {
        assertTrue(get("/").body().contains("<link rel=\"search\" type=\"application/opensearchdescription+xml\""));
        HttpResponse<String> r = get("/opensearch.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow()
            .startsWith("application/opensearchdescription+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes()));
        assertEquals("http://a9.com/-/spec/opensearch/1.1/", doc.getDocumentElement().getNamespaceURI());
        NodeList urls = doc.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url");
        assertTrue(urls.getLength() >= 5);
        for (int i = 0; i < urls.getLength(); i++) {
            String template = urls.item(i).getAttributes().getNamedItem("template").getNodeValue();
            String url = template.replace("{searchTerms}", "nurse").replaceAll("\\{[a-zA-Z]+\\?}", "");
            assertEquals(200, demo.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), url);
        }
    }

    @Test
    void exportStreamsEveryOpenVacancyAsJsonLines() throws Exception {
        HttpResponse<String> r = get("/api/v1/export/vacancies.jsonl");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/jsonl"));
        String[] lines = r.body().strip().split("\n");
        assertEquals(all.get("total").asLong(), lines.length);
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            JsonNode v = JSON.readTree(line);
            ids.add(v.get("id").asText());
            assertTrue(v.get("open").asBoolean());
            assertFalse(v.get("licence").get("id").asText().isBlank());
            assertFalse(v.get("source").get("council").asText().isBlank());
        }
        List<String> expected = new ArrayList<>();
        all.get("hits").forEach(h -> expected.add(h.get("id").asText()));
        assertEquals(expected, ids, "newest first, like sort=date");
    }

    @Test
    void everyPathInTheOpenApiDocumentAnswers() throws Exception {
        JsonNode doc = demo.getJson("/api/v1/openapi.json", 200);
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (!method.equals("get")) continue;
                String url = path.getKey().replace("{id}", firstId())
                    + (path.getKey().equals("/api/v1/suggest") ? "?q=nu" : "");
                HttpResponse<String> r = get(url.substring(1), "Accept", "*/*");
                assertNotEquals(404, r.statusCode(), url);
                assertNotEquals(405, r.statusCode(), url);
                assertTrue(r.statusCode() < 500, url + " -> " + r.statusCode());
                assertTrue(path.getValue().get(method).get("responses").has(String.valueOf(r.statusCode())),
                    url + " -> " + r.statusCode() + " is a documented response");
                checked++;
            }
        }
        assertTrue(checked >= 14, "checked " + checked + " paths");
    }

    @Test
    void everyDocumentedOperationAnswersADocumentedStatus() throws Exception {
        JsonNode doc = demo.getJson("/api/v1/openapi.json", 200);
        JsonNode schemes = doc.get("components").get("securitySchemes");
        int checked = 0;
        int admin = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (method.equals("GET") && !op.getValue().has("security")) continue; // answered above
                String url = path.getKey().replace("{id}", "no-such-id").replace("{ref}", "no-such-ref")
                    + (op.getValue().toString().contains("\"name\":\"token\"") ? "?token=not-a-token" : "");
                // A body that is valid JSON but not a valid request: every such operation documents 400.
                HttpResponse<String> r = send(method, url, op.getValue().has("requestBody") ? "{}" : null, null);
                String what = method + " " + url + " -> " + r.statusCode() + " " + r.body();
                assertTrue(op.getValue().get("responses").has(String.valueOf(r.statusCode())), "documented: " + what);
                assertTrue(r.statusCode() != 404 && r.statusCode() != 405 && r.statusCode() < 500, what);
                if (op.getValue().has("security")) {
                    String scheme = op.getValue().get("security").get(0).fieldNames().next();
                    assertEquals("bearer", schemes.get(scheme).get("scheme").asText());
                    assertEquals(401, r.statusCode(), "admin without a token: " + what);
                    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), what);
                    assertEquals(401, send(method, url, op.getValue().has("requestBody") ? "{}" : null,
                        "Bearer not-a-real-token").statusCode(), "admin with a wrong token: " + what);
                    admin++;
                } else {
                    assertEquals(400, r.statusCode(), "a bad request: " + what);
                }
                if (r.statusCode() >= 400) {
                    JsonNode error = JSON.readTree(r.body()).get("error");
                    assertEquals(r.statusCode(), error.get("status").asInt(), what);
                    assertFalse(error.get("code").asText().isBlank(), what);
                }
                checked++;
            }
        }
        assertTrue(checked >= 18 && admin >= 13, "checked " + checked + " operations, " + admin + " admin");
        HttpResponse<String> malformed = send("POST", "/api/v1/alerts", "{not json", null);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(400, JSON.readTree(malformed.body()).get("error").get("status").asInt());
    }

    private static HttpResponse<String> send(String method, String path, String json, String authorization)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(demo.base().resolve(path.substring(1)))
            .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) b.header("Content-Type", "application/json");
        if (authorization != null) b.header("Authorization", authorization);
        return demo.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void corsOnPublicReadPathsOnly() throws Exception {
        for (String path : List.of("api/v1/vacancies", "api/v1/vacancies/" + firstId(), "api/v1/suggest?q=nu",
            "api/v1/openapi.json", "feeds/vacancies.rss", "opensearch.xml")) {
            assertEquals("*", get(path, "Origin", "https://partner.example").headers()
                .firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
        assertTrue(get("api/v1/status", "Origin", "https://partner.example").headers()
            .firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(get("api/v1/admin/sources", "Origin", "https://partner.example").headers()
            .firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> preflight = demo.http.send(HttpRequest.newBuilder(demo.base().resolve("api/v1/vacancies"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://partner.example")
            .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
    }

    @Test
    void apiKeyQuotaEndsIn429WithHeaders() throws Exception {
        String url = ConfigLoader.load(DemoServer.DEMO_CONFIG).withDataDir(dataDir).jdbcUrl();
        ApiKeyRepository keys = new ApiKeyRepository(Database.open(url, "sa", "").dataSource());
        String key = keys.create("IT partner", 2).key();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = get("api/v1/vacancies?size=1", AccessFilter.KEY_HEADER, key);
            assertEquals(200, r.statusCode());
            assertEquals("2", r.headers().firstValue("RateLimit-Limit").orElseThrow());
        }
        HttpResponse<String> limited = get("api/v1/vacancies?size=1", AccessFilter.KEY_HEADER, key);
        assertEquals(429, limited.statusCode());
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals("0", limited.headers().firstValue("RateLimit-Remaining").orElseThrow());
        assertEquals("rate_limited", JSON.readTree(limited.body()).get("error").get("code").asText());
        assertEquals(401, get("api/v1/vacancies", AccessFilter.KEY_HEADER, "jk_unknown").statusCode());
    }
}
