package org.joinedup.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.SloppyMath;
import org.joinedup.indexer.FacetCount;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.InvalidSearchException;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.DuplicateClusters;
import org.joinedup.indexer.index.FacetedSearcher;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;

/**
 * Runs a {@link SearchRequest}: one search for hits and facet counts, plus one per selected facet dimension
 * so that dimension's unselected siblings keep their counts. Thread-safe.
 */
public final class VacancySearcher {
    /** Deepest position reachable with page/size; beyond it clients use the cursor. */

    private final IndexStore store;
    private final QueryBuilder queries;
    private final FacetCounter facets;
    private final Snippets snippets;
    private final DuplicateClusters clusters;

    public VacancySearcher(IndexStore store, DuplicateClusters clusters) {
        this.store = store;
        this.clusters = clusters;
        this.queries = new QueryBuilder(store.schema());
        this.facets = new FacetCounter(store.schema().analysis());
        store.addSegmentWarmer(facets::warm);
        this.snippets = new Snippets(store.schema());
    }

    /**
     * Searches as of the given day (the day decides what has expired and what "posted within" means).
     *
     * @throws IllegalArgumentException for requests that cannot run (bad cursor, window too deep, distance
     *                                  sort without a point, unknown currency)
     */
    public SearchResult search(SearchRequest r, LocalDate today) throws IOException {
        Query text = queries.textQuery(r.query());
        List<String> selected = Facets.ALL.stream().filter(dim -> facets.selected(r, dim)).toList();
        Sort sort = sortFor(r);
        int offset = r.cursor() == null ? (r.page() - 1) * r.size() : 0;
        if (offset + r.size() > SearchRequest.MAX_WINDOW) {
            throw new InvalidSearchException("page", "page * size must not exceed " + SearchRequest.MAX_WINDOW
                + "; use the cursor for deeper results");
        }
        int topN = Math.max(1, offset + r.size());
        return store.withSearcher(s -> {
            FieldDoc after = r.cursor() == null ? null
                : Cursors.decode(r.cursor(), r.sort().name(), s.getIndexReader().maxDoc());
            Found found = guarded(after, () -> search(s, after, r, text, selected, topN, sort, today));
            Map<String, List<FacetCount>> counts = countFacets(s, r, found, today);
            List<SearchResult.Hit> hits = hits(s, found.top(), offset, r, text);
            String next = nextCursor(found.top(), offset, r);
            return new SearchResult(found.top().totalHits.value(), hits, counts, next);
        });
    }

    /**
     * The hits and what the facets are counted on: the matching documents, and for each selected dimension
     * the documents matching every filter but that dimension's (for its siblings' counts).
     */
    private record Found(TopDocs top, FacetsCollector all, Map<String, FacetsCollector> siblings) {
    }

    private interface Search {
        Found run() throws IOException;
    }

    private static Found guarded(FieldDoc after, Search search) throws IOException {
        try {
            return search.run();
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException("query", "the query is too complex; use fewer words or wildcards");
        } catch (ClassCastException | IllegalArgumentException e) {
            // A forged cursor whose values do not fit this sort's fields.
            if (after == null) throw e;
            throw new InvalidSearchException("cursor", "cursor is not valid");
        }
    }

    /**
     * One search collects the top hits and the facet documents together; then one more search per selected
     * dimension, without that dimension's filter, collects the documents its siblings are counted on. (Lucene's
     * DrillSideways does the same in one pass but was slower on the bench: docs/decisions/0021.)
     */
    private Found search(FacetedSearcher s, FieldDoc after, SearchRequest r, Query text, List<String> selected,
                         int topN, Sort sort, LocalDate today) throws IOException {
        Query main = QueryBuilder.combine(text, queries.filters(r, Set.of(), today));
        FacetsCollectorManager.FacetsResult fr = after == null
            ? FacetsCollectorManager.search(s, main, topN, sort, true, new FacetsCollectorManager())
            : FacetsCollectorManager.searchAfter(s, after, main, topN, sort, new FacetsCollectorManager());
        Map<String, FacetsCollector> siblings = new LinkedHashMap<>();
        for (String dim : selected) {
            siblings.put(dim, s.search(QueryBuilder.combine(text, queries.filters(r, Set.of(dim), today)),
                new FacetsCollectorManager()));
        }
        return new Found(fr.topDocs(), fr.facetsCollector(), siblings);
    }

    private Map<String, List<FacetCount>> countFacets(FacetedSearcher s, SearchRequest r, Found found,
                                                      LocalDate today) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        int[] allTerms = s.countFacets(found.all());
        for (String dim : Facets.ALL) {
            FacetsCollector siblings = found.siblings().get(dim);
            if (siblings != null) {
                out.put(dim, facets.count(s, FacetCounter.isTerms(dim) ? s.countFacets(siblings) : null,
                    siblings, dim, r, today));
            } else {
                out.put(dim, facets.count(s, allTerms, found.all(), dim, r, today));
            }
        }
        return out;
    }

    private List<SearchResult.Hit> hits(FacetedSearcher s, TopDocs top, int offset, SearchRequest r, Query text)
        throws IOException {
        StoredFields stored = s.storedFields();
        int n = Math.max(0, top.scoreDocs.length - offset);
        int[] docIds = new int[n];
        List<Vacancy> vacancies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            docIds[i] = top.scoreDocs[offset + i].doc;
            vacancies.add(IndexStore.decode(stored.document(docIds[i], Set.of(IndexSchema.JSON))));
        }
        vacancies = clusters.withLinks(s, vacancies);
        List<String> snips = snippets.snippets(s, text, docIds, vacancies);
        List<SearchResult.Hit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScoreDoc sd = top.scoreDocs[offset + i];
            out.add(new SearchResult.Hit(vacancies.get(i), snips.get(i), Float.isNaN(sd.score) ? 0f : sd.score,
                distanceKm(vacancies.get(i), r.geo())));
        }
        return out;
    }

    private static String nextCursor(TopDocs top, int offset, SearchRequest r) {
        int shown = top.scoreDocs.length - offset;
        if (shown < r.size() || shown == 0) return null;
        return Cursors.encode(r.sort().name(), (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]);
    }

    private static Double distanceKm(Vacancy v, SearchRequest.Geo geo) {
        if (geo == null) return null;
        double best = Double.NaN;
        for (Vacancy.Location l : v.locations()) {
            if (l.lat() == null || l.lon() == null) continue;
            double km = SloppyMath.haversinMeters(geo.lat(), geo.lon(), l.lat(), l.lon()) / 1000;
            if (Double.isNaN(best) || km < best) best = km;
        }
        return Double.isNaN(best) ? null : Math.round(best * 10) / 10.0;
    }

    static Sort sortFor(SearchRequest r) {
        SortField id = new SortField(IndexSchema.ID_SORT, SortField.Type.STRING);
        return switch (r.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case DATE_POSTED -> new Sort(new SortField(IndexSchema.POSTED, SortField.Type.LONG, true), id);
            case CLOSING_DATE -> new Sort(new SortField(IndexSchema.CLOSING, SortField.Type.LONG), id);
            case SALARY -> {
                SortField salary = new SortField(IndexSchema.SALARY_MAX_EUR, SortField.Type.DOUBLE, true);
                salary.setMissingValue(Double.NEGATIVE_INFINITY);
                yield new Sort(salary, id);
            }
            case DISTANCE -> {
                if (r.geo() == null) throw new InvalidSearchException("sort", "sort by distance needs a location");
                yield new Sort(LatLonDocValuesField.newDistanceSort(IndexSchema.GEO, r.geo().lat(), r.geo().lon()), id);
            }
        };
    }
}
