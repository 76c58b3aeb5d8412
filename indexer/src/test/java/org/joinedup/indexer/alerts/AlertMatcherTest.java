package org.joinedup.indexer.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;
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
            m.register("dutch", q("").withDimension(Facets.LANGUAGE, List.of("nl")));
            m.register("yorkshire", q("").withDimension(Facets.REGION, List.of("North Yorkshire")));
            assertEquals(5, m.size());
            assertEquals(List.of("dutch", "nurse"), m.match(nurseNl));
            assertEquals(List.of("gardener", "gardener-not-senior", "yorkshire"), m.match(gardenerEn));
            assertEquals(List.of("gardener", "yorkshire"), m.match(seniorGardenerEn));
        }
    }

    @Test
    void salaryAndRadiusFiltersApply() throws Exception {
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            m.register("well-paid", new SearchRequest("", null, null, null, null, null, null, null, null, 45_000.0,
                null, "EUR", null, null, 1, 20, null, false));
            m.register("too-rich", new SearchRequest("", null, null, null, null, null, null, null, null, 90_000.0,
                null, "EUR", null, null, 1, 20, null, false));
            m.register("near-utrecht", new SearchRequest("", null, null, null, null, null, null, null, null, null,
                null, null, new SearchRequest.Geo(52.09, 5.12, 15), null, 1, 20, null, false));
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

    @Test
    void unknownCurrencyIsRefusedAtRegistration() throws Exception {
        try (AlertMatcher m = indexer.newAlertMatcher()) {
            SearchRequest bad = new SearchRequest("", null, null, null, null, null, null, null, null, 1.0, null,
                "XYZ", null, null, 1, 20, null, false);
            assertThrows(IllegalArgumentException.class, () -> m.register("bad", bad));
        }
    }
}
