package org.joinedup.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.HarvestLogEntry;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.api.persistence.JdbcCrawlStateStore;
import org.joinedup.api.web.TestWebServer;
import org.joinedup.api.web.WebServer;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.FacetCount;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every endpoint's success and error bodies, over real HTTP with a fake index. */
@Timeout(30)
class ApiResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicReference<SearchRequest> LAST = new AtomicReference<>();

    /** Answers from two fixed vacancies; query "boom" fails like a broken index would. */
    private static final VacancySearch FAKE = new VacancySearch() {
        @Override
        public SearchResult search(SearchRequest r) throws IOException {
            LAST.set(r);
            if (r.query().equals("boom")) throw new IOException("index on fire");
            List<SearchResult.Hit> hits = List.of(
                new SearchResult.Hit(TestVacancies.nurse(), "<mark>Wijkverpleegkundige</mark> in Zeist", 2f, null),
                new SearchResult.Hit(TestVacancies.planner(), "Planning &amp; more", 1f, null));
            return new SearchResult(2, r.size() == 0 ? List.of() : hits, Map.of("language", List.of(
                new FacetCount("en", "English", 1, false), new FacetCount("nl", "Dutch", 1, true))), null);
        }

        @Override
        public Optional<Vacancy> get(String id) {
            return id.equals("lindeveen-1") ? Optional.of(TestVacancies.nurse()) : Optional.empty();
        }
    };

    @RegisterExtension
    static final TestWebServer WEB = new TestWebServer(loopback -> {
        Database db = Database.open("jdbc:h2:mem:api-resources;DB_CLOSE_DELAY=-1", "sa", "");
        HarvestLogRepository log = new HarvestLogRepository(db);
        log.append(new HarvestLogEntry("lindeveen", Instant.parse("2026-11-02T10:00:00Z"),
            Instant.parse("2026-11-02T10:00:01Z"), "ok", 200, false, true, 8, 8, 0, 0, 0, 0, 0, null));
        List<Source> sources = List.of(
            new Source("lindeveen", "Gemeente Lindeveen", SelfUrl.parse("{self}/demo/lindeveen/vacatures.atom"),
                SourceFormat.FEED, "Utrecht", "NL", "nl", new Licence("CC-BY-4.0", ""), Duration.ofHours(1), true,
                true),
            new Source("northmere", "Northmere District Council", URI.create("https://northmere.example/feed.rss"),
                SourceFormat.FEED, "North Yorkshire", "GB", "en", new Licence("OGL-UK-3.0", ""),
                Duration.ofHours(1), true, true));
        return new WebServer(loopback,
            new ApiApplication(FAKE, SourceDirectory.of(sources), log, new JdbcCrawlStateStore(db), () -> true, () -> false), null);
    });

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return WEB.send(method, path);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
            () -> "content type of " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode error(HttpResponse<String> r, int status, String code) throws IOException {
        assertEquals(status, r.statusCode(), r::body);
        JsonNode e = json(r).get("error");
        assertNotNull(e, r::body);
        assertEquals(status, e.get("status").asInt());
        assertEquals(code, e.get("code").asText());
        return e;
    }

    @Test
    void searchReturnsHitsFacetsAndPaging() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/vacancies?q=verpleegkundige&language=nl&employer=A&employer=B"
            + "&page=2&size=5&sort=date&employmentType=part-time");
        assertEquals(200, r.statusCode(), r::body);
        JsonNode body = json(r);
        assertEquals(2, body.get("total").asInt());
        assertEquals(2, body.get("page").asInt());
        assertEquals(5, body.get("size").asInt());

        JsonNode nurse = body.get("hits").get(0);
        assertEquals("lindeveen-1", nurse.get("id").asText());
        assertEquals("Wijkverpleegkundige", nurse.get("title").asText());
        assertEquals("Gemeente Lindeveen", nurse.get("employer").asText());
        assertEquals("Utrecht", nurse.get("region").asText());
        assertEquals("Zeist", nurse.get("locality").asText());
        assertEquals("nl", nurse.get("language").asText());
        assertEquals("2026-12-31", nurse.get("validThrough").asText());
        assertEquals(3200.0, nurse.get("salary").get("min").asDouble());
        assertEquals("<mark>Wijkverpleegkundige</mark> in Zeist", nurse.get("snippet").asText());
        assertEquals(nurse.get("url").asText(), nurse.get("applyUrl").asText(), "applyUrl falls back to url");
        assertEquals("Gemeente Lindeveen", nurse.get("source").get("council").asText());
        assertEquals("CC-BY-4.0", nurse.get("licence").get("id").asText());
        assertFalse(nurse.has("distanceKm"), "nulls are left out");

        JsonNode planner = body.get("hits").get(1);
        assertEquals("North Yorkshire", planner.get("region").asText(), "region falls back to the source's");
        assertEquals("nyjobs-3", planner.get("alsoListedAt").get(0).get("vacancyId").asText());

        JsonNode nl = body.get("facets").get("language").get(1);
        assertEquals("nl", nl.get("value").asText());
        assertEquals(1, nl.get("count").asInt());
        assertTrue(nl.get("selected").asBoolean());

        SearchRequest sent = LAST.get();
        assertEquals("verpleegkundige", sent.query());
        assertEquals(List.of("A", "B"), sent.filter(Dimension.EMPLOYER));
        assertEquals(List.of("nl"), sent.filter(Dimension.LANGUAGE));
        assertEquals(List.of("part-time"), sent.filter(Dimension.EMPLOYMENT_TYPE));
        assertEquals(SearchRequest.Sort.DATE_POSTED, sent.sort());
    }

    @Test
    void badParametersGetA400NamingTheParameter() throws Exception {
        JsonNode e = error(send("GET", "/api/v1/vacancies?size=500"), 400, "bad_parameter");
        assertEquals("size: must be between 1 and 100", e.get("message").asText());
        assertEquals("size", e.get("parameter").asText());

        assertEquals("page", error(send("GET", "/api/v1/vacancies?page=abc"), 400, "bad_parameter")
            .get("parameter").asText());
        assertEquals("sort", error(send("GET", "/api/v1/vacancies?sort=cheapest"), 400, "bad_parameter")
            .get("parameter").asText());
        assertEquals("colour", error(send("GET", "/api/v1/vacancies?colour=red"), 400, "bad_parameter")
            .get("parameter").asText());
    }

    @Test
    void vacancyByIdAndUnknownId() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/vacancies/lindeveen-1");
        assertEquals(200, r.statusCode(), r::body);
        JsonNode v = json(r);
        assertEquals("lindeveen-1", v.get("id").asText());
        assertEquals("Gemeente Lindeveen", v.get("employer").get("name").asText());
        assertEquals("Gemeente Lindeveen", v.get("source").get("council").asText());
        assertEquals("OPEN", v.get("lifecycle").get("status").asText());
        assertEquals("2026-11-02T10:00:00Z", v.get("lifecycle").get("firstSeen").asText());
        assertEquals("2026-11-01", v.get("datePosted").asText());

        JsonNode e = error(send("GET", "/api/v1/vacancies/nope"), 404, "not_found");
        assertEquals("no vacancy with id nope", e.get("message").asText());
    }

    @Test
    void unknownPathsAndWrongMethodsAreJson() throws Exception {
        error(send("GET", "/api/v2/nothing"), 404, "not_found");
        HttpResponse<String> r = send("DELETE", "/api/v1/vacancies");
        error(r, 405, "method_not_allowed");
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), () -> r.headers().toString());
    }

    @Test
    void unexpectedFailuresGetAGeneric500WithARequestId() throws Exception {
        JsonNode e = error(send("GET", "/api/v1/vacancies?q=boom"), 500, "internal_error");
        String id = e.get("requestId").asText();
        assertEquals(36, id.length());
        assertFalse(e.get("message").asText().contains("fire"), "no internals leak");
        assertTrue(e.get("message").asText().contains(id));
    }

    @Test
    void statusReportsSourcesAndIndexSize() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/status");
        assertEquals(200, r.statusCode(), r::body);
        JsonNode s = json(r);
        assertTrue(s.get("firstHarvestComplete").asBoolean());
        assertFalse(s.get("ingestReady").asBoolean(), "what the index says, as given");
        assertEquals(2, s.get("vacancies").asInt());
        assertEquals(0, LAST.get().size(), "the count asks for no hits");
        JsonNode lindeveen = s.get("sources").get(0);
        assertEquals("lindeveen", lindeveen.get("id").asText());
        assertEquals("ok", lindeveen.get("lastHarvest").get("outcome").asText());
        assertEquals(8, lindeveen.get("lastHarvest").get("added").asInt());
        assertFalse(s.get("sources").get(1).has("lastHarvest"));
        error(send("POST", "/api/v1/status"), 405, "method_not_allowed");
    }
}
