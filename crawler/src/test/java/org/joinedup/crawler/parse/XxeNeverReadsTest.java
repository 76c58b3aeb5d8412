package org.joinedup.crawler.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.fuzz.ExfiltrationTrap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * XXE and entity-expansion payloads aimed at real targets: a temp file holding a unique marker and a loopback
 * socket we listen on. Through every format hint, the parsers must never put the marker in any output or
 * reason, never connect, and refuse or finish within 2 s. The adversarial corpus files are re-aimed at the
 * same targets (their file:///etc/passwd and http:// references), and a canary proves the payloads work
 * against a default, unhardened JDK parser.
 */
@Timeout(60)
class XxeNeverReadsTest {
    private static final ExfiltrationTrap TRAP = ExfiltrationTrap.INSTANCE;
    private static final Path ADVERSARIAL = CorpusParseTest.CORPUS.resolve("adversarial/xml");
    private static final SourceFormat[] HINTS = {SourceFormat.AUTO, SourceFormat.FEED, SourceFormat.JOB_XML,
        SourceFormat.HR_XML, SourceFormat.CAREER_SITE};

    private static final String RSS_OPEN = "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>";
    private static final String RSS_CLOSE = "</title></item></channel></rss>";

    static Map<String, String> payloads() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("general entity from file", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"@MARKER_FILE@\">]>"
            + RSS_OPEN + "&x;" + RSS_CLOSE);
        p.put("general entity, plain path", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + TRAP.filePath() + "\">]>" + RSS_OPEN + "&x;" + RSS_CLOSE);
        p.put("general entity from url", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"@MARKER_URL@\">]>"
            + RSS_OPEN + "&x;" + RSS_CLOSE);
        p.put("parameter entity from url", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"@MARKER_URL@\">"
            + " %p;]>" + RSS_OPEN + "x" + RSS_CLOSE);
        p.put("out-of-band (file into url)", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % f SYSTEM "
            + "\"@MARKER_FILE@\"><!ENTITY % d \"<!ENTITY &#37; e SYSTEM '@MARKER_URL@?%f;'>\"> %d; %e;]>"
            + RSS_OPEN + "x" + RSS_CLOSE);
        p.put("external DTD", "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"@MARKER_URL@\">" + RSS_OPEN + "x" + RSS_CLOSE);
        p.put("RSS 0.91 public DTD", "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS "
            + "0.91//EN\" \"@MARKER_URL@\"><rss version=\"0.91\"><channel><title>t</title><item><title>Porter</title>"
            + "<link>https://council.example/1</link></item></channel></rss>");
        p.put("external DTD from file", "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"@MARKER_FILE@\">" + RSS_OPEN + "x"
            + RSS_CLOSE);
        p.put("xinclude", "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><item><guid>1</guid>"
            + "<title><xi:include href=\"@MARKER_FILE@\" parse=\"text\"/></title></item></channel></rss>");
        p.put("schema location", "<source xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"@MARKER_URL@\"><job><title>x</title><referencenumber>1</referencenumber>"
            + "</job></source>");
        p.put("stylesheet PI", "<?xml-stylesheet type=\"text/xsl\" href=\"@MARKER_URL@\"?>" + RSS_OPEN + "x" + RSS_CLOSE);
        p.put("job xml entity", "<!DOCTYPE source [<!ENTITY x SYSTEM \"@MARKER_FILE@\">]><source><job><title>&x;</title>"
            + "<referencenumber>1</referencenumber><description>&x;</description></job></source>");
        p.put("hr-xml entity", "<!DOCTYPE PositionOpening [<!ENTITY x SYSTEM \"@MARKER_FILE@\">]><PositionOpening "
            + "xmlns=\"http://www.hr-xml.org/3\"><DocumentID>1</DocumentID><PositionProfile><PositionTitle>&x;"
            + "</PositionTitle></PositionProfile></PositionOpening>");
        p.put("html with doctype entity", "<!DOCTYPE html [<!ENTITY x SYSTEM \"@MARKER_FILE@\">]><html><body>&x;<script "
            + "type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"&x;\"}</script></body></html>");
        p.put("billion laughs, 10 levels", laughs(10));
        p.put("quadratic blowup", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + "x".repeat(50_000) + "\">]>"
            + RSS_OPEN + "&a;".repeat(20_000) + RSS_CLOSE);
        return p;
    }

    private static String laughs(int levels) {
        StringBuilder dtd = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i < levels; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]>" + RSS_OPEN + "&l" + (levels - 1) + ";" + RSS_CLOSE;
    }

    @TestFactory
    Stream<DynamicTest> handMadePayloadsThroughEveryHint() {
        List<DynamicTest> tests = new ArrayList<>();
        payloads().forEach((name, body) -> {
            byte[] armed = TRAP.arm(body.getBytes(StandardCharsets.UTF_8));
            tests.add(DynamicTest.dynamicTest(name, () -> everyHint(name, armed)));
            tests.add(DynamicTest.dynamicTest(name + " (UTF-16)", () ->
                everyHint(name, TRAP.arm(body.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding="
                    + "\"UTF-16\"?>").getBytes(StandardCharsets.UTF_16)))));
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> adversarialCorpusReAimedAtTheTrap() throws IOException {
        assertTrue(Files.isDirectory(ADVERSARIAL), "corpus missing at " + ADVERSARIAL.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.walk(ADVERSARIAL)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 15, "expected the adversarial XML files, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(ADVERSARIAL.relativize(f).toString(),
            () -> everyHint(f.toString(), reAim(Files.readString(f, StandardCharsets.ISO_8859_1)))));
    }

    /** Points every file and URL reference of a corpus payload at the trap (never at the real target). */
    static byte[] reAim(String text) {
        String s = text.replaceAll("file:/+[^\"'\\s>]*", "@MARKER_FILE@")
            .replaceAll("(https?|php|ftp|jar|netdoc|gopher)://[^\"'\\s>]*", "@MARKER_URL@")
            .replaceAll("php://[^\"'\\s>]*", "@MARKER_URL@");
        return TRAP.arm(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void everyHint(String name, byte[] body) {
        for (SourceFormat hint : HINTS) {
            String outcome = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parse(hint, body),
                name + " as " + hint);
            assertFalse(outcome.contains(TRAP.marker()), name + " as " + hint + " leaked the marker: " + outcome);
            assertFalse(TRAP.connected(), name + " as " + hint + " opened a connection to " + TRAP.url());
        }
    }

    private static String parse(SourceFormat hint, byte[] body) {
        try {
            List<Posting> postings = Parsers.parse(hint, body, new ParseContext("xxe", "https://council.example/",
                null, null)).postings();
            return postings.toString();
        } catch (ParseException e) {
            return e.reason() + " / " + e.getCause();
        }
    }

    /** Canary: the same file payload does leak through a default JDK parser, so the checks above can fail. */
    @Test
    void aDefaultParserWouldLeakTheMarker() throws Exception {
        byte[] body = TRAP.arm(payloads().get("general entity from file").getBytes(StandardCharsets.UTF_8));
        String title = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(body)).getElementsByTagName("title").item(1).getTextContent();
        assertTrue(title.contains(TRAP.marker()), "canary payload did not reach the marker file: " + title);
    }
}
