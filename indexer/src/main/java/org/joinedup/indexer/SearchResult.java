package org.joinedup.indexer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total      total matching vacancies
 * @param hits       this page
 * @param facets     counts per dimension (a selected dimension keeps its siblings' counts)
 * @param nextCursor cursor for the next page, or null at the end
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, String nextCursor) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /**
     * One hit.
     *
     * @param vacancy    the vacancy
     * @param snippet    highlighted snippet (HTML with {@code <mark>}, all else escaped)
     * @param score      relevance score
     * @param distanceKm distance from the geo filter's point, or null
     */
    public record Hit(Vacancy vacancy, String snippet, float score, Double distanceKm) {
    }
}
