package org.joinedup.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.FacetCount;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts against their definition, computed here with a plain IndexSearcher over the committed index: for
 * 300 random requests (text or none, one to three selected dimensions among employer, region, employment type,
 * language, posted and salary band, every sort, pages) the total, the page of hits in order and every facet
 * count equal a plain search's, each selected dimension counted by a search without that dimension's filter;
 * and the salary bands, counted from the per-segment band bytes, equal the bands read from the doc values match
 * by match. The counts are checked against Lucene's own facet counting (SortedSetDocValuesFacetCounts,
 * LongRangeFacetCounts).
 */
class FacetCountsDefinitionTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String[] WORDS = {"nurse", "teacher", "cleaner", "driver", "social", "worker", "senior"};
    private static final String[] TYPES = {"full-time", "part-time", "permanent", "temporary"};
    private static final String[] TOWNS = {"Harrogate", "Leeds", "York", "Selby", "Ripon"};

    @TempDir
    static Path dir;
    private static LanguageAnalysis analysis;
    private static Indexer indexer;

    @BeforeAll
    static void build() throws Exception {
        analysis = new LanguageAnalysis();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis,
            Clock.fixed(NOW, ZoneOffset.UTC));
        SplittableRandom rnd = new SplittableRandom(7);
        for (int s = 0; s < 4; s++) {
            Source source = new Source("council" + s, "Council " + s, URI.create("http://127.0.0.1/c" + s),
                SourceFormat.FEED, s % 2 == 0 ? "North Yorkshire" : "West Yorkshire", "GB", "en",
                new Licence("OGL-UK-3.0", "Council " + s), Duration.ofHours(1), true, true);
            List<Posting> postings = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String title = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)];
                Posting.Builder b = Posting.builder(source.id(), "v" + i).title(title)
                    .descriptionHtml("<p>" + title + " in " + TOWNS[rnd.nextInt(TOWNS.length)] + ", team " + i
                        + " of council " + s + ".</p>")
                    .url("https://example.org/" + source.id() + "/" + i).language("en")
                    .datePosted(TODAY.minusDays(rnd.nextInt(40)).toString())
                    .validThrough(TODAY.plusDays(1 + rnd.nextInt(60)).toString())
                    .employmentType(TYPES[rnd.nextInt(TYPES.length)]);
                if (rnd.nextInt(4) > 0) {
                    double min = 18_000 + rnd.nextInt(50) * 1_000;
                    b.salary(new Posting.Salary(min, min + rnd.nextInt(15) * 1_000, "GBP", "YEAR", null));
                }
                postings.add(b.build());
            }
            indexer.ingest(new Harvest(source, postings, false, true, 200, List.of(), NOW, NOW));
            if (s == 1) {
                // Re-list half of the first council's vacancies with a new employment type: their old
                // documents are deleted (FacetOrdinalsTest covers deletions and segments on a raw index).
                Source first = new Source("council0", "Council 0", URI.create("http://127.0.0.1/c0"), SourceFormat.FEED,
                    "North Yorkshire", "GB", "en", new Licence("OGL-UK-3.0", "Council 0"), Duration.ofHours(1), true, true);
                List<Posting> relisted = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    relisted.add(Posting.builder(first.id(), "v" + i).title(WORDS[i % WORDS.length] + " relisted")
                        .descriptionHtml("<p>Relisted " + i + " in " + TOWNS[i % TOWNS.length] + ".</p>")
                        .url("https://example.org/council0/" + i).language("en")
                        .datePosted(TODAY.minusDays(i % 20).toString()).validThrough(TODAY.plusDays(30).toString())
                        .employmentType(TYPES[(i + 1) % TYPES.length]).build());
                }
                indexer.ingest(new Harvest(first, relisted, false, true, 200, List.of(), NOW, NOW));
            }
        }
        indexer.refresh();
    }

    @AfterAll
    static void close() throws Exception {
        indexer.close();
        analysis.close();
    }

    @Test
    void countsMatchTheirDefinitionOnRandomRequests() throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        IndexSchema schema = new IndexSchema(analysis);
        QueryBuilder queries = new QueryBuilder(schema);
        FacetCounter counter = new FacetCounter(analysis);
        int checked = 0;
        int withSiblings = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader,
                schema.facetsConfig());
            for (int n = 0; n < 300; n++) {
                SearchRequest r = randomRequest(rnd);
                SearchResult got = indexer.search(r);
                List<String> selected = Facets.ALL.stream().filter(d -> counter.selected(r, d)).toList();

                Query text = queries.textQuery(r.query());
                int topN = r.page() * r.size();
                FacetsCollectorManager.FacetsResult main = FacetsCollectorManager.search(searcher,
                    QueryBuilder.combine(text, queries.filters(r, Set.of(), TODAY)), topN, VacancySearcher.sortFor(r), true,
                    new FacetsCollectorManager());
                assertEquals(main.topDocs().totalHits.value(), got.total(), r::toString);
                assertEquals(ids(searcher, main.topDocs(), (r.page() - 1) * r.size()),
                    got.hits().stream().map(h -> h.vacancy().id()).toList(), r::toString);
                for (String dim : Facets.ALL) {
                    FacetsCollector fc = main.facetsCollector();
                    if (selected.contains(dim)) {
                        fc = searcher.search(QueryBuilder.combine(text, queries.filters(r, Set.of(dim), TODAY)),
                            new FacetsCollectorManager());
                        withSiblings++;
                    }
                    List<FacetCount> shown = got.facets().get(dim);
                    Map<String, Long> counted = new TreeMap<>();
                    for (FacetCount f : shown) {
                        if (f.count() > 0 || !FacetCounter.isTerms(dim)) counted.put(f.value(), f.count());
                    }
                    assertEquals(definition(state, fc, dim), counted, dim + " of " + r);
                    for (FacetCount f : shown) {
                        assertEquals(selectedValues(r, dim).contains(f.value()), f.selected(), f + " of " + r);
                    }
                    if (FacetCounter.isTerms(dim)) {
                        assertTrue(shown.stream().map(FacetCount::value).toList().containsAll(selectedValues(r, dim)),
                            "a selected value stays listed: " + dim + " of " + r);
                    }
                }
                checked++;
            }
        }
        assertEquals(300, checked);
        assertTrue(withSiblings > 300, "most requests select a dimension: " + withSiblings);
    }

    /**
     * A dimension's counts by Lucene's own facet counting: SortedSetDocValuesFacetCounts for the term dimensions
     * (values counted above zero), LongRangeFacetCounts on the posted day, and the salary bands read match by
     * match.
     */
    private static Map<String, Long> definition(SortedSetDocValuesReaderState state, FacetsCollector fc, String dim)
        throws Exception {
        Map<String, Long> out = new TreeMap<>();
        switch (dim) {
            case Facets.POSTED -> {
                LongRange[] ranges = FacetCounter.POSTED_DAYS.stream().map(d -> new LongRange(String.valueOf(d),
                    TODAY.minusDays(d).toEpochDay(), true, Long.MAX_VALUE, true)).toArray(LongRange[]::new);
                FacetResult res = new LongRangeFacetCounts(IndexSchema.POSTED, fc, ranges).getAllChildren(dim);
                for (LabelAndValue lv : res.labelValues) out.put(lv.label, lv.value.longValue());
            }
            case Facets.SALARY_BAND -> {
                List<Long> bands = salaryBandsReadDocByDoc(fc);
                for (int i = 0; i < bands.size(); i++) {
                    double[] b = FacetCounter.SALARY_BANDS.get(i);
                    out.put((long) b[0] + "-" + (Double.isInfinite(b[1]) ? "" : String.valueOf((long) b[1])), bands.get(i));
                }
            }
            default -> {
                if (state.getOrdRange(dim) == null) return out;
                FacetResult res = new SortedSetDocValuesFacetCounts(state, fc).getAllChildren(dim);
                if (res != null) for (LabelAndValue lv : res.labelValues) out.put(lv.label, lv.value.longValue());
            }
        }
        return out;
    }

    private static List<String> selectedValues(SearchRequest r, String dim) {
        return switch (dim) {
            case Facets.EMPLOYER -> r.filter(Dimension.EMPLOYER);
            case Facets.REGION -> r.filter(Dimension.REGION);
            case Facets.EMPLOYMENT_TYPE -> r.filter(Dimension.EMPLOYMENT_TYPE);
            case Facets.LANGUAGE -> r.filter(Dimension.LANGUAGE);
            case Facets.POSTED -> r.postedWithinDays() == null ? List.of() : List.of(String.valueOf(r.postedWithinDays()));
            case Facets.SALARY_BAND -> r.salaryMin() == null ? List.of() : List.of((long) r.salaryMin().doubleValue() + "-"
                + (r.salaryMax() == null ? "" : String.valueOf((long) r.salaryMax().doubleValue())));
            default -> List.of();
        };
    }

    /** The salary band counts read from the doc values one match at a time (what the per-segment bands replaced). */
    private static List<Long> salaryBandsReadDocByDoc(FacetsCollector fc) throws Exception {
        long[] counts = new long[FacetCounter.SALARY_BANDS.size()];
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            NumericDocValues min = DocValues.getNumeric(md.context().reader(), IndexSchema.SALARY_MIN_EUR);
            NumericDocValues max = DocValues.getNumeric(md.context().reader(), IndexSchema.SALARY_MAX_EUR);
            DocIdSetIterator it = md.bits() == null ? DocIdSetIterator.empty() : md.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!min.advanceExact(doc) || !max.advanceExact(doc)) continue;
                double lo = Double.longBitsToDouble(min.longValue());
                double hi = Double.longBitsToDouble(max.longValue());
                for (int i = 0; i < counts.length; i++) {
                    double[] b = FacetCounter.SALARY_BANDS.get(i);
                    if (hi >= b[0] && lo <= b[1]) counts[i]++;
                }
            }
        }
        return Arrays.stream(counts).boxed().toList();
    }

    private static List<String> ids(IndexSearcher searcher, TopDocs top, int offset) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            out.add(IndexStore.decode(searcher.storedFields().document(sd.doc, Set.of(IndexSchema.JSON))).id());
        }
        return out;
    }

    private static SearchRequest randomRequest(SplittableRandom rnd) {
        String q = switch (rnd.nextInt(4)) {
            case 0 -> "";
            case 1 -> WORDS[rnd.nextInt(WORDS.length)];
            case 2 -> WORDS[rnd.nextInt(WORDS.length)] + " OR " + WORDS[rnd.nextInt(WORDS.length)];
            default -> TOWNS[rnd.nextInt(TOWNS.length)].toLowerCase();
        };
        SearchRequest r = SearchRequest.of(q);
        int dims = 1 + rnd.nextInt(3);
        for (int d = 0; d < dims; d++) {
            r = switch (rnd.nextInt(6)) {
                case 0 -> r.withFilter(Dimension.EMPLOYER, List.of("Council " + rnd.nextInt(4)));
                case 1 -> r.withFilter(Dimension.REGION, List.of(rnd.nextBoolean() ? "North Yorkshire" : "West Yorkshire"));
                case 2 -> r.withFilter(Dimension.EMPLOYMENT_TYPE, List.of(TYPES[rnd.nextInt(2)]));
                case 3 -> r.withFilter(Dimension.LANGUAGE, List.of("en"));
                case 4 -> with(r, List.of(1, 7, 30).get(rnd.nextInt(3)), null, null);
                default -> with(r, r.postedWithinDays(), 20_000.0 + rnd.nextInt(4) * 15_000.0,
                    rnd.nextBoolean() ? null : 60_000.0);
            };
        }
        SearchRequest.Sort sort = SearchRequest.Sort.values()[rnd.nextInt(4)];
        return r.toBuilder().geo(null).sort(sort).page(1 + rnd.nextInt(3)).size(10).cursor(null).includeClosed(false)
            .build();
    }

    private static SearchRequest with(SearchRequest r, Integer posted, Double salaryMin, Double salaryMax) {
        SearchRequest.Builder b = r.toBuilder().postedWithinDays(posted).geo(null).page(1).size(10).cursor(null)
            .includeClosed(false);
        if (salaryMin != null) b.salary(salaryMin, salaryMax, "EUR");
        return b.build();
    }
}
