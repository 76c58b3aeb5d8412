package org.joinedup.crawler.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.ScriptedServer;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A small career site in the demo's shape: /job/index.html linking to detail pages, robots.txt and sitemap.xml. */
@Timeout(20)
class CareerSiteCrawlTest {
    private ScriptedServer site;
    private Crawler crawler;

    @BeforeEach
    void up() throws Exception {
        site = new ScriptedServer();
        String root = site.url("");
        site.text("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\nSitemap: " + root + "/sitemap.xml\n");
        site.withEtag("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>" + root + "/job/3.html</loc></url><url><loc>" + root + "/job/index.html</loc></url></urlset>", "\"s1\"");
        site.withEtag("/job/index.html", "text/html; charset=utf-8", "<html lang=\"da\"><body><h1>Ledige stillinger</h1>"
            + "<a href=\"1.html\">Pædagog</a> <a href=\"/job/2.html#apply\">Sygeplejerske</a> <a href=\"/private/x.html\">x</a>"
            + "<a href=\"http://example.org/elsewhere\">ext</a> <a href=\"/files/plan.pdf\">pdf</a></body></html>", "\"i1\"");
        site.withEtag("/job/1.html", "text/html; charset=utf-8", "<html lang=\"da\"><head><script type=\"application/ld+json\">"
            + "<!--\n{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"identifier\":{\"@type\":\"PropertyValue\",\"value\":\"FJ-1\"},"
            + "\"title\":\"Pædagog\",\"description\":\"<p>Børnehave</p>\",\"datePosted\":\"2026-11-01\",\"validThrough\":\"2026-12-01T23:59\","
            + "\"employmentType\":[\"FULL_TIME\",\"PERMANENT\"],\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Fjordby Kommune\"},"
            + "\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"Aarhus\",\"postalCode\":\"8000\",\"addressCountry\":\"DK\"},"
            + "\"geo\":{\"latitude\":56.15,\"longitude\":10.2}},"
            + "\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"DKK\",\"value\":{\"@type\":\"QuantitativeValue\",\"minValue\":32000,\"maxValue\":36000,\"unitText\":\"MONTH\"}},"
            + "} // trailing comma and comment\n-->\n</script></head><body>x</body></html>", "\"j1\"");
        site.withEtag("/job/2.html", "text/html", "<html><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
            + "{\"@type\":\"JobPosting\",\"title\":\"Sygeplejerske\",\"hiringOrganization\":\"Fjordby Kommune\",\"jobLocationType\":\"TELECOMMUTE\","
            + "\"jobLocation\":{\"@type\":\"Place\",\"address\":\"Silkeborg\"},\"employmentType\":\"PART_TIME\"}]}</script></html>", "\"j2\"");
        site.withEtag("/job/3.html", "text/html", "<html><body><div itemscope itemtype=\"https://schema.org/JobPosting\">"
            + "<h1 itemprop=\"title\">Vejmand</h1><meta itemprop=\"identifier\" content=\"FJ-3\"><time itemprop=\"datePosted\" datetime=\"2026-10-30\">30/10</time>"
            + "<div itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\"><span itemprop=\"name\">Fjordby Kommune</span></div>"
            + "<div itemprop=\"jobLocation\" itemscope itemtype=\"https://schema.org/Place\"><div itemprop=\"address\" itemscope itemtype=\"https://schema.org/PostalAddress\">"
            + "<span itemprop=\"addressLocality\">Randers</span></div></div>"
            + "<div itemprop=\"description\"><p>Veje</p></div></div></body></html>", "\"j3\"");
        site.text("/private/x.html", 200, "text/html", "<html>secret</html>");
        crawler = new Crawler(TestConfigs.loopback(), CrawlStateStore.inMemory());
    }

    @AfterEach
    void down() throws Exception {
        crawler.close();
        site.close();
    }

    @Test
    void findsEveryPostingWithinTheHostAndHonoursRobots() {
        Harvest h = crawler.harvest(TestConfigs.source("fjordby", site.url("/job/index.html"), SourceFormat.CAREER_SITE));
        assertTrue(h.ok(), () -> h.errors().toString());
        assertTrue(h.complete());
        Map<String, Posting> byTitle = h.postings().stream().collect(Collectors.toMap(Posting::title, Function.identity()));
        assertEquals(Set.of("Pædagog", "Sygeplejerske", "Vejmand"), byTitle.keySet());
        Posting p = byTitle.get("Pædagog");
        assertEquals("FJ-1", p.sourceRef());
        assertEquals(List.of("FULL_TIME", "PERMANENT"), p.employmentTypes());
        assertEquals("Aarhus", p.locations().get(0).locality());
        assertEquals(56.15, p.locations().get(0).lat());
        assertEquals(32000.0, p.salary().min());
        assertEquals("MONTH", p.salary().unit());
        assertEquals("da", p.language());
        assertEquals("2026-12-01T23:59", p.validThrough());
        Posting remote = byTitle.get("Sygeplejerske");
        assertEquals("TELECOMMUTE", remote.workplaceType());
        assertEquals(site.url("/job/2.html"), remote.sourceRef(), "no identifier: falls back to the page URL");
        assertEquals("Fjordby Kommune", remote.employerName());
        Posting micro = byTitle.get("Vejmand");
        assertEquals("FJ-3", micro.sourceRef());
        assertEquals("Randers", micro.locations().get(0).locality());
        assertEquals("2026-10-30", micro.datePosted());
        assertEquals(0, site.count("/private/x.html"));
        assertEquals(1, site.count("/job/2.html"), "fragment links are the same page");
    }

    @Test
    void secondCrawlIsConditionalAndNotModified() {
        var source = TestConfigs.source("fjordby", site.url("/job/index.html"), SourceFormat.CAREER_SITE);
        crawler.acknowledge(crawler.harvest(source));
        Harvest again = crawler.harvest(source);
        assertTrue(again.notModified(), () -> again.errors().toString());
        assertFalse(again.complete());
        assertEquals("\"j1\"", site.seen().stream().filter(s -> s.path().equals("/job/1.html")).toList().get(1).ifNoneMatch());
        var health = crawler.health("fjordby").orElseThrow();
        assertEquals(0.5, health.notModifiedRatio());
        assertEquals(3, health.itemsFound());
    }

    @Test
    void unacknowledgedCrawlIsReadInFullAgain() {
        var source = TestConfigs.source("fjordby", site.url("/job/index.html"), SourceFormat.CAREER_SITE);
        Harvest lost = crawler.harvest(source); // never committed downstream
        assertFalse(lost.validators().isEmpty());
        Harvest again = crawler.harvest(source);
        assertFalse(again.notModified());
        assertEquals(3, again.postings().size());
        assertEquals(null, site.seen().stream().filter(s -> s.path().equals("/job/1.html")).toList().get(1).ifNoneMatch());
    }

    @Test
    void changedPageYieldsAllPostingsIncludingCachedOnes() {
        var source = TestConfigs.source("fjordby", site.url("/job/index.html"), SourceFormat.CAREER_SITE);
        crawler.acknowledge(crawler.harvest(source));
        site.text("/job/3.html", 200, "text/html", "<html><div itemscope itemtype=\"http://schema.org/JobPosting\">"
            + "<span itemprop=\"title\">Vejformand</span><meta itemprop=\"identifier\" content=\"FJ-3\"></div></html>");
        Harvest again = crawler.harvest(source);
        assertFalse(again.notModified());
        assertTrue(again.complete());
        assertEquals(Set.of("Pædagog", "Sygeplejerske", "Vejformand"),
            again.postings().stream().map(Posting::title).collect(Collectors.toSet()));
    }
}
