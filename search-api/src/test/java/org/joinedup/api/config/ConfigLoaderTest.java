package org.joinedup.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ConfigLoaderTest.class.getResource("/config/" + name).toURI());
    }

    @Test
    void readsAGoodFileWithDefaultsAndRelativePaths() throws Exception {
        Path file = fixture("good.yaml");
        AppConfig c = ConfigLoader.load(file);
        Path dir = file.getParent();

        assertEquals("127.0.0.1", c.server().host());
        assertEquals(0, c.server().port());
        assertNull(c.server().publicBaseUrl());
        assertEquals(dir.resolve("data"), c.dataDir());
        assertEquals(dir.resolve("data/index"), c.indexConfig().dir());
        assertEquals(Duration.ofDays(2), c.indexConfig().snapshotGrace());
        assertEquals("jdbc:h2:file:" + dir.resolve("data/db/joinedup"), c.jdbcUrl());
        assertEquals(dir.resolve("sites"), c.demo().siteDir());
        assertEquals("TestBot/1.0", c.crawler().config().userAgent());
        assertEquals(Duration.ofMillis(100), c.crawler().config().minHostDelay());
        assertEquals(1048576, c.crawler().config().maxBodyBytes());
        assertTrue(c.crawler().config().allowLoopback());
        assertFalse(c.crawler().harvestOnStart());
        assertEquals(3, c.sources().size());
    }

    @Test
    void replacesSelfInSourceUrlsAndFillsSourceDefaults() throws Exception {
        AppConfig c = ConfigLoader.load(fixture("good.yaml"));
        List<Source> sources = c.resolvedSources(URI.create("http://127.0.0.1:4321"));

        Source northmere = sources.get(0);
        assertEquals(URI.create("http://127.0.0.1:4321/demo/northmere/vacancies.rss"), northmere.url());
        assertEquals("OGL-UK-3.0", northmere.licence().id());
        assertEquals(Duration.ofHours(1), northmere.schedule());

        Source lindeveen = sources.get(1);
        assertEquals(SourceFormat.FEED, lindeveen.format());
        assertEquals(Duration.ofMinutes(30), lindeveen.schedule());
        assertEquals("", lindeveen.licence().attribution());
        assertTrue(lindeveen.fullSnapshot());
        assertTrue(lindeveen.enabled());

        Source pushed = sources.get(2);
        assertEquals(SourceFormat.PUSH, pushed.format());
        assertNull(pushed.url());
        assertFalse(pushed.enabled());
    }

    @Test
    void namesTheKeyPathOfEveryInvalidValue() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(fixture("bad-values.yaml")));
        List<String> p = e.problems();

        assertTrue(p.contains("server.port: must be 0..65535"), p::toString);
        assertTrue(p.contains("index.refreshInterval: not an ISO-8601 duration (e.g. PT1S, PT1H, P2D): 'soon'"),
            p::toString);
        assertTrue(p.contains("database.url: must be a jdbc:h2: or jdbc:postgresql: URL"), p::toString);
        assertTrue(p.contains("crawler.maxBodyBytes: must be positive"), p::toString);
        assertTrue(p.contains("sources[1].id: must match [a-z0-9-]+"), p::toString);
        assertTrue(p.contains("sources[2].url: not an absolute http(s) URL"), p::toString);
        assertTrue(p.contains("sources[3].id: duplicate source id 'ok-one'"), p::toString);
        assertTrue(p.contains("sources[3].format: must be one of [AUTO, FEED, JOB_XML, HR_XML, CAREER_SITE, PUSH]"),
            p::toString);
        assertTrue(p.contains("sources[3].country: not an ISO 3166-1 alpha-2 code (e.g. GB, NL)"), p::toString);
        assertTrue(p.contains("sources[3].schedule: must be a positive duration"), p::toString);
        assertEquals(10, p.size(), p::toString);
        assertTrue(e.getMessage().contains("bad-values.yaml"));
    }

    @Test
    void rejectsUnknownKeysWithTheirPath() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(fixture("unknown-key.yaml")));
        assertEquals(List.of("sources[0].colour: unknown key"), e.problems());
    }

    @Test
    void rejectsWrongTypesWithTheirPath() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(fixture("wrong-type.yaml")));
        assertEquals(List.of("server.port: cannot read 'eighty' as a number"), e.problems());
    }

    @Test
    void rejectsSelfInTheMiddleOfAUrlAndMissingRequiredKeys() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
            sources:
              - id: a
                url: "https://x.example/{self}/feed"
                format: FEED
              - id: b
                council: B
                format: CAREER_SITE
                licence: {id: X}
            """, Path.of("."), "inline"));
        assertEquals(List.of("sources[0].council: must not be empty", "sources[0].url: not an absolute http(s) URL",
            "sources[0].licence.id: required", "sources[1].url: required unless format is PUSH"), e.problems());
    }

    @Test
    void refusesAHostDelayUnderOneSecondUnlessLoopbackIsAllowed() throws Exception {
        ConfigException e = assertThrows(ConfigException.class,
            () -> ConfigLoader.parse("crawler: {minHostDelay: PT0.5S}\n", Path.of("."), "inline"));
        assertEquals(List.of("crawler.minHostDelay: must be at least PT1S (shorter only with "
            + "crawler.allowLoopback: true, for the demo and tests)"), e.problems());
        AppConfig demo = ConfigLoader.parse("crawler: {minHostDelay: PT0.5S, allowLoopback: true}\n", Path.of("."),
            "inline");
        assertEquals(Duration.ofMillis(500), demo.crawler().config().minHostDelay());
        AppConfig slower = ConfigLoader.parse("crawler: {minHostDelay: PT2S}\n", Path.of("."), "inline");
        assertEquals(Duration.ofSeconds(2), slower.crawler().config().minHostDelay());
    }

    @Test
    void reportsSyntaxErrorsEmptyAndMissingFiles(@TempDir Path tmp) throws Exception {
        ConfigException syntax = assertThrows(ConfigException.class,
            () -> ConfigLoader.parse("dataDir: 'unterminated\n", tmp, "broken"));
        assertTrue(syntax.problems().get(0).contains("not valid YAML"), syntax.problems()::toString);

        Files.writeString(tmp.resolve("empty.yaml"), "");
        ConfigException empty = assertThrows(ConfigException.class,
            () -> ConfigLoader.load(tmp.resolve("empty.yaml")));
        assertEquals(List.of("the file is empty"), empty.problems());

        ConfigException missing = assertThrows(ConfigException.class, () -> ConfigLoader.load(tmp.resolve("no.yaml")));
        assertEquals(List.of("file not found"), missing.problems());
    }

    @Test
    void appliesDefaultsToAMinimalFile(@TempDir Path tmp) {
        AppConfig c = ConfigLoader.parse("sources: []\n", tmp, "minimal");
        assertEquals(8080, c.server().port());
        assertEquals(tmp.resolve("data"), c.dataDir());
        assertEquals("sa", c.database().user());
        assertTrue(c.crawler().harvestOnStart());
        assertFalse(c.crawler().config().allowLoopback());
        assertNull(c.demo().siteDir());
    }

    @Test
    void overridesKeepEverythingElse(@TempDir Path tmp) throws Exception {
        AppConfig c = ConfigLoader.load(fixture("good.yaml")).withDataDir(tmp).withPort(9999);
        assertEquals(tmp.resolve("index"), c.indexConfig().dir());
        assertEquals("jdbc:h2:file:" + tmp.toAbsolutePath().resolve("db/joinedup"), c.jdbcUrl());
        assertEquals(9999, c.server().port());
        assertEquals(3, c.sources().size());
    }

    @Test
    void loadsTheShippedExampleAndDemoConfigs() {
        Path example = Path.of("..", "config", "joinedup.example.yaml");
        Path demo = Path.of("..", "config", "demo", "demo.yaml");
        assertTrue(Files.isRegularFile(example), "shipped config missing: " + example.toAbsolutePath());
        assertTrue(Files.isRegularFile(demo), "shipped config missing: " + demo.toAbsolutePath());
        assertFalse(ConfigLoader.load(example).crawler().config().allowLoopback(),
            "the example config is production-like");
        AppConfig d = ConfigLoader.load(demo);
        assertTrue(d.crawler().config().allowLoopback());
        assertTrue(Files.isDirectory(d.demo().siteDir()), "demo.siteDir exists: " + d.demo().siteDir());
        assertEquals(List.of("northmere", "lindeveen", "fjordby", "koivula", "nyjobs"),
            d.sources().stream().map(Source::id).toList());
    }
}
