package org.joinedup.crawler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.xml.XmlDocuments;
import org.junit.jupiter.api.Test;

/**
 * Wrong charset declarations, checked on the DECODED text: an HTTP header that says Latin-1 over a UTF-8 body,
 * one that says UTF-8 over a windows-1252 body, for feeds and for career pages; then the feedparser encoding
 * cases of the corpus whose header comment states the expected text.
 */
class CharsetSniffingTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Path ENCODING = CorpusParseTest.CORPUS.resolve("feeds/wellformed/feedparser/tests/encoding");
    private static final Path BOZO_ENCODING = CorpusParseTest.CORPUS.resolve("feeds/illformed/feedparser/tests/encoding");

    private static String rss(String prolog, String title) {
        return prolog + "<rss version=\"2.0\"><channel><title>Jobs</title><item><title>" + title
            + "</title><guid>j1</guid></item></channel></rss>";
    }

    private static Posting only(byte[] body, String contentType, SourceFormat hint) throws ParseException {
        List<Posting> postings = Parsers.parse(hint, body, new ParseContext("t", "https://council.example/",
            contentType, null)).postings();
        assertEquals(1, postings.size());
        return postings.get(0);
    }

    @Test
    void latin1HeaderOverUtf8FeedWithUtf8Prolog() throws ParseException {
        byte[] body = rss("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "Sjúkrahús Reykjavíkur: hjúkrunarfræðingur")
            .getBytes(StandardCharsets.UTF_8);
        Posting p = only(body, "application/rss+xml; charset=ISO-8859-1", SourceFormat.FEED);
        assertEquals("Sjúkrahús Reykjavíkur: hjúkrunarfræðingur", p.title());
    }

    @Test
    void utf8HeaderOverWindows1252FeedWithoutProlog() throws ParseException {
        byte[] body = rss("", "Lähihoitaja – Zürich").getBytes(CP1252);
        Posting p = only(body, "application/xml; charset=utf-8", SourceFormat.FEED);
        assertEquals("Lähihoitaja – Zürich", p.title());
    }

    @Test
    void noHeaderAndNoPrologOverWindows1252Feed() throws ParseException {
        byte[] body = rss("", "Pædagog i Århus").getBytes(CP1252);
        assertEquals("Pædagog i Århus", only(body, null, SourceFormat.FEED).title());
    }

    @Test
    void honestLatin1IsLeftAlone() throws ParseException {
        byte[] body = rss("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>", "Sjúkrahús").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Sjúkrahús", only(body, "text/xml; charset=iso-8859-1", SourceFormat.FEED).title());
    }

    private static String page(String title) {
        return "<html><head><meta charset=\"utf-8\"><script type=\"application/ld+json\">{\"@context\":"
            + "\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"" + title + "\",\"identifier\":\"h1\"}"
            + "</script></head><body></body></html>";
    }

    @Test
    void latin1HeaderOverUtf8Page() throws ParseException {
        byte[] body = page("Lähihoitaja, Sjúkrahús").getBytes(StandardCharsets.UTF_8);
        Posting p = only(body, "text/html; charset=ISO-8859-1", SourceFormat.CAREER_SITE);
        assertEquals("Lähihoitaja, Sjúkrahús", p.title());
    }

    @Test
    void utf8HeaderOverWindows1252Page() throws ParseException {
        byte[] body = page("Sozialarbeiter – Zürich").getBytes(CP1252);
        Posting p = only(body, "text/html; charset=utf-8", SourceFormat.CAREER_SITE);
        assertEquals("Sozialarbeiter – Zürich", p.title());
    }

    // --- feedparser encoding cases whose Expect line states the text ---

    private static Posting corpusItem(Path file, String contentType) throws IOException, ParseException {
        return only(Files.readAllBytes(file), contentType, SourceFormat.FEED);
    }

    @Test
    void eucKrItemDescription() throws Exception {
        // Expect: entries[0]['description'] == '\ub144'
        assertEquals("\ub144", corpusItem(ENCODING.resolve("euc-kr-item.xml"), null).descriptionHtml().strip());
    }

    @Test
    void eucKrInAnAttribute() throws Exception {
        // Expect: entries[0]['description'] == '<img alt="\ub144" />'
        String html = corpusItem(ENCODING.resolve("euc-kr-attribute.xml"), null).descriptionHtml();
        assertTrue(html.contains("alt=\"\ub144\""), html);
    }

    @Test
    void windows1252BytesInAnUndeclaredFeedAreDemoronized() throws Exception {
        // demoronize-1: a raw 0x92 byte, no declaration; Expect: description == 'don\u2019t'
        assertEquals("don\u2019t", corpusItem(ENCODING.resolve("demoronize-1.xml"), null).descriptionHtml().strip());
    }

    @Test
    void windows1252CharacterReferencesAreDemoronized() throws Exception {
        // demoronize-2: don&#146;t; Expect: description == 'don\u2019t'
        assertEquals("don\u2019t", corpusItem(ENCODING.resolve("demoronize-2.xml"), null).descriptionHtml().strip());
    }

    @Test
    void textXmlWithoutCharsetStillReadsTheUtf8Title() throws Exception {
        // bozo_http_i18n: Content-type: text/xml (RFC 3023 says us-ascii) over a UTF-8 body declared utf-8
        byte[] body = Files.readAllBytes(BOZO_ENCODING.resolve("bozo_http_i18n.xml"));
        var doc = XmlDocuments.parse(body, "text/xml");
        assertEquals("Iñtërnâtiônàlizætiøn", doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    @Test
    void everyWellFormedEncodingCaseDecodesToWellFormedXml() throws IOException {
        // all are "not bozo" for feedparser (UTF-16/32 with and without BOM, big5, euc-kr, gb2312, header vs
        // prolog): each must decode to well-formed XML (some are then refused as feeds, e.g. <rss> without <channel>)
        try (Stream<Path> files = Files.list(ENCODING)) {
            for (Path f : files.sorted().toList()) {
                byte[] body = Files.readAllBytes(f);
                try {
                    XmlDocuments.parse(body, CorpusParseTest.contentTypeOf(body));
                } catch (ParseException e) {
                    throw new AssertionError(f.getFileName() + " rejected: " + e.reason(), e);
                }
            }
        }
    }
}
