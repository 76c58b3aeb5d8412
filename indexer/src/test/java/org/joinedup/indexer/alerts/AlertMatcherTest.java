package org.joinedup.indexer.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.search.SavedSearchQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertMatcherTest {
    @TempDir
    static Path dir;
    static LanguageAnalysis analysis;
    static Indexer indexer;
    static Vacancy nurseNl;
    static Vacancy gardenerEn;
    static Vacancy seniorGardenerEn;

    @BeforeAll
    static void indexSome() throws Exception {
        analysis = new LanguageAnalysis();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ofDays(2)), analysis);
        Source nl = source("lindeveen", "Gemeente Lindeveen", "nl", "Utrecht");
        Source en = source("northmere", "Northmere District Council", "en", "North Yorkshire");
        nurseNl = indexer.ingest(harvest(nl, Posting.builder("lindeveen", "1").title("Verpleegkundige wijkteam")
            .descriptionHtml("<p>Zorg in de wijk.</p>").validThrough("2099-01-15").language("nl")
            .location(new Posting.Location("Zeist", "Zeist", "Utrecht", null, "NL", 52.09, 5.23))
            .salary(new Posting.Salary(40_000.0, 50_000.0, "EUR", "YEAR", null)).build())).added().get(0);
        List<Vacancy> en2 = indexer.ingest(harvest(en,
            Posting.builder("northmere", "g1").title("Gardener").descriptionHtml("Parks in Ripon.")
                .validThrough("2099-01-15").language("en")
                .location(new Posting.Location("Ripon", "Ripon", null, null, "GB", 54.14, -1.52)).build(),
            Posting.builder("northmere", "g2").title("Senior Gardener").descriptionHtml("Lead the parks team.")
                .validThrough("2099-01-15").language("en").build())).added();
        gardenerEn = en2.get(0);
        seniorGardenerEn = en2.get(1);
    }

    @AfterAll
    static void closeAll() throws Exception {
        indexer.close();
        analysis.close();
    }

    private static Source source(String id, String council, String lang, String region) {
        return new Source(id, council, URI.create("http://127.0.0.1/" + id), SourceFormat.FEED, region, "NL", lang,
            new Licence("CC0-1.0", ""), Duration.ofHours(1), true, true);
    }

    private static Harvest harvest(Source s, Posting... p) {
        return new Harvest(s, List.of(p), false, true, 200, List.of(), null, null);
    }

    private static SearchRequest q(String text) {
        return SearchRequest.of(text);
    }

    @Test
    void textAndFilterSearchesMatchTheRightVacancies() throws Exception {
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            m.register("nurse", q("verpleegkundige"));
            m.register("gardener", q("gardener"));
            m.register("gardener-not-senior", q("gardener -senior"));
            m.register("dutch", q("").withFilter(Dimension.LANGUAGE, List.of("nl")));
            m.register("yorkshire", q("").withFilter(Dimension.REGION, List.of("North Yorkshire")));
            assertEquals(5, m.size());
            assertEquals(List.of("dutch", "nurse"), m.match(nurseNl));
            assertEquals(List.of("gardener", "gardener-not-senior", "yorkshire"), m.match(gardenerEn));
            assertEquals(List.of("gardener", "yorkshire"), m.match(seniorGardenerEn));
        }
    }

    @Test
    void salaryAndRadiusFiltersApply() throws Exception {
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            m.register("well-paid", SearchRequest.builder().salary(45_000.0, null, "EUR").build());
            m.register("too-rich", SearchRequest.builder().salary(90_000.0, null, "EUR").build());
            m.register("near-utrecht", SearchRequest.builder().geo(new SearchRequest.Geo(52.09, 5.12, 15)).build());
            assertEquals(List.of("near-utrecht", "well-paid"), m.match(nurseNl));
            assertEquals(List.of(), m.match(gardenerEn));
        }
    }

    @Test
    void removedSearchesStopMatchingAndBatchAgreesWithSingle() throws Exception {
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            m.register("gardener", q("gardener"));
            m.register("nurse", q("verpleegkundige"));
            Map<String, List<String>> batch = m.match(List.of(nurseNl, gardenerEn, seniorGardenerEn));
            assertEquals(Map.of(nurseNl.id(), List.of("nurse"), gardenerEn.id(), List.of("gardener"),
                seniorGardenerEn.id(), List.of("gardener")), batch);
            m.remove("gardener");
            assertEquals(List.of(), m.match(gardenerEn));
        }
    }

    /**
     * The presearcher and the one-document shortcuts must not change any answer: every search shape against every
     * vacancy, compared with running the plain Lucene query on a MemoryIndex of the full index document.
     */
    @Test
    void agreesWithRunningEveryQueryOnEveryVacancy() throws Exception {
        List<SearchRequest> searches = new ArrayList<>();
        for (String text : List.of("", "gardener", "Gardener parks", "\"senior gardener\"", "garden*", "gard*",
            "gardener -senior", "-senior", "nurse OR gardener", "verpleegkundige", "wijkteam zorg", "zorg",
            "\"parks team\"", "lead OR ripon", "sygeplejerske", "the", "senior | nurse", "parks -ripon")) {
            searches.add(q(text));
            searches.add(q(text).withFilter(Dimension.REGION, List.of("Utrecht", "North Yorkshire")));
            searches.add(q(text).withFilter(Dimension.EMPLOYER, List.of("Gemeente Lindeveen")));
            searches.add(q(text).withFilter(Dimension.LANGUAGE, List.of("en")));
        }
        for (double km = 6.5; km <= 9.0; km += 0.05) {
            searches.add(geo("", 52.09, 5.12, km));
            searches.add(geo("zorg", 52.09, 5.12, km));
        }
        for (double km = 1; km <= 60; km += 7) searches.add(geo("gardener", 54.0, -1.54, km));
        for (double min : new double[] {39_999, 40_000, 49_999, 50_000, 50_001}) {
            searches.add(SearchRequest.builder().salary(min, null, "EUR").build());
            searches.add(SearchRequest.builder().salary(null, min, "EUR").build());
        }
        IndexSchema schema = new IndexSchema(analysis);
        SavedSearchQueries builder = new SavedSearchQueries(schema);
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            for (int i = 0; i < searches.size(); i++) m.register("s" + i, searches.get(i));
            for (Vacancy v : List.of(nurseNl, gardenerEn, seniorGardenerEn)) {
                MemoryIndex mi = new MemoryIndex();
                for (IndexableField f : schema.toDocument(v)) mi.addField(f, schema.perFieldAnalyzer());
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < searches.size(); i++) {
                    if (mi.search(builder.forAlert(searches.get(i), LocalDate.now())) > 0) expected.add("s" + i);
                }
                expected.sort(null);
                assertEquals(expected, m.match(v), v.title());
            }
        }
    }

    private static SearchRequest geo(String text, double lat, double lon, double km) {
        return SearchRequest.builder().query(text).geo(new SearchRequest.Geo(lat, lon, km)).build();
    }

    /** Replacing and removing must unfile every copy of a search, including radius and phrase parts. */
    @Test
    void replacedAndReRegisteredSearchesMatchOnlyAsTheyNowAre() throws Exception {
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            m.register("a", geo("zorg", 52.09, 5.12, 15));
            m.register("b", q("\"senior gardener\""));
            m.register("a", q("gardener"));
            assertEquals(List.of(), m.match(nurseNl));
            assertEquals(List.of("a", "b"), m.match(seniorGardenerEn));
            m.remove("b");
            m.register("b", geo("zorg", 52.09, 5.12, 15));
            m.remove("a");
            assertEquals(List.of("b"), m.match(nurseNl));
            assertEquals(List.of(), m.match(seniorGardenerEn));
            assertEquals(1, m.size());
        }
    }

    @Test
    void unknownCurrencyIsRefusedAtRegistration() throws Exception {
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            SearchRequest bad = SearchRequest.builder().salary(1.0, null, "XYZ").build();
            assertThrows(IllegalArgumentException.class, () -> m.register("bad", bad));
        }
    }
}
