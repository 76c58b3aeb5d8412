package org.joinedup.indexer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A typed search: what the API passes to the indexer (the API never builds Lucene queries). Also the shape of
 * a saved search.
 *
 * @param query           free text in the simple syntax: words, "phrases", -exclusion, OR; empty for all
 * @param employers       employer (council) names to keep
 * @param regions         regions to keep
 * @param occupations     occupation concept ids or labels to keep
 * @param employmentTypes employment types to keep
 * @param workplaceTypes  workplace types to keep
 * @param languages       languages to keep
 * @param postedWithinDays keep vacancies posted within this many days, or null
 * @param closingAfter    keep vacancies closing on or after this day, or null
 * @param salaryMin       minimum annual salary, or null
 * @param salaryMax       maximum annual salary, or null
 * @param salaryCurrency  currency of salaryMin/salaryMax, or null for any
 * @param geo             radius filter, or null
 * @param sort            sort order
 * @param page            1-based page
 * @param size            hits per page
 * @param cursor          opaque cursor for deep paging, or null
 * @param includeClosed   also return closed vacancies
 */
public record SearchRequest(String query, List<String> employers, List<String> regions, List<String> occupations,
                            List<String> employmentTypes, List<String> workplaceTypes, List<String> languages,
                            Integer postedWithinDays, LocalDate closingAfter, Double salaryMin, Double salaryMax,
                            String salaryCurrency, Geo geo, Sort sort, int page, int size, String cursor,
                            boolean includeClosed) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        employers = copy(employers);
        regions = copy(regions);
        occupations = copy(occupations);
        employmentTypes = copy(employmentTypes);
        workplaceTypes = copy(workplaceTypes);
        languages = copy(languages);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (page < 1) throw new IllegalArgumentException("page must be >= 1");
        if (size < 0) throw new IllegalArgumentException("size must be >= 0");
    }

    private static List<String> copy(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** Everything, first page of 20. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, null, null, null, null, null,
            Sort.RELEVANCE, 1, 20, null, false);
    }

    /** Radius filter around a point. */
    public record Geo(double lat, double lon, double radiusKm) {
        public Geo {
            if (lat < -90 || lat > 90) throw new IllegalArgumentException("lat out of range");
            if (lon < -180 || lon > 180) throw new IllegalArgumentException("lon out of range");
            if (!(radiusKm > 0)) throw new IllegalArgumentException("radius must be positive");
        }
    }

    /** Sort orders. */
    public enum Sort { RELEVANCE, DATE_POSTED, CLOSING_DATE, SALARY, DISTANCE }

    /** Copy with a filter dimension replaced (used for sibling facet counts). */
    public SearchRequest withDimension(String dimension, List<String> values) {
        Objects.requireNonNull(dimension);
        return new SearchRequest(query,
            dimension.equals(Facets.EMPLOYER) ? values : employers,
            dimension.equals(Facets.REGION) ? values : regions,
            dimension.equals(Facets.OCCUPATION) ? values : occupations,
            dimension.equals(Facets.EMPLOYMENT_TYPE) ? values : employmentTypes,
            dimension.equals(Facets.WORKPLACE_TYPE) ? values : workplaceTypes,
            dimension.equals(Facets.LANGUAGE) ? values : languages,
            postedWithinDays, closingAfter, salaryMin, salaryMax, salaryCurrency, geo, sort, page, size, cursor,
            includeClosed);
    }
}
