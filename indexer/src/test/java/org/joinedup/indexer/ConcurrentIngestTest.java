package org.joinedup.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's harvest pool ingests harvests of different sources at once, and an ingest normalises its
 * postings before it takes the index lock. Harvests of a council and of a board re-listing the council's
 * vacancies, ingested from two threads at once, must give what ingesting them one after the other gives: every
 * listing indexed, each vacancy added once and its other listing merged once (whichever came first), one search hit per
 * vacancy, and the council's last snapshot, sent again, recognised as unchanged.
 */
class ConcurrentIngestTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final int HARVESTS = 12;
    private static final int PER_HARVEST = 40;

    @TempDir
    Path dir;
    private static LanguageAnalysis analysis;

    private final Source council = source("lindeveen", "Gemeente Lindeveen", true);
    private final Source board = source("board", "Regional Jobs Board", false);

    @BeforeAll
    static void load() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    private static Source source(String id, String council, boolean snapshot) {
        return new Source(id, council, URI.create("http://127.0.0.1/" + id), SourceFormat.FEED, "Utrecht", "NL", "nl",
            new Licence("CC-BY-4.0", council), Duration.ofHours(1), snapshot, true);
    }

    /** Vacancy n as the council lists it, or as the board re-lists it (other reference, same text). */
    private Posting posting(Source s, int n) {
        String text = "Gemeente Lindeveen zoekt voor team " + n + " een collega die zorgt voor de wijk, de buurt en de "
            + "bewoners. Je werkt " + (24 + n % 13) + " uur per week aan dossier " + n * 7919 + " en overlegt met "
            + "partners in wijk " + n % 17 + ". Reageer voor de sluitingsdatum.";
        return Posting.builder(s.id(), (s == board ? "b-" : "c-") + n).title("Wijkmedewerker team " + n)
            .descriptionHtml("<p>" + text + "</p>").url("https://example.org/" + s.id() + "/" + n)
            .datePosted("2026-11-18").validThrough("2027-01-15").language("nl").employerName(council.council())
            .build();
    }

    private List<Harvest> harvests(Source s) {
        List<Harvest> out = new ArrayList<>();
        for (int h = 0; h < HARVESTS; h++) {
            List<Posting> postings = new ArrayList<>();
            // A complete snapshot of the council lists everything so far; the board sends increments.
            for (int n = s == council ? 0 : h * PER_HARVEST; n < (h + 1) * PER_HARVEST; n++) postings.add(posting(s, n));
            out.add(new Harvest(s, postings, false, true, 200, List.of(), NOW, NOW));
        }
        return out;
    }

    @Test
    void twoSourcesAtOnceGiveWhatOneAfterTheOtherGives() throws Exception {
        int vacancies = HARVESTS * PER_HARVEST;
        Tally sequential = new Tally();
        try (Indexer indexer = open(dir.resolve("sequential"))) {
            for (Harvest h : harvests(council)) sequential.add(indexer.ingest(h));
            for (Harvest h : harvests(board)) sequential.add(indexer.ingest(h));
            check(indexer, sequential, vacancies);
        }
        Tally concurrent = new Tally();
        try (Indexer indexer = open(dir.resolve("concurrent"));
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<IngestReport>>> lanes = new ArrayList<>();
            for (Source s : List.of(council, board)) {
                lanes.add(pool.submit(() -> {
                    start.await();
                    List<IngestReport> reports = new ArrayList<>();
                    for (Harvest h : harvests(s)) reports.add(indexer.ingest(h));
                    return reports;
                }));
            }
            start.countDown();
            for (Future<List<IngestReport>> lane : lanes) lane.get().forEach(concurrent::add);
            check(indexer, concurrent, vacancies);

            IngestReport again = indexer.ingest(harvests(council).getLast());
            assertEquals(0, again.added().size() + again.updated() + again.merged() + again.closed(),
                "the council's last snapshot again changes nothing");
        }
    }

    private Indexer open(Path path) throws Exception {
        return Indexer.open(new IndexConfig(path, Duration.ofMillis(100), Duration.ofDays(2)), analysis,
            Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static void check(Indexer indexer, Tally t, int vacancies) throws Exception {
        assertEquals(2 * vacancies, indexer.documentCount(), "every listing of both sources is indexed");
        assertEquals(vacancies, t.merged, "each re-listing joins its vacancy exactly once, whichever came first");
        assertEquals(vacancies, t.added, "each vacancy is new once (by whichever listing came first)");
        indexer.refresh();
        assertEquals(vacancies, indexer.search(SearchRequest.of("")).total(), "one hit per vacancy");
        assertEquals(1, indexer.search(SearchRequest.of("\"dossier " + 57 * 7919 + "\"")).total());
    }

    private static final class Tally {
        int added;
        int updated;
        int merged;

        void add(IngestReport r) {
            added += r.added().size();
            updated += r.updated();
            merged += r.merged();
        }
    }
}
