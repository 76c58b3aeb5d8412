package org.joinedup.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;
import org.joinedup.indexer.normalise.VacancyIds;
import org.joinedup.indexer.stats.CouncilSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private static LanguageAnalysis analysis;
    private Indexer indexer;

    private final Source council = source("lindeveen", "Gemeente Lindeveen", "nl", "Utrecht", true);
    private final Source board = source("board", "Regional Jobs Board", "nl", "Utrecht", false);
    private final Source english = source("northmere", "Northmere District Council", "en", "North Yorkshire", true);

    @BeforeAll
    static void loadAnalysis() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void closeAnalysis() {
        analysis.close();
    }

    @BeforeEach
    void open() throws Exception {
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock);
    }

    @AfterEach
    void close() throws Exception {
        indexer.close();
    }

    private static Source source(String id, String council, String lang, String region, boolean snapshot) {
        return new Source(id, council, URI.create("http://127.0.0.1/" + id), SourceFormat.FEED, region, "NL", lang,
            new Licence("CC-BY-4.0", council), Duration.ofHours(1), snapshot, true);
    }

    private static Posting posting(Source s, String ref, String title, String text, String closing) {
        return Posting.builder(s.id(), ref).title(title).descriptionHtml("<p>" + text + "</p>")
            .url("https://example.org/" + s.id() + "/" + ref).datePosted("2026-11-18").validThrough(closing)
            .language(s.language()).build();
    }

    /** An aggregator's re-listing names the council as employer, as real boards do. */
    private static Posting relisting(Source board, String ref, Source council, String title, String text,
                                     String closing) {
        Posting p = posting(board, ref, title, text, closing);
        return Posting.builder(p.sourceId(), p.sourceRef()).title(p.title()).descriptionHtml(p.descriptionHtml())
            .url(p.url()).datePosted(p.datePosted()).validThrough(p.validThrough()).language(p.language())
            .employerName(council.council()).build();
    }

    private Harvest harvest(Source s, boolean complete, Posting... postings) {
        return new Harvest(s, List.of(postings), false, complete, complete ? 200 : 500, List.of(), clock.instant(),
            clock.instant());
    }

    private SearchResult search(String q) throws Exception {
        indexer.refresh();
        return indexer.search(SearchRequest.of(q));
    }

    @Test
    void ingestsSearchesAndCountsFacets() throws Exception {
        IngestReport r = indexer.ingest(harvest(council, true,
            posting(council, "1", "Verpleegkundige wijkteam", "Zorg in de wijk voor ouderen.", "2027-01-15"),
            posting(council, "2", "Beleidsmedewerker wonen", "Je schrijft beleid over wonen.", "2027-02-01")));
        indexer.ingest(harvest(english, true,
            posting(english, "A", "Staff Nurse", "Community nursing across the district.", "2027-03-01")));
        assertEquals(2, r.added().size());
        assertEquals(0, r.updated());

        SearchResult all = search("");
        assertEquals(3, all.total());
        long employerSum = all.facets().get(Facets.EMPLOYER).stream().mapToLong(FacetCount::count).sum();
        assertEquals(3, employerSum, "single-valued employer facet counts add up to the total");
        assertEquals(2, count(all, Facets.LANGUAGE, "nl"));
        assertEquals(1, count(all, Facets.LANGUAGE, "en"));

        SearchResult nurse = search("verpleegkundige");
        assertEquals(2, nurse.total(), "the occupation concept also finds the English nurse vacancy");
        assertEquals("Verpleegkundige wijkteam", nurse.hits().get(0).vacancy().title(), "own-language title ranks first");
        assertEquals("Staff Nurse", nurse.hits().get(1).vacancy().title());
    }

    @Test
    void highlightsSnippetsAndEscapesText() throws Exception {
        indexer.ingest(harvest(english, true, posting(english, "A", "Gardener",
            "Look after <b>parks</b> &amp; green spaces &lt;script&gt; in Ripon.", "2027-03-01")));
        SearchResult r = search("parks");
        String snippet = r.hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>parks</mark>"), snippet);
        assertFalse(snippet.contains("<script"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    }

    @Test
    void reharvestUpdatesInsteadOfAdding() throws Exception {
        indexer.ingest(harvest(council, true, posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        clock.advance(Duration.ofHours(1));
        IngestReport again = indexer.ingest(harvest(council, true,
            posting(council, "1", "Schoonmaker (m/v)", "Schoonmaken van kantoren.", "2027-01-15")));
        assertEquals(0, again.added().size());
        assertEquals(1, again.updated());
        SearchResult r = search("");
        assertEquals(1, r.total());
        Vacancy v = r.hits().get(0).vacancy();
        assertEquals("Schoonmaker (m/v)", v.title());
        assertEquals(T0, v.lifecycle().firstSeen());
        assertEquals(T0.plus(Duration.ofHours(1)), v.lifecycle().lastSeen());
    }

    @Test
    void unchangedRelistingIsNotNormalisedOrRewrittenAgain() throws Exception {
        Posting a = posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15");
        indexer.ingest(harvest(council, true, a));
        clock.advance(Duration.ofHours(1));
        Posting sameAgain = Posting.builder(a.sourceId(), a.sourceRef()).title(a.title())
            .descriptionHtml(a.descriptionHtml()).url(a.url()).datePosted(a.datePosted())
            .validThrough(a.validThrough()).language(a.language()).fetchedAt(clock.instant()).build();
        IngestReport again = indexer.ingest(harvest(council, true, sameAgain));
        assertEquals(0, again.added().size());
        assertEquals(0, again.updated(), "same content, only a later fetch: skipped");
        assertEquals(0, again.closed());
        String id = VacancyIds.of("lindeveen", "1");
        indexer.refresh();
        assertEquals(T0, indexer.get(id).orElseThrow().lifecycle().lastSeen(), "not rewritten");
        assertEquals(1, search("schoonmaker").total());

        Source renamed = source("lindeveen", "Gemeente Lindeveen-Zeist", "nl", "Utrecht", true);
        assertEquals(1, indexer.ingest(harvest(renamed, true, a)).updated(), "source settings are part of it");

        assertTrue(indexer.close("lindeveen", "1", clock.instant()));
        IngestReport relisted = indexer.ingest(harvest(renamed, true, a));
        assertEquals(1, relisted.added().size() + relisted.updated(), "a closed vacancy listed again reopens");
        indexer.refresh();
        assertEquals(Vacancy.Status.OPEN, indexer.get(id).orElseThrow().lifecycle().status());
    }

    @Test
    void duplicateAcrossSourcesShowsOnceWithAlsoListedAt() throws Exception {
        String text = "Wij zoeken een verpleegkundige voor het wijkteam in Zeist. Je werkt 32 uur per week.";
        indexer.ingest(harvest(council, true, posting(council, "1", "Verpleegkundige wijkteam", text, "2027-01-15")));
        IngestReport second = indexer.ingest(harvest(board, false,
            relisting(board, "x9", council, "Verpleegkundige wijkteam", text, "2027-01-15"),
            posting(board, "x10", "Leerkracht groep 5", "Lesgeven aan groep 5.", "2027-01-20")));
        assertEquals(1, second.merged(), "the re-listing joins the council's vacancy");
        assertEquals(1, second.added().size(), "only the board's own vacancy is new (alerts must not fire twice)");

        SearchResult r = search("verpleegkundige");
        assertEquals(1, r.total());
        Vacancy shown = r.hits().get(0).vacancy();
        assertEquals("lindeveen", shown.sourceId());
        assertTrue(shown.cluster().canonical());
        assertEquals(List.of("board"), shown.cluster().alsoListedAt().stream().map(Vacancy.Listing::sourceId).toList());
        assertEquals("Regional Jobs Board", shown.cluster().alsoListedAt().get(0).council());
        assertEquals(shown, indexer.get(shown.id()).orElseThrow(), "the same links when read by id");

        // Joining wrote only the re-listing: the council's committed document is its first and only version
        // (no link stored, no deleted older version); the link is derived from the cluster when read.
        try (var reader = DirectoryReader.open(FSDirectory.open(dir))) {
            var searcher = new IndexSearcher(reader);
            List<Vacancy> stored = IndexStore.find(searcher, new TermQuery(
                new Term(IndexSchema.ID, shown.id())), 1);
            assertTrue(stored.getFirst().cluster().alsoListedAt().isEmpty());
            assertEquals(0, reader.numDeletedDocs(), "no document was replaced");
            assertEquals(3, reader.numDocs());
        }

        indexer.refresh();
        var stats = indexer.statistics();
        assertEquals(2, stats.vacancies(), "statistics count the merged re-listing once");
        assertEquals(2, stats.councils().stream().mapToInt(CouncilSummary::openNow).sum());
    }

    @Test
    void closedCanonicalHandsClusterToOtherListing() throws Exception {
        String text = "Wij zoeken een verpleegkundige voor het wijkteam.";
        indexer.ingest(harvest(council, true, posting(council, "1", "Verpleegkundige", text, "2027-01-15")));
        indexer.ingest(harvest(board, false, relisting(board, "x9", council, "Verpleegkundige", text, "2027-01-15")));
        assertTrue(indexer.close("lindeveen", "1", clock.instant()));
        SearchResult r = search("verpleegkundige");
        assertEquals(1, r.total(), "the board's listing is still open and now shown");
        assertEquals("board", r.hits().get(0).vacancy().sourceId());
        assertTrue(r.hits().get(0).vacancy().cluster().alsoListedAt().isEmpty());
    }

    @Test
    void closeSourceClosesEveryOpenVacancyOfTheSourceInOneCommit() throws Exception {
        indexer.trackUnmatched();
        Posting[] many = new Posting[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = posting(council, "c" + i, "Functie " + i, "Werkzaamheden nummer " + i + " in Zeist.", "2027-01-15");
        }
        indexer.ingest(harvest(council, true, many));
        String text = "Werkzaamheden nummer 0 in Zeist.";
        IngestReport boardReport = indexer.ingest(harvest(board, false,
            relisting(board, "x0", council, "Functie 0", text, "2027-01-15"),
            posting(board, "b1", "Leerkracht groep 5", "Lesgeven aan groep 5.", "2027-01-20")));
        assertEquals(1, boardReport.merged(), "the board re-lists the council's first vacancy");
        indexer.ingest(harvest(english, true, posting(english, "e1", "Gardener", "Parks of Ripon.", "2027-03-01")));
        List<String> backlog = indexer.unmatched().stream().map(Vacancy::id).toList();
        assertEquals(42, backlog.size(), "40 council vacancies, the board's own one and the English one");
        long generation = commitGeneration();

        clock.advance(Duration.ofHours(1));
        Instant at = clock.instant();
        assertEquals(40, indexer.closeSource(council.id(), at));
        indexer.refresh(); // reads below go through the searcher, which a commit alone does not reopen

        assertEquals(generation + 1, commitGeneration(), "one commit for the whole source");
        assertEquals(at.toString(), indexer.checkpoints().get("checkpoint." + council.id()));
        Vacancy closed = indexer.get(VacancyIds.of(council.id(), "c7")).orElseThrow();
        assertEquals(Vacancy.Status.CLOSED, closed.lifecycle().status());
        assertEquals(at, closed.lifecycle().closedAt());
        SearchResult open = search("");
        assertEquals(Set.of("board", "northmere"),
            open.hits().stream().map(h -> h.vacancy().sourceId()).collect(Collectors.toSet()));
        assertEquals(3, open.total(), "b1, e1 and the board's re-listing, which now shows its cluster");
        Vacancy heir = search("\"Functie 0\"").hits().getFirst().vacancy();
        assertEquals("board", heir.sourceId());
        assertTrue(heir.cluster().canonical());
        assertEquals(Vacancy.Status.OPEN, heir.lifecycle().status());

        assertEquals(0, indexer.closeSource(council.id(), at), "nothing left open");
        assertEquals(generation + 1, commitGeneration(), "and nothing committed for it");
        indexer.close();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock);
        assertEquals(backlog, indexer.unmatched().stream().map(Vacancy::id).toList(),
            "the close's commit carries the alert backlog as it was");
        assertEquals(3, search("").total());
    }

    private long commitGeneration() throws Exception {
        try (var directory = FSDirectory.open(dir)) {
            return SegmentInfos.readLatestCommit(directory).getGeneration();
        }
    }

    @Test
    void snapshotDropClosesOnlyAfterGraceAndNeverOnFailure() throws Exception {
        indexer.ingest(harvest(council, true,
            posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15"),
            posting(council, "2", "Tuinman", "Groen onderhoud.", "2027-01-15")));
        clock.advance(Duration.ofHours(1));
        IngestReport dropped = indexer.ingest(harvest(council, true,
            posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        assertEquals(0, dropped.closed(), "a missing item stays open during the grace period");
        assertEquals(2, search("").total());

        clock.advance(Duration.ofDays(3));
        IngestReport failed = indexer.ingest(harvest(council, false));
        assertEquals(0, failed.closed(), "a failed harvest never closes anything");
        assertEquals(2, search("").total());

        IngestReport later = indexer.ingest(harvest(council, true,
            posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        assertEquals(1, later.closed());
        assertEquals(1, search("").total());
        Vacancy closed = indexer.get(VacancyIds.of("lindeveen", "2")).orElseThrow();
        assertEquals(Vacancy.Status.CLOSED, closed.lifecycle().status(), "closed vacancies keep their detail record");
        assertNotNull(closed.lifecycle().closedAt());
    }

    @Test
    void reappearingItemCancelsScheduledClosing() throws Exception {
        Posting a = posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15");
        Posting b = posting(council, "2", "Tuinman", "Groen onderhoud.", "2027-01-15");
        indexer.ingest(harvest(council, true, a, b));
        indexer.ingest(harvest(council, true, a));
        clock.advance(Duration.ofHours(5));
        indexer.ingest(harvest(council, true, a, b));
        clock.advance(Duration.ofDays(5));
        assertEquals(0, indexer.ingest(harvest(council, true, a, b)).closed());
        indexer.refresh();
        Vacancy v = indexer.get(VacancyIds.of("lindeveen", "2")).orElseThrow();
        assertNull(v.lifecycle().closedAt());
    }

    @Test
    void expiredVacanciesAreHiddenButKeepTheirDetail() throws Exception {
        indexer.ingest(harvest(council, true,
            posting(council, "old", "Archivaris", "Archief.", "2026-11-01"),
            posting(council, "new", "Archivaris", "Archief.", "2027-01-01")));
        SearchResult r = search("archivaris");
        assertEquals(1, r.total());
        assertEquals("new", r.hits().get(0).vacancy().sourceRef());
        indexer.refresh();
        assertTrue(indexer.get(VacancyIds.of("lindeveen", "old")).isPresent());
        SearchRequest withClosed = SearchRequest.builder().query("archivaris").includeClosed(true).build();
        assertEquals(2, indexer.search(withClosed).total());
    }

    @Test
    void commitsAreDurableWithCheckpointsAndSurviveReopen() throws Exception {
        indexer.ingest(harvest(council, true, posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        assertEquals(T0.toString(), indexer.checkpoints().get("checkpoint.lindeveen"));
        indexer.close();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock);
        assertEquals(T0.toString(), indexer.checkpoints().get("checkpoint.lindeveen"));
        assertEquals(1, search("schoonmaker").total());
        // Dedup signatures were reloaded: a re-listing elsewhere still merges after a restart.
        IngestReport r = indexer.ingest(harvest(board, false,
            relisting(board, "b1", council, "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        assertEquals(1, r.merged());
    }

    /** Indexes one vacancy of the council, then reopens the index with its signature load held back (returned). */
    private List<Runnable> reopenWithTheSignatureLoadHeld() throws Exception {
        indexer.ingest(harvest(council, true, posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        indexer.close();
        List<Runnable> held = new CopyOnWriteArrayList<>();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock,
            held::add);
        return held;
    }

    @Test
    void searchesAreServedWhileTheSignaturesLoadAndIngestsWaitForThem() throws Exception {
        List<Runnable> held = reopenWithTheSignatureLoadHeld();
        assertFalse(indexer.signaturesLoaded());
        assertEquals(1, search("schoonmaker").total(), "searches do not wait for the signatures");
        var ingests = Executors.newSingleThreadExecutor();
        try {
            var relisted = ingests.submit(() -> indexer.ingest(harvest(board, false,
                relisting(board, "b1", council, "Schoonmaker", "Schoonmaken.", "2027-01-15"))));
            assertThrows(TimeoutException.class,
                () -> relisted.get(300, TimeUnit.MILLISECONDS), "the ingest waits");
            assertEquals(1, held.size());
            held.get(0).run(); // the load, on this thread
            assertTrue(indexer.signaturesLoaded());
            assertEquals(1, relisted.get(30, TimeUnit.SECONDS).merged(),
                "then it finds the council's vacancy through the loaded signature");
        } finally {
            ingests.shutdownNow();
        }
    }

    @Test
    void closingBeforeTheSignaturesLoadDoesNotWaitForThem() throws Exception {
        List<Runnable> held = reopenWithTheSignatureLoadHeld();
        long t0 = System.nanoTime();
        indexer.close();
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "close did not wait for a load that never started");
        held.get(0).run(); // a late start does nothing once closed
        var e = assertThrows(IOException.class, () -> indexer.ingest(harvest(board, false,
            relisting(board, "b2", council, "Schoonmaker", "Schoonmaken.", "2027-01-15"))));
        assertTrue(e.getMessage().contains("dedup signatures"), e.getMessage());
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock);
    }

    @Test
    void linksNameTheCouncilAfterARestartOnceTheSourceIsKnown() throws Exception {
        String text = "Wij zoeken een verpleegkundige voor het wijkteam in Zeist.";
        indexer.ingest(harvest(council, true, posting(council, "1", "Verpleegkundige", text, "2027-01-15")));
        indexer.ingest(harvest(board, false, relisting(board, "x9", council, "Verpleegkundige", text, "2027-01-15")));
        indexer.close();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock);
        String id = VacancyIds.of("lindeveen", "1");
        // Before any harvest of the board after the restart, the link names the posting's employer ...
        assertEquals(List.of("board"), indexer.get(id).orElseThrow().cluster().alsoListedAt().stream()
            .map(Vacancy.Listing::sourceId).toList());
        // ... and once the server has told the indexer its sources (as it does at start), the board's name.
        indexer.council("board", "Regional Jobs Board");
        assertEquals("Regional Jobs Board", indexer.get(id).orElseThrow().cluster().alsoListedAt().get(0).council());
        assertEquals("Regional Jobs Board", search("verpleegkundige").hits().get(0).vacancy().cluster().alsoListedAt()
            .get(0).council());
    }

    @Test
    void refusesAnIndexOfAnotherSchemaVersionWithAClearMessage() throws Exception {
        indexer.ingest(harvest(council, true, posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        indexer.close();
        try (var dirHandle = FSDirectory.open(dir);
             var w = new IndexWriter(dirHandle, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of("schemaVersion", "0").entrySet());
            w.commit();
        }
        var e = assertThrows(IOException.class,
            () -> Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock));
        assertTrue(e.getMessage().contains("schema version 0"), e.getMessage());
        indexer = Indexer.open(new IndexConfig(dir.resolve("fresh"), Duration.ofMillis(100), Duration.ofDays(2)),
            analysis, clock);
    }

    @Test
    void cursorWalksEveryHitOnceAndRejectsForeignCursor() throws Exception {
        List<Posting> many = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            many.add(posting(council, "p" + i, "Medewerker " + i, "Werk nummer " + i + ".", "2027-01-15"));
        }
        indexer.ingest(harvest(council, true, many.toArray(Posting[]::new)));
        indexer.refresh();
        Set<String> ids = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchRequest r = SearchRequest.builder().sort(SearchRequest.Sort.DATE_POSTED).size(5).cursor(cursor)
                .build();
            SearchResult res = indexer.search(r);
            res.hits().forEach(h -> assertTrue(ids.add(h.vacancy().id()), "no hit twice"));
            cursor = res.nextCursor();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(23, ids.size());
        String foreign = cursor == null ? indexer.search(SearchRequest.builder()
            .sort(SearchRequest.Sort.DATE_POSTED).size(5).build()).nextCursor() : cursor;
        SearchRequest wrongSort = SearchRequest.builder().sort(SearchRequest.Sort.CLOSING_DATE).size(5)
            .cursor(foreign).build();
        assertThrows(IllegalArgumentException.class, () -> indexer.search(wrongSort));
    }

    @Test
    void selectedFacetKeepsSiblingCounts() throws Exception {
        indexer.ingest(harvest(council, true, posting(council, "1", "Schoonmaker", "Schoonmaken.", "2027-01-15")));
        indexer.ingest(harvest(english, true, posting(english, "1", "Cleaner", "Cleaning.", "2027-01-15"),
            posting(english, "2", "Gardener", "Parks.", "2027-01-15")));
        indexer.refresh();
        SearchRequest nl = SearchRequest.of("").withFilter(Dimension.LANGUAGE, List.of("nl"));
        SearchResult r = indexer.search(nl);
        assertEquals(1, r.total());
        assertEquals(2, count(r, Facets.LANGUAGE, "en"), "unselected sibling keeps its count");
        assertTrue(r.facets().get(Facets.LANGUAGE).stream().anyMatch(f -> f.value().equals("nl") && f.selected()));
        assertEquals(1, r.facets().get(Facets.EMPLOYER).stream().mapToLong(FacetCount::count).sum(),
            "other dimensions follow the selection");
    }

    @Test
    void simpleSyntaxSupportsPhrasesExclusionAndOr() throws Exception {
        indexer.ingest(harvest(english, true,
            posting(english, "1", "Senior Gardener", "Parks and green spaces team.", "2027-01-15"),
            posting(english, "2", "Gardener", "Cemetery grounds.", "2027-01-15"),
            posting(english, "3", "Cleaner", "Offices in Ripon.", "2027-01-15")));
        assertEquals(2, search("gardener").total());
        assertEquals(1, search("gardener -cemetery").total());
        assertEquals(1, search("\"green spaces\"").total());
        assertEquals(3, search("gardener OR cleaner").total());
        assertEquals(2, search("-cleaner").total(), "exclusion alone means everything except");
    }

    /**
     * The crash window between the index commit and the recording of alert matches elsewhere: what an ingest
     * added stays listed as unmatched across a restart (it is in the same commit) until it is acknowledged, and an
     * acknowledgement survives a clean close. Re-crawled and merged postings are never listed.
     */
    @Test
    void addedVacanciesStayUnmatchedAcrossARestartUntilAcknowledged() throws Exception {
        indexer.ingest(harvest(english, true,
            posting(english, "w-1", "Warden", "Look after the commons of Ripon.", "2026-12-31")));
        assertEquals(List.of(), indexer.unmatched(), "nothing is listed until someone tracks it");
        indexer.trackUnmatched();
        IngestReport first = indexer.ingest(harvest(english, true,
            posting(english, "g-1", "Park Gardener", "Keep the parks of Ripon green.", "2026-12-31")));
        assertEquals(1, first.added().size());
        indexer.close(); // as if killed right after the commit: nobody acknowledged the match
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock);
        assertEquals(List.of(first.added().get(0).id()), indexer.unmatched().stream().map(Vacancy::id).toList());

        indexer.trackUnmatched();
        IngestReport again = indexer.ingest(harvest(english, true,
            posting(english, "w-1", "Warden", "Look after the commons of Ripon.", "2026-12-31"),
            posting(english, "g-1", "Park Gardener", "Keep the parks of Ripon green.", "2026-12-31"),
            posting(english, "g-2", "Head Gardener", "Lead the parks team in Ripon.", "2026-12-31")));
        assertEquals(2, again.updated(), "w-1 and g-1 re-crawled");
        assertEquals(2, indexer.unmatched().size(), "the re-crawl of g-1 does not clear it; g-2 joins");
        indexer.matched(List.of(first.added().get(0).id()));
        assertEquals(List.of(again.added().get(0).id()), indexer.unmatched().stream().map(Vacancy::id).toList());
        indexer.matched(List.of(again.added().get(0).id()));
        indexer.close();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis, clock);
        assertEquals(List.of(), indexer.unmatched(), "acknowledgements are committed on close");
    }

    private static long count(SearchResult r, String dim, String value) {
        return r.facets().get(dim).stream().filter(f -> f.value().equals(value)).mapToLong(FacetCount::count)
            .findFirst().orElse(0);
    }

    @SuppressWarnings("unused")
    private static Map<String, Long> counts(SearchResult r, String dim) {
        Map<String, Long> m = new HashMap<>();
        r.facets().get(dim).forEach(f -> m.put(f.value(), f.count()));
        return m;
    }
}
