package org.joinedup.bench.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.index.CurrencyRates;
import org.joinedup.indexer.index.IndexSchema;

/**
 * The in-process baseline: a bare IndexSearcher on the same index running the equivalent query — the same
 * SimpleQueryParser syntax and field weights over the per-language fields, the same filters as a FILTER
 * BooleanQuery, the same sort — collecting TopDocs and facets in one pass with FacetsCollectorManager, then
 * counting the six term dimensions from one SortedSetDocValuesFacetCounts (state built once at open) plus
 * the posted-within ranges, and loading the stored JSON bytes of the page's hits. It leaves out what our
 * searcher adds on top: sibling counts for selected dimensions (one extra search each), salary bands,
 * decoding the JSON into Vacancy records, highlighting snippets and cursors.
 */
final class BareSearch {
    private static final List<String> TERM_DIMS = List.of(Facets.EMPLOYER, Facets.REGION, Facets.OCCUPATION,
        Facets.EMPLOYMENT_TYPE, Facets.WORKPLACE_TYPE, Facets.LANGUAGE);

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;
    private final Map<String, Float> weights = new HashMap<>();

    BareSearch(DirectoryReader reader, IndexSchema schema) throws IOException {
        this.analyzer = schema.perFieldAnalyzer();
        this.searcher = new IndexSearcher(reader);
        this.state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
        for (String lang : schema.analysis().fieldLanguages()) {
            weights.put(IndexSchema.titleField(lang), 3f);
            weights.put(IndexSchema.bodyField(lang), 1f);
        }
        weights.put(IndexSchema.OCCUPATION_TEXT, 2f);
    }

    /** Runs one request; returns the total hit count. */
    long search(SearchRequest r, LocalDate today) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text(r.query()), BooleanClause.Occur.MUST);
        filters(r, today).forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        int offset = (r.page() - 1) * r.size();
        int topN = Math.max(1, offset + r.size());
        FacetsCollectorManager.FacetsResult fr =
            FacetsCollectorManager.search(searcher, b.build(), topN, sort(r), true, new FacetsCollectorManager());
        count(fr.facetsCollector(), today);
        StoredFields stored = searcher.storedFields();
        for (int i = offset; i < fr.topDocs().scoreDocs.length; i++) {
            stored.document(fr.topDocs().scoreDocs[i].doc, Set.of(IndexSchema.JSON));
        }
        return fr.topDocs().totalHits.value();
    }

    private void count(FacetsCollector fc, LocalDate today) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : TERM_DIMS) {
            try {
                counts.getAllChildren(dim);
            } catch (IllegalArgumentException e) {
                // A dimension no document has (e.g. occupation before the normaliser fills it).
            }
        }
        LongRange[] ranges = List.of(1, 7, 30).stream()
            .map(d -> new LongRange(String.valueOf(d), today.minusDays(d).toEpochDay(), true, Long.MAX_VALUE, true))
            .toArray(LongRange[]::new);
        new LongRangeFacetCounts(IndexSchema.POSTED, fc, ranges).getAllChildren(Facets.POSTED);
    }

    private Query text(String q) {
        if (q.isBlank()) return MatchAllDocsQuery.INSTANCE;
        SimpleQueryParser p = new SimpleQueryParser(analyzer, weights);
        p.setDefaultOperator(BooleanClause.Occur.MUST);
        return p.parse(q.replaceAll("(?<=\\s)OR(?=\\s)", "|"));
    }

    private static List<Query> filters(SearchRequest r, LocalDate today) {
        List<Query> f = new ArrayList<>();
        f.add(new TermQuery(new Term(IndexSchema.CANONICAL, IndexSchema.YES)));
        f.add(new TermQuery(new Term(IndexSchema.STATUS, "OPEN")));
        f.add(LongPoint.newRangeQuery(IndexSchema.CLOSING, today.toEpochDay(), Long.MAX_VALUE));
        terms(f, Facets.EMPLOYER, r.filter(Dimension.EMPLOYER));
        terms(f, Facets.REGION, r.filter(Dimension.REGION));
        terms(f, Facets.OCCUPATION, r.filter(Dimension.OCCUPATION));
        terms(f, Facets.EMPLOYMENT_TYPE, r.filter(Dimension.EMPLOYMENT_TYPE));
        terms(f, Facets.LANGUAGE, r.filter(Dimension.LANGUAGE));
        if (r.salaryMin() != null) {
            double min = CurrencyRates.toEur(r.salaryMin(), r.salaryCurrency() == null ? "EUR" : r.salaryCurrency());
            f.add(DoublePoint.newRangeQuery(IndexSchema.SALARY_MAX_EUR, min, Double.POSITIVE_INFINITY));
        }
        if (r.geo() != null) {
            f.add(LatLonPoint.newDistanceQuery(IndexSchema.GEO, r.geo().lat(), r.geo().lon(), r.geo().radiusKm() * 1000));
        }
        return f;
    }

    private static void terms(List<Query> f, String dim, List<String> values) {
        if (!values.isEmpty()) {
            f.add(new TermInSetQuery(IndexSchema.filterField(dim), values.stream().map(BytesRef::new).toList()));
        }
    }

    private static Sort sort(SearchRequest r) {
        SortField id = new SortField(IndexSchema.ID_SORT, SortField.Type.STRING);
        return switch (r.sort()) {
            case DATE_POSTED -> new Sort(new SortField(IndexSchema.POSTED, SortField.Type.LONG, true), id);
            case CLOSING_DATE -> new Sort(new SortField(IndexSchema.CLOSING, SortField.Type.LONG), id);
            case DISTANCE -> new Sort(LatLonDocValuesField.newDistanceSort(IndexSchema.GEO, r.geo().lat(), r.geo().lon()), id);
            default -> new Sort(SortField.FIELD_SCORE, id);
        };
    }
}
