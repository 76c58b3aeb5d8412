package org.joinedup.crawler.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds every corpus file (feeds, jobposting, jobfeeds, adversarial) through the parsers: each must give
 * postings, or no postings with a reason an admin can read, or a refusal with a reason; within 2 s; without
 * touching the network (a ProxySelector that records any connection, and the trap socket of
 * {@link LocalFileTrap}) and without reading local files: no output may hold a line of a local file the corpus
 * refers to (file:///etc/passwd, ../../etc/passwd ...), and files with SYSTEM identifiers are parsed a second
 * time with those aimed at a marker file whose unique content must never come out.
 */
class CorpusParseTest {
    /** The repository's copy of the third-party corpus (testdata/, see its SOURCES.md). */
    static final Path CORPUS = TestData.root();
    private static final Pattern HEADER = Pattern.compile("Header:\\s*Content-type:\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();
    private static final Map<String, Integer> EMPTY_REASONS = new TreeMap<>();
    private static final AtomicInteger PARSED = new AtomicInteger();
    private static final AtomicInteger POSTINGS = new AtomicInteger();
    private static final AtomicInteger EMPTY = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();
    private static final AtomicInteger ARMED = new AtomicInteger();
    private static final List<String> NETWORK = new ArrayList<>();
    private static ProxySelector previous;
    private static LocalFileTrap trap;

    /** Loads parser classes and the JDK's time-zone names once, so the 2 s budget measures parsing. */
    @BeforeAll
    static void warmUp() throws ParseException {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
            + "<pubDate>Wed, 02 Oct 2002 13:00:00 PDT</pubDate><pubDate>Wed, 02 Oct 2002 13:00:00 XYZ</pubDate></item></channel></rss>";
        Parsers.parse(SourceFormat.FEED, rss.getBytes(StandardCharsets.UTF_8), new ParseContext("warm", null, null, null));
        Parsers.parse(SourceFormat.CAREER_SITE, "<html><script type=application/ld+json>{}</script></html>"
            .getBytes(StandardCharsets.UTF_8), new ParseContext("warm", null, null, null));
    }

    @BeforeAll
    static void watchNetwork() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                synchronized (NETWORK) {
                    NETWORK.add(uri.toString());
                }
                throw new IllegalStateException("network access attempted: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @AfterAll
    static void report() {
        ProxySelector.setDefault(previous);
        System.out.println("CORPUS: " + (PARSED.get() + EMPTY.get() + REJECTED.get()) + " files: parsed with postings="
            + PARSED + " (postings=" + POSTINGS + "), no postings with a reason=" + EMPTY + ", rejected with a reason="
            + REJECTED);
        EMPTY_REASONS.forEach((k, v) -> System.out.println("CORPUS:   no postings\t" + v + "\t" + k));
        OUTCOMES.forEach((k, v) -> System.out.println("CORPUS:   " + v + "\t" + k));
        if (trap != null) {
            System.out.println("CORPUS: local files referenced " + trap.referenced() + ", " + trap.markerCount()
                + " marker lines watched, " + ARMED + " files parsed again with SYSTEM ids aimed at the trap");
        }
        assertTrue(NETWORK.isEmpty(), "network access attempted: " + NETWORK);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFile() throws IOException {
        assertTrue(Files.isDirectory(CORPUS), "corpus missing at " + CORPUS.toAbsolutePath());
        List<Path> files = new ArrayList<>();
        for (String top : List.of("feeds", "jobposting", "jobfeeds", "adversarial")) {
            try (Stream<Path> s = Files.walk(TestData.path(top))) {
                s.filter(Files::isRegularFile).filter(CorpusParseTest::wanted).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 1000, "expected the whole corpus, found " + files.size());
        trap = LocalFileTrap.scan(files);
        assertTrue(trap.referenced().contains("/etc/passwd"), "the corpus refers to /etc/passwd: " + trap.referenced());
        return files.stream().map(f -> DynamicTest.dynamicTest(CORPUS.relativize(f).toString(), () -> check(f)));
    }

    private static boolean wanted(Path p) {
        String s = p.toString().replace('\\', '/');
        return !s.contains("/LICENSES/") && !s.endsWith(".md") && !s.endsWith(".tsv");
    }

    private static void check(Path file) {
        String rel = CORPUS.relativize(file).toString().replace('\\', '/');
        byte[] body = read(file);
        byte[] armed = trap.arm(body);
        ParseContext ctx = new ParseContext("corpus", "https://example.org/" + rel.replace(' ', '_'), contentTypeOf(body), null);
        SourceFormat hint = hint(rel);
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            if (armed != body) {
                ARMED.incrementAndGet();
                parseChecked(rel + " (armed)", hint, armed, ctx);
            }
            return parseChecked(rel, hint, body, ctx);
        }, rel);
        trap.assertNoConnection(rel);
        if (Boolean.getBoolean("joinedup.corpus.verbose")) {
            System.out.println("CORPUS-FILE\t" + rel + "\t" + outcome);
        }
        synchronized (OUTCOMES) {
            if (outcome.startsWith("no postings: ")) {
                EMPTY_REASONS.merge(outcome.substring("no postings: ".length()), 1, Integer::sum);
            }
            OUTCOMES.merge(folder(rel) + " " + (outcome.startsWith("no postings") ? "no postings (reason given)" : outcome),
                1, Integer::sum);
        }
        (outcome.startsWith("parsed") ? PARSED : outcome.startsWith("no postings") ? EMPTY : REJECTED).incrementAndGet();
        if (rel.startsWith("adversarial/xml") && rel.matches(".*(bomb|quadratic|cyclic|Billion|external).*")) {
            assertFalse(outcome.startsWith("parsed"), "entity attack must be refused: " + rel);
        }
    }

    /** Parses one body and returns its outcome label; every output is checked for leaked local content. */
    private static String parseChecked(String rel, SourceFormat hint, byte[] body, ParseContext ctx) {
        try {
            ParsedBody parsed = Parsers.parse(hint, body, ctx);
            for (Posting p : parsed.postings()) {
                trap.assertNothingLeaked(rel, p.toString());
            }
            parsed.problems().forEach(p -> trap.assertNothingLeaked(rel, p));
            trap.assertNothingLeaked(rel, parsed.note());
            POSTINGS.addAndGet(rel.endsWith("(armed)") ? 0 : parsed.postings().size());
            if (parsed.postings().isEmpty()) {
                assertTrue(parsed.note() != null && !parsed.note().isBlank(), "no postings and no reason: " + rel);
                return "no postings: " + category(parsed.note());
            }
            return "parsed: " + parsed.format();
        } catch (ParseException e) {
            assertFalse(e.reason() == null || e.reason().isBlank(), "rejected without a reason: " + rel);
            trap.assertNothingLeaked(rel, e.reason());
            return "rejected: " + category(e.reason())
                + (Boolean.getBoolean("joinedup.corpus.verbose") && e.getCause() != null ? " / " + e.getCause() + " / " + e.getCause().getCause() : "");
        }
    }

    private static SourceFormat hint(String rel) {
        if (rel.startsWith("feeds/")) return SourceFormat.FEED;
        if (rel.startsWith("jobposting/") || rel.startsWith("adversarial/html")) return SourceFormat.CAREER_SITE;
        return SourceFormat.AUTO;
    }

    /** feedparser http_* files state the Content-Type their test needs in a header comment. */
    static String contentTypeOf(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 600), StandardCharsets.ISO_8859_1);
        Matcher m = HEADER.matcher(head);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String folder(String rel) {
        String[] parts = rel.split("/");
        return parts.length > 2 ? parts[0] + "/" + parts[1] : parts[0];
    }

    /** Groups reasons coarsely for the summary: the part before the first detail. */
    private static String category(String reason) {
        int types = reason.indexOf(" (types: ");
        if (types > 0) {
            return reason.substring(0, types) + " (other types only)";
        }
        for (String prefix : List.of("not well-formed XML", "JSON-LD unreadable", "unrecognised XML document",
            "document declares entity", "not a feed type ROME recognises", "XML refused")) {
            if (reason.startsWith(prefix)) {
                return prefix;
            }
        }
        return reason.length() > 90 ? reason.substring(0, 90) : reason;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
