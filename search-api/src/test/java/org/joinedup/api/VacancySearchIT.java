package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the real server harvests the demo sources from itself and answers searches over HTTP. */
@Timeout(300)
class VacancySearchIT {

    @TempDir
    static Path dataDir;
    private static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start(dataDir, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        if (demo != null) demo.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everySourceWasHarvestedAndTheIndexIsNotEmpty() throws Exception {
        JsonNode status = demo.getJson("/api/v1/status", 200);
        assertTrue(status.get("firstHarvestComplete").asBoolean(), status::toString);
        assertTrue(status.get("ingestReady").asBoolean(), "harvests were ingested, so the signatures are in: " + status);
        Set<String> harvested = new TreeSet<>();
        for (JsonNode s : status.get("sources")) {
            JsonNode h = s.get("lastHarvest");
            assertTrue(h != null && !h.isNull(), () -> "no harvest logged for " + s);
            String id = s.get("id").asText();
            assertEquals("ok", h.get("outcome").asText(), () -> id + ": " + h);
            assertTrue(h.get("complete").asBoolean(), () -> id + " read in full: " + h);
            assertEquals(0, h.get("errors").asInt(), () -> id + ": " + h);
            assertTrue(h.get("postings").asInt() > 0, () -> id + " found postings: " + h);
            assertTrue(h.get("added").asInt() + h.get("merged").asInt() > 0, () -> id + " indexed something: " + h);
            harvested.add(id);
        }
        assertEquals(Set.of("northmere", "lindeveen", "fjordby", "koivula", "nyjobs"), harvested,
            "every demo source of config/demo/demo.yaml");
        assertTrue(status.get("vacancies").asLong() >= 40, status::toString);
    }

    @Test
    void theDemoSetHasFourCouncilsFourLanguagesAndFortyOpenVacancies() throws Exception {
        JsonNode all = demo.getJson("/api/v1/vacancies?size=100", 200);
        assertTrue(all.get("total").asLong() >= 40, "open vacancies: " + all.get("total"));
        Set<String> languages = new TreeSet<>();
        all.get("facets").get("language").forEach(f -> languages.add(f.get("value").asText()));
        assertTrue(languages.containsAll(Set.of("en", "nl", "da", "fi")), languages::toString);
        Set<String> councils = new TreeSet<>();
        for (JsonNode h : all.get("hits")) {
            councils.add(h.get("source").get("council").asText());
        }
        councils.remove("North Yorkshire Public Jobs Partnership"); // the aggregator is not a council
        assertTrue(councils.size() >= 4, "councils: " + councils);
    }

    @Test
    void aDutchQueryFindsTheDutchNursingVacancy() throws Exception {
        JsonNode body = demo.getJson("/api/v1/vacancies?q=verpleegkundige", 200);
        assertTrue(body.get("total").asLong() >= 1, body::toString);
        JsonNode nurse = null;
        for (JsonNode h : body.get("hits")) {
            if (h.get("title").asText().contains("Verpleegkundige") && h.get("language").asText().equals("nl")) {
                nurse = h;
                break;
            }
        }
        assertTrue(nurse != null, () -> "no Dutch 'Verpleegkundige' hit in " + body);
        assertTrue(nurse.get("snippet").asText().contains("<mark>"), nurse::toString);
        assertEquals("lindeveen", nurse.get("source").get("id").asText());

        JsonNode detail = demo.getJson("/api/v1/vacancies/" + enc(nurse.get("id").asText()), 200);
        assertEquals(nurse.get("title").asText(), detail.get("title").asText());
        assertEquals("Gemeente Lindeveen", detail.get("source").get("council").asText());
    }

    @Test
    void aDutchQueryFindsNursingVacanciesInEveryDemoLanguage() throws Exception {
        // config/demo has a nursing post in each language: Northmere "Staff Nurse", Lindeveen "Verpleegkundige
        // wijkteam", Fjordby "Sygeplejerske", Koivula "Sairaanhoitaja".
        JsonNode body = demo.getJson("/api/v1/vacancies?size=100&q=verpleegkundige", 200);
        Set<String> languages = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        for (JsonNode h : body.get("hits")) {
            languages.add(h.get("language").asText());
            sources.add(h.get("source").get("id").asText());
        }
        assertEquals(Set.of("da", "en", "fi", "nl"), languages, body::toString);
        assertTrue(sources.containsAll(Set.of("northmere", "lindeveen", "fjordby", "koivula")), sources::toString);
        assertEquals("nl", body.get("hits").get(0).get("language").asText(), "the Dutch title ranks first");
        JsonNode facet = body.get("facets").get("language");
        assertEquals(4, facet.size(), facet::toString);
        assertEquals(body.get("total").asLong(), sum(facet));
    }

    @Test
    void facetCountsAddUp() throws Exception {
        JsonNode all = demo.getJson("/api/v1/vacancies?size=100", 200);
        long total = all.get("total").asLong();
        assertTrue(total > 1 && total <= 100, "all hits fit one page: " + total);
        assertEquals(total, all.get("hits").size());
        // One value per vacancy (IndexSchema: one employer, one language): the counts partition the result.
        for (String dim : List.of("employer", "language")) {
            assertEquals(total, sum(all.get("facets").get(dim)), dim + " counts sum to the total");
            for (JsonNode h : all.get("hits")) {
                assertEquals(1, values(h, dim).size(), () -> dim + " of " + h);
            }
            assertEveryHitValueIsAFacetValue(all, dim);
            assertEquals(tally(all, dim), counts(all, dim), dim + " counts are the hits' values");
        }
        // Several values per vacancy are possible (a vacancy's locations, its employment types): each count is
        // bounded by the total, and the values' hit sets together cover every hit that carries a value.
        for (String dim : List.of("region", "employmentType")) {
            Set<String> covered = new HashSet<>();
            long counted = 0;
            for (JsonNode f : all.get("facets").get(dim)) {
                long c = f.get("count").asLong();
                assertTrue(c >= 1 && c <= total, f::toString);
                counted += c;
                JsonNode narrowed = demo.getJson("/api/v1/vacancies?size=100&" + dim + "=" + enc(f.get("value")
                    .asText()), 200);
                assertEquals(c, narrowed.get("total").asLong(), f::toString);
                narrowed.get("hits").forEach(h -> covered.add(h.get("id").asText()));
            }
            Set<String> carrying = new HashSet<>();
            for (JsonNode h : all.get("hits")) {
                if (!values(h, dim).isEmpty()) carrying.add(h.get("id").asText());
            }
            assertTrue(carrying.size() > total / 2, dim + ": most demo vacancies have a value, " + carrying.size());
            assertEquals(carrying, covered, dim + ": every hit with a value is counted at least once");
            assertTrue(counted >= carrying.size(), dim + ": " + counted + " counts for " + carrying.size() + " hits");
            assertEveryHitValueIsAFacetValue(all, dim);
        }
        assertTrue(sum(all.get("facets").get("employmentType")) > total, "some vacancies have several types");
    }

    @Test
    void selectingAFacetValueNarrowsToItsCount() throws Exception {
        JsonNode all = demo.getJson("/api/v1/vacancies?size=100", 200);
        for (String dim : List.of("employer", "region", "employmentType", "language")) {
            JsonNode first = all.get("facets").get(dim).get(0);
            if (first == null) {
                // Nothing to select (the source formats harvested so far may carry no such field); then no hit
                // may claim a value either, which facetCountsAddUp checks.
                assertFalse(dim.equals("employer") || dim.equals("language"), dim + " facet is empty");
                continue;
            }
            String value = first.get("value").asText();
            JsonNode narrowed = demo.getJson("/api/v1/vacancies?size=100&" + dim + "=" + enc(value), 200);
            assertEquals(first.get("count").asLong(), narrowed.get("total").asLong(), dim + "=" + value);
            assertTrue(narrowed.get("total").asLong() <= all.get("total").asLong());
            for (JsonNode h : narrowed.get("hits")) {
                assertTrue(values(h, dim).contains(value), () -> dim + "=" + value + " but hit " + h);
            }
            boolean selected = false;
            for (JsonNode f : narrowed.get("facets").get(dim)) {
                if (f.get("value").asText().equals(value)) selected = f.get("selected").asBoolean();
            }
            assertTrue(selected, dim + "=" + value + " is marked selected");
        }
    }

    @Test
    void badParametersAndUnknownIdsGetJsonErrors() throws Exception {
        JsonNode e = demo.getJson("/api/v1/vacancies?size=0", 400).get("error");
        assertEquals("bad_parameter", e.get("code").asText());
        assertEquals("size", e.get("parameter").asText());
        assertEquals("size: must be between 1 and 100", e.get("message").asText());

        JsonNode nf = demo.getJson("/api/v1/vacancies/no-such-vacancy", 404).get("error");
        assertEquals("not_found", nf.get("code").asText());
        assertEquals(404, demo.getJson("/api/nothing", 404).get("error").get("status").asInt());
    }

    @Test
    void servesTheWebPageAndTheDemoSites() throws Exception {
        assertTrue(demo.get("/").body().contains("Joined-up Jobs"));
        String feed = demo.get("/demo/northmere/vacancies.rss").body();
        assertFalse(feed.contains("{self}"));
        assertTrue(feed.contains(demo.base().toString()), "links point at this server");
    }

    private static Map<String, Long> counts(JsonNode result, String dim) {
        Map<String, Long> out = new TreeMap<>();
        result.get("facets").get(dim).forEach(f -> out.put(f.get("value").asText(), f.get("count").asLong()));
        return out;
    }

    private static Map<String, Long> tally(JsonNode result, String dim) {
        Map<String, Long> out = new TreeMap<>();
        result.get("hits").forEach(h -> values(h, dim).forEach(v -> out.merge(v, 1L, Long::sum)));
        return out;
    }

    private static long sum(JsonNode facet) {
        long s = 0;
        for (JsonNode f : facet) s += f.get("count").asLong();
        return s;
    }

    private static void assertEveryHitValueIsAFacetValue(JsonNode result, String dim) {
        Set<String> facetValues = new HashSet<>();
        result.get("facets").get(dim).forEach(f -> facetValues.add(f.get("value").asText()));
        for (JsonNode h : result.get("hits")) {
            for (String v : values(h, dim)) {
                assertTrue(facetValues.contains(v), () -> dim + " value '" + v + "' of " + h.get("id")
                    + " missing from facet " + facetValues);
            }
        }
    }

    /** A hit's values in a facet dimension, as the API shows them. */
    private static List<String> values(JsonNode hit, String dim) {
        List<String> out = new ArrayList<>();
        switch (dim) {
            case "employmentType" -> hit.path("employmentTypes").forEach(v -> out.add(v.asText()));
            case "employer", "region", "language" -> {
                if (hit.hasNonNull(dim)) out.add(hit.get(dim).asText());
            }
            default -> throw new IllegalArgumentException(dim);
        }
        return out;
    }
}
