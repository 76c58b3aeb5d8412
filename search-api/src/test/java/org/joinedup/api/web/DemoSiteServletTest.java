package org.joinedup.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.api.persistence.JdbcCrawlStateStore;
import org.joinedup.api.resources.ApiApplication;
import org.joinedup.api.resources.VacancySearch;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo sites at /demo/ and the web pages at /, served by the real Jetty setup. */
@Timeout(30)
class DemoSiteServletTest {

    @RegisterExtension
    static final TestWebServer WEB = new TestWebServer(loopback -> {
        Path site = Path.of(DemoSiteServletTest.class.getResource("/demo-site/northmere").toURI()).getParent();
        Database db = Database.open("jdbc:h2:mem:demo-site;DB_CLOSE_DELAY=-1", "sa", "");
        VacancySearch none = new VacancySearch() {
            @Override
            public SearchResult search(SearchRequest r) {
                return new SearchResult(0, List.of(), Map.of(), null);
            }

            @Override
            public Optional<Vacancy> get(String id) {
                return Optional.empty();
            }
        };
        return new WebServer(loopback, new ApiApplication(none, SourceDirectory.of(List.of()),
            new HarvestLogRepository(db), new JdbcCrawlStateStore(db), () -> true, () -> true), site.resolve("northmere")
            .getParent());
    });

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        return WEB.send("GET", path, headers);
    }

    @Test
    void servesFeedsWithSelfReplacedAndTheRightType() throws Exception {
        HttpResponse<String> r = get("/demo/northmere/vacancies.rss");
        assertEquals(200, r.statusCode());
        assertEquals("application/rss+xml; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        String self = WEB.baseUri().toString().replaceAll("/$", "");
        assertTrue(r.body().contains("<link>" + self + "/demo/northmere/jobs/1.html</link>"), r.body());
        assertFalse(r.body().contains("{self}"));

        assertEquals("text/plain;charset=utf-8", get("/demo/northmere/robots.txt").headers()
            .firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        HttpResponse<String> dir = get("/demo/northmere/");
        assertEquals("text/html;charset=utf-8", dir.headers().firstValue("Content-Type").orElseThrow()
            .replace(" ", "").toLowerCase());
        assertTrue(dir.body().contains("<p>" + self + "</p>"));
    }

    @Test
    void answersConditionalGetsWith304() throws Exception {
        HttpResponse<String> first = get("/demo/northmere/vacancies.rss");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertEquals(304, get("/demo/northmere/vacancies.rss", "If-None-Match", etag).statusCode());
        assertEquals(304, get("/demo/northmere/vacancies.rss", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get("/demo/northmere/vacancies.rss", "If-None-Match", "\"other\"").statusCode());
        String older = DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.EPOCH.atZone(ZoneOffset.UTC));
        assertEquals(200, get("/demo/northmere/vacancies.rss", "If-Modified-Since", older).statusCode());
    }

    @Test
    void refusesMissingFilesAndPathsOutsideTheSite() throws Exception {
        assertEquals(404, get("/demo/northmere/missing.rss").statusCode());
        HttpResponse<String> encoded = get("/demo/northmere/%2e%2e/%2e%2e/config/good.yaml");
        assertTrue(encoded.statusCode() == 400 || encoded.statusCode() == 404, () -> "got " + encoded.statusCode());
        assertFalse(encoded.body().contains("sources:"));

        Path root = Path.of(DemoSiteServletTest.class.getResource("/demo-site/northmere").toURI());
        DemoSiteServlet servlet = new DemoSiteServlet(root, () -> "http://x");
        assertNull(servlet.resolve("/../outside.txt"), "Jetty normalises paths, but the servlet checks anyway");
        assertNull(servlet.resolve("/..\\outside.txt"));
        assertEquals(root.resolve("robots.txt"), servlet.resolve("/robots.txt"));
    }

    @Test
    void servesTheWebPagesAtTheRoot() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<label for=\"q\""), "search box has a visible label");
        assertEquals(200, get("/app.js").statusCode());
        assertEquals(200, get("/vacancy.html").statusCode());
        assertEquals(404, get("/nothing-here.html").statusCode());
    }
}
