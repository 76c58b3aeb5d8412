package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The statistics API on the real service with the demo councils: figures agree with the search API. */
@Timeout(300)
class StatsIT {
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

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return demo.http.send(HttpRequest.newBuilder(demo.base().resolve(path)).header("Accept", accept)
            .header("Origin", "https://partner.example").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> facet(JsonNode search, String dim) {
        Map<String, Long> m = new HashMap<>();
        search.get("facets").path(dim).forEach(f -> m.put(f.get("value").asText(), f.get("count").asLong()));
        return m;
    }

    @Test
    void openNowPerCouncilEqualsTheSearchFacet() throws Exception {
        JsonNode search = demo.getJson("/api/v1/vacancies?size=1", 200);
        Map<String, Long> employers = facet(search, "employer");
        JsonNode councils = demo.getJson("/api/v1/stats/councils", 200).get("councils");
        assertTrue(councils.size() >= 3, councils.toString());
        long sum = 0;
        for (JsonNode c : councils) {
            long open = c.get("openNow").asLong();
            assertEquals(employers.getOrDefault(c.get("council").asText(), 0L), open, c.toString());
            sum += open;
        }
        assertEquals(search.get("total").asLong(), sum, "every open vacancy has one council");
        JsonNode withSalary = null;
        for (JsonNode c : councils) {
            if (!c.get("salaries").isEmpty()) withSalary = c;
        }
        if (withSalary != null) {
            Set<String> currencies = new HashSet<>();
            withSalary.get("salaries").forEach(m -> assertTrue(currencies.add(m.get("currency").asText())));
        }
    }

    @Test
    void currentMonthOpenPerValueCoversTheSearchFacets() throws Exception {
        JsonNode search = demo.getJson("/api/v1/vacancies?size=1", 200);
        for (String[] dims : List.of(new String[] {"council", "employer"}, new String[] {"region", "region"},
            new String[] {"occupation", "occupation"}, new String[] {"employmentType", "employmentType"})) {
            JsonNode stats = demo.getJson("/api/v1/stats?dimension=" + dims[0], 200);
            assertEquals(dims[0], stats.get("dimension").asText());
            Map<String, Long> open = new HashMap<>();
            stats.get("series").forEach(s -> open.put(s.get("value").asText(),
                s.get("months").get(s.get("months").size() - 1).get("open").asLong()));
            facet(search, dims[1]).forEach((value, count) -> assertTrue(open.getOrDefault(value, 0L) >= count,
                dims[0] + " " + value + ": open this month must include the " + count + " open now"));
        }
        JsonNode one = demo.getJson("/api/v1/stats?dimension=council&value="
            + URLEncoder.encode(demo.getJson("/api/v1/stats/councils", 200).get("councils").get(0).get("council")
            .asText(), StandardCharsets.UTF_8), 200);
        assertEquals(1, one.get("series").size());
        assertEquals(12, one.get("total").get("months").size(), "twelve months by default");
    }

    @Test
    void salariesNeverMixCurrencies() throws Exception {
        JsonNode s = demo.getJson("/api/v1/stats/salaries?from=2010-01", 200);
        Set<String> keys = new HashSet<>();
        for (JsonNode m : s.get("salaries")) {
            assertTrue(keys.add(m.get("occupation").asText() + "/" + m.get("currency").asText()));
            assertTrue(m.get("count").asInt() > 0 && m.get("median").asLong() > 0, m.toString());
        }
    }

    @Test
    void csvByParameterOrAcceptHeader() throws Exception {
        for (HttpResponse<String> r : List.of(get("api/v1/stats?format=csv&dimension=region", "*/*"),
            get("api/v1/stats?dimension=region", "text/csv"))) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
            assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .matches("attachment; filename=\"joinedup-stats-region-\\d{4}-\\d{2}-\\d{4}-\\d{2}\\.csv\""));
            assertTrue(r.body().startsWith("dimension,value,label,month,open,new,closed\r\n"), r.body());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        }
        HttpResponse<String> councils = get("api/v1/stats/councils?format=csv", "*/*");
        assertTrue(councils.body().startsWith("council,open_now,new_last_30_days,closed_last_30_days"));
        HttpResponse<String> salaries = get("api/v1/stats/salaries", "text/csv");
        assertTrue(salaries.body().startsWith("occupation,label,currency,median_annual_salary,vacancies\r\n"));
    }

    @Test
    void chartsAreWellFormedSvg() throws Exception {
        for (String q : List.of("", "?kind=councils&lang=da", "?dimension=region&lang=fi&from=2025-01&to=2026-12")) {
            HttpResponse<String> r = get("api/v1/stats/chart.svg" + q, "*/*");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals("img", d.getDocumentElement().getAttribute("role"));
            assertFalse(d.getElementsByTagName("desc").item(0).getTextContent().isBlank());
        }
    }

    @Test
    void badParametersAnswer400NamingThem() throws Exception {
        Map<String, String> cases = Map.of("api/v1/stats?dimension=planet", "dimension",
            "api/v1/stats?from=2026-13", "from", "api/v1/stats?to=March", "to",
            "api/v1/stats?from=2026-05&to=2026-01", "from", "api/v1/stats?from=1990-01&to=2026-01", "from",
            "api/v1/stats?format=xml", "format", "api/v1/stats/salaries?lang=de", "lang",
            "api/v1/stats/councils?format=pdf", "format", "api/v1/stats/chart.svg?kind=pie", "kind");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = get(c.getKey(), "application/json");
            assertEquals(400, r.statusCode(), c.getKey() + " -> " + r.body());
            JsonNode e = new ObjectMapper().readTree(r.body()).get("error");
            assertEquals("bad_parameter", e.get("code").asText());
            assertEquals(c.getValue(), e.get("parameter").asText(), c.getKey());
        }
    }
}
