package org.joinedup.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.api.config.SourceInput;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.crawler.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation of admin source bodies: every problem is a 400 naming its field; SSRF rules apply up front. */
class SourceRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final SourceInput.LicenceInput OGL = new SourceInput.LicenceInput("OGL-UK-3.0", "Contains ...");

    private static SourceInput input(String id, String url, String format) {
        return new SourceInput(id, "Eastmoor Council", url, format, "Devon", "GB", "en-GB", OGL, "PT2H", null, null);
    }

    @Test
    void validInputBecomesAnAdminRowWithDefaults() {
        SourceRecord r = new SourceRules(false).toRecord(input("eastmoor", "https://jobs.eastmoor.example/rss",
            "feed"), null, NOW);
        assertEquals("eastmoor", r.id());
        assertEquals(SourceFormat.FEED, r.source().format());
        assertEquals(Duration.ofHours(2), r.source().schedule());
        assertEquals(SourceRecord.Origin.ADMIN, r.origin());
        assertTrue(r.source().fullSnapshot() && r.source().enabled() && !r.paused());
        assertEquals(NOW, r.createdAt());
        SourceRecord push = new SourceRules(false).toRecord(input(null, null, "PUSH"), "pushed", NOW);
        assertEquals("pushed", push.id());
        assertNull(push.source().url());
        assertEquals(SourceFormat.AUTO, new SourceRules(false).toRecord(input("a", "http://a.example/", null),
            null, NOW).source().format());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ftp://a.example/feed | url",
        "/relative/feed.xml | url",
        "https://user:pw@a.example/feed | url",
        "http://10.0.0.8/feed | url",
        "http://127.0.0.1:8080/feed | url",
        "http://0x7f.1/feed | url",
        "http://2130706433/feed | url",
        "http://[::1]/feed | url",
        "http://169.254.169.254/latest/meta-data | url",
        "http://localhost:8080/feed | url",
        "{self}/demo/feed.xml | url",
        "'http://a b.example/' | url",
    })
    void unsafeOrMalformedUrlsAreRefusedWithoutLoopback(String url, String field) {
        BadParameterException e = assertThrows(BadParameterException.class,
            () -> new SourceRules(false).toRecord(input("a", url, "FEED"), null, NOW));
        assertEquals(field, e.parameter());
    }

    @Test
    void loopbackAndSelfOnlyWhenTheCrawlerAllowsLoopback() {
        SourceRules demo = new SourceRules(true);
        assertEquals("{self}/demo/feed.xml", SelfUrl.written(demo.toRecord(input("a", "{self}/demo/feed.xml", "FEED"),
            null, NOW).source().url()));
        assertEquals("http://127.0.0.1:9/feed", demo.toRecord(input("a", "http://127.0.0.1:9/feed", "FEED"), null,
            NOW).source().url().toString());
        BadParameterException e = assertThrows(BadParameterException.class,
            () -> demo.toRecord(input("a", "http://192.168.1.1/feed", "FEED"), null, NOW));
        assertEquals("url", e.parameter());
        assertTrue(e.getMessage().contains("private"), e.getMessage());
    }

    @Test
    void everyFieldIsNamed() {
        SourceRules rules = new SourceRules(false);
        String ok = "https://a.example/feed";
        assertField(rules, input("Bad Id", ok, "FEED"), null, "id");
        assertField(rules, input(null, ok, "FEED"), null, "id");
        assertField(rules, input("a", ok, "FEED"), "b", "id");
        assertField(rules, input("a", ok, "RSS"), null, "format");
        assertField(rules, input("a", null, "FEED"), null, "url");
        assertField(rules, input("a", ok, "PUSH"), null, "url");
        assertField(rules, new SourceInput("a", " ", ok, null, null, null, null, OGL, null, null, null), null,
            "council");
        assertField(rules, new SourceInput("a", "C", ok, null, null, "UK", null, OGL, null, null, null), null,
            "country");
        assertField(rules, new SourceInput("a", "C", ok, null, null, null, "english!", OGL, null, null, null), null,
            "language");
        assertField(rules, new SourceInput("a", "C", ok, null, null, null, null, null, null, null, null), null,
            "licence.id");
        assertField(rules, new SourceInput("a", "C", ok, null, null, null, null, OGL, "PT10S", null, null), null,
            "schedule");
        assertField(rules, new SourceInput("a", "C", ok, null, null, null, null, OGL, "hourly", null, null), null,
            "schedule");
        assertField(rules, null, null, "body");
    }

    private static void assertField(SourceRules rules, SourceInput in, String pathId, String field) {
        BadParameterException e = assertThrows(BadParameterException.class, () -> rules.toRecord(in, pathId, NOW));
        assertEquals(field, e.parameter(), e.getMessage());
    }
}
