package org.joinedup.crawler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.junit.jupiter.api.Test;

/** Field mapping per format, on real corpus files and on hand-made job XML. */
class FormatMappingTest {
    private static final Path C = CorpusParseTest.CORPUS;

    private static ParsedBody parse(SourceFormat hint, String rel) throws Exception {
        return Parsers.parse(hint, Files.readAllBytes(C.resolve(rel)), new ParseContext("s", "https://example.org/x", null, null));
    }

    @Test
    void googleBaseJobsFeed() throws Exception {
        ParsedBody b = parse(SourceFormat.FEED, "feeds/wellformed/rome/rome-modules/src/test/resources/base/jobs2base.xml");
        Posting p = b.postings().get(0);
        assertEquals("1001", p.sourceRef());
        assertEquals("Google Coordinator - Mountain View", p.title());
        assertEquals("Google, Inc", p.employerName());
        assertEquals(List.of("full-time"), p.employmentTypes());
        assertEquals("USD", p.salary().currency());
        assertTrue(p.salary().text().startsWith("40000"));
        assertEquals("2005-12-20", p.validThrough());
        assertTrue(p.locations().get(0).text().contains("Mountain View"));
    }

    @Test
    void rss091DoctypeIsAcceptedWithoutLoadingTheDtd() throws Exception {
        ParsedBody b = parse(SourceFormat.FEED, "feeds/wellformed/rome/rome/src/test/resources/rss_0.91N.xml");
        assertEquals(SourceFormat.FEED, b.format());
        assertFalse(b.postings().isEmpty());
    }

    @Test
    void hrXmlPositionOpening() throws Exception {
        ParsedBody b = parse(SourceFormat.AUTO, "jobfeeds/eures-hrxml/navikt-pam-eures-stilling-eksport/src/test/resources/ads/ad_1.xml");
        assertEquals(SourceFormat.HR_XML, b.format());
        Posting p = b.postings().get(0);
        assertNotNull(p.title());
        assertFalse(p.sourceRef().isBlank());
        assertEquals("ISCO-08", p.occupations().get(0).scheme());
        assertFalse(p.locations().isEmpty());
        assertEquals("NO", p.locations().get(0).country());
        assertFalse(p.employmentTypes().isEmpty());
        assertNotNull(p.validThrough());
    }

    @Test
    void jobviteXml() throws Exception {
        ParsedBody b = parse(SourceFormat.AUTO, "jobfeeds/jobvite-xml/jdpace-jobviter/spec/fixtures/jobs.xml");
        assertEquals(SourceFormat.JOB_XML, b.format());
        Posting p = b.postings().get(0);
        assertEquals("req1", p.sourceRef());
        assertEquals("Senior Trouble Maker", p.title());
        assertTrue(p.url().startsWith("http://hire.jobvite.com/"));
        assertEquals("New York, NY", p.locations().get(0).text());
    }

    @Test
    void indeedXml() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><source><publisher>Koivula</publisher><job>"
            + "<title><![CDATA[Lastentarhanopettaja]]></title><date>Fri, 10 Dec 2026 22:49:39 GMT</date>"
            + "<referencenumber>KV-17</referencenumber><url>https://koivula.example/t/17</url><company>Koivulan kaupunki</company>"
            + "<city>Tampere</city><state>Pirkanmaa</state><country>FI</country><postalcode>33100</postalcode>"
            + "<description><![CDATA[<p>Hae nyt</p>]]></description><salary>2 800 € / kk</salary><jobtype>fulltime, temporary</jobtype>"
            + "<category>Varhaiskasvatus</category><expirationdate>2026-12-31</expirationdate></job></source>";
        ParsedBody b = Parsers.parse(SourceFormat.JOB_XML, xml.getBytes(StandardCharsets.UTF_8), new ParseContext("k", null, null, null));
        Posting p = b.postings().get(0);
        assertEquals("KV-17", p.sourceRef());
        assertEquals("Koivulan kaupunki", p.employerName());
        assertEquals("Tampere", p.locations().get(0).locality());
        assertEquals("33100", p.locations().get(0).postcode());
        assertEquals("2 800 € / kk", p.salary().text());
        assertEquals(List.of("fulltime, temporary"), p.employmentTypes());
        assertEquals("2026-12-31", p.validThrough());
        assertEquals("<p>Hae nyt</p>", p.descriptionHtml());
    }

    @Test
    void schemaOrgMicrodataAndJsonLdAgree() throws Exception {
        Posting micro = parse(SourceFormat.CAREER_SITE, "jobposting/schemaorg/jobposting/eg-0028/microdata.html").postings().get(0);
        Posting json = parse(SourceFormat.CAREER_SITE, "jobposting/schemaorg/jobposting/eg-0028/jsonld.html").postings().get(0);
        assertEquals(json.title(), micro.title());
        assertEquals("2011-10-31", json.datePosted());
        assertEquals(json.datePosted(), micro.datePosted());
        assertEquals(List.of("Full-time"), json.employmentTypes());
        assertEquals(json.employmentTypes(), micro.employmentTypes());
        assertEquals("Kirkland", json.locations().get(0).locality());
        assertEquals(json.locations().get(0).locality(), micro.locations().get(0).locality());
        assertEquals(100000.0, json.salary().min());
        assertEquals("USD", json.salary().currency());
        assertEquals("Computer Software", json.extra().get("industry"));
    }

    @Test
    void brokenRealWorldJsonLdIsRead() throws Exception {
        for (String f : List.of("JSONLD_with_JS_comment.html", "JSONLD_with_control_characters.html",
            "JSONLD_with_control_characters_comment.html", "JoinAction.001.html", "AllocateAction.001.html")) {
            ParsedBody b = parse(SourceFormat.CAREER_SITE, "jobposting/extruct/tests/samples/custom.invalid/" + f);
            assertTrue(b.problems().isEmpty(), f + ": " + b.problems());
        }
    }

    @Test
    void xxeAndEntityBombsAreRefusedWithAReason() {
        for (String f : List.of("xmlbomb.xml", "quadratic.xml", "cyclic.xml", "external.xml", "external_file.xml")) {
            ParseException e = assertThrows(ParseException.class,
                () -> parse(SourceFormat.FEED, "adversarial/xml/defusedxml/xmltestdata/" + f), f);
            assertTrue(e.reason().contains("entit"), f + ": " + e.reason());
        }
    }

    @Test
    void sourceRefFallsBackToAStableHash() {
        assertEquals(SourceRefs.of(null, null, "Clerk"), SourceRefs.of(" ", "", "Clerk"));
        assertTrue(SourceRefs.of(null, null, "Clerk").startsWith("sha256:"));
        assertEquals("https://x/1", SourceRefs.of(null, "https://x/1", "Clerk"));
    }
}
