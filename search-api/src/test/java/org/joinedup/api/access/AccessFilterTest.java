package org.joinedup.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.jersey.server.ResourceConfig;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.web.TestWebServer;
import org.joinedup.api.web.WebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CORS and rate limits in front of a stub that answers every path with 200. */
@Timeout(60)
class AccessFilterTest {
    private static final int ANONYMOUS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong NANOS = new AtomicLong();
    private static ApiKeyRepository keys;

    /** Answers 200 "ok" for anything. */
    static final class Ok extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().write("ok");
        }
    }

    @RegisterExtension
    static final TestWebServer WEB = new TestWebServer(loopback -> {
        keys = new ApiKeyRepository(Database.open("jdbc:h2:mem:access-filter;DB_CLOSE_DELAY=-1", "sa", "")
            .dataSource());
        WebServer server = new WebServer(loopback, new ResourceConfig(), null);
        server.addFilter(new AccessFilter(new RateLimiter(NANOS::get), keys, ANONYMOUS), "/*");
        server.addServlet("stub-api", new Ok(), "/api/v1/*");
        server.addServlet("stub-feeds", new Ok(), "/feeds/*");
        return server;
    });

    @BeforeEach
    void nextMinute() {
        NANOS.addAndGet(120_000_000_000L); // every test starts with full buckets
    }

    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        return WEB.send(method, path, headers);
    }

    @Test
    void anonymousQuotaEndsIn429WithRetryAfterAndRateLimitHeaders() throws Exception {
        for (int i = 0; i < ANONYMOUS; i++) {
            HttpResponse<String> r = send("GET", "/api/v1/vacancies");
            assertEquals(200, r.statusCode());
            assertEquals(String.valueOf(ANONYMOUS), r.headers().firstValue("RateLimit-Limit").orElseThrow());
            assertEquals(String.valueOf(ANONYMOUS - 1 - i), r.headers().firstValue("RateLimit-Remaining").orElseThrow());
            assertTrue(Long.parseLong(r.headers().firstValue("RateLimit-Reset").orElseThrow()) > 0);
        }
        long t0 = System.nanoTime();
        HttpResponse<String> r = send("GET", "/feeds/vacancies.rss");
        long heldMillis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(429, r.statusCode(), "feeds share the quota");
        assertTrue(heldMillis >= AccessFilter.TARPIT_MILLIS - 50, "a 429 is held back (tarpit): " + heldMillis + " ms");
        assertEquals("20", r.headers().firstValue("Retry-After").orElseThrow(), "3 per minute: one every 20 s");
        assertEquals("0", r.headers().firstValue("RateLimit-Remaining").orElseThrow());
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertEquals(429, e.get("status").asInt());
        assertEquals("rate_limited", e.get("code").asText());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void statusAndStaticPagesAreNotCounted() throws Exception {
        for (int i = 0; i < ANONYMOUS + 2; i++) {
            HttpResponse<String> r = send("GET", "/api/v1/status");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("RateLimit-Limit").isEmpty());
        }
        assertEquals(200, send("GET", "/api/v1/vacancies").statusCode());
    }

    @Test
    void apiKeysHaveTheirOwnQuotaAndUnknownKeysAre401() throws Exception {
        ApiKeyRepository.Issued issued = keys.create("test partner", 5);
        assertTrue(issued.key().startsWith("jk_"));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = send("GET", "/api/v1/vacancies", AccessFilter.KEY_HEADER, issued.key());
            assertEquals(200, r.statusCode(), "keyed request " + i);
            assertEquals("5", r.headers().firstValue("RateLimit-Limit").orElseThrow());
        }
        assertEquals(429, send("GET", "/api/v1/vacancies", AccessFilter.KEY_HEADER, issued.key()).statusCode());
        assertEquals(200, send("GET", "/api/v1/vacancies").statusCode(), "the IP's anonymous bucket is separate");
        HttpResponse<String> bad = send("GET", "/api/v1/vacancies", AccessFilter.KEY_HEADER, "jk_forged");
        assertEquals(401, bad.statusCode());
        assertEquals("invalid_api_key", JSON.readTree(bad.body()).get("error").get("code").asText());
    }

    @Test
    void keysAreStoredOnlyAsHashesAndCanBeRevoked() {
        ApiKeyRepository.Issued issued = keys.create("revoked partner", 10);
        assertEquals(64, ApiKeyRepository.hash(issued.key()).length());
        assertEquals("revoked partner", keys.find(issued.key()).orElseThrow().name());
        assertTrue(keys.revoke(issued.record().id()));
        assertFalse(keys.find(issued.key()).orElseThrow().active());
        assertFalse(keys.revoke(issued.record().id()), "already revoked");
        assertTrue(keys.find("jk_never-issued").isEmpty());
    }

    @Test
    void corsOnThePublicReadApiOnly() throws Exception {
        for (String path : new String[] {"/api/v1/vacancies", "/api/v1/vacancies/abc", "/api/v1/suggest",
            "/api/v1/openapi.json", "/api/v1/export/vacancies.jsonl", "/feeds/vacancies.atom"}) {
            HttpResponse<String> r = send("GET", path, "Origin", "https://partner.example");
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            String exposed = r.headers().firstValue("Access-Control-Expose-Headers").orElse("");
            for (String header : new String[] {"RateLimit-Remaining", "Retry-After", "Server-Timing"}) {
                assertTrue(exposed.contains(header), path + " exposes " + exposed);
            }
            NANOS.addAndGet(120_000_000_000L);
        }
        for (String path : new String[] {"/api/v1/admin/sources", "/api/v1/alerts", "/api/v1/alerts/1",
            "/api/v1/status"}) {
            HttpResponse<String> r = send("GET", path, "Origin", "https://evil.example");
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
        }
    }

    @Test
    void preflightIsAnsweredForPublicPathsAndNotCounted() throws Exception {
        for (int i = 0; i < ANONYMOUS + 1; i++) {
            HttpResponse<String> r = send("OPTIONS", "/api/v1/vacancies", "Origin", "https://partner.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-api-key");
            assertEquals(204, r.statusCode());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("X-API-Key"));
        }
        HttpResponse<String> admin = send("OPTIONS", "/api/v1/admin/sources", "Origin", "https://evil.example",
            "Access-Control-Request-Method", "DELETE");
        assertTrue(admin.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(admin.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
    }
}
