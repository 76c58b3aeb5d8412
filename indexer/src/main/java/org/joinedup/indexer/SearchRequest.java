package org.joinedup.indexer;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joinedup.indexer.index.CurrencyRates;
import org.joinedup.indexer.search.QueryGuard;

/**
 * A typed search: what the API passes to the indexer (the API never builds Lucene queries). Also the shape of
 * a saved search. Build one with {@link #builder()}; the limits a request must keep are here too
 * ({@link #MAX_WINDOW}, {@link #checkQuery}, {@link #knownCurrency}), so a caller can refuse bad input before
 * it searches.
 *
 * @param query            free text in the simple syntax: words, "phrases", -exclusion, OR; empty for all
 * @param filters          values to keep per dimension (any of the values); a dimension not in the map keeps all
 * @param postedWithinDays keep vacancies posted within this many days, or null
 * @param closingAfter     keep vacancies closing on or after this day, or null
 * @param salaryMin        minimum annual salary, or null
 * @param salaryMax        maximum annual salary, or null
 * @param salaryCurrency   currency of salaryMin/salaryMax, or null for EUR
 * @param geo              radius filter, or null
 * @param sort             sort order
 * @param page             1-based page
 * @param size             hits per page
 * @param cursor           opaque cursor for deep paging, or null
 * @param includeClosed    also return closed vacancies
 */
public record SearchRequest(String query, Map<Dimension, List<String>> filters, Integer postedWithinDays,
                            LocalDate closingAfter, Double salaryMin, Double salaryMax, String salaryCurrency, Geo geo,
                            Sort sort, int page, int size, String cursor, boolean includeClosed) {

    /** Deepest hit reachable by page and size (page * size); deeper results are reached with a cursor. */
    public static final int MAX_WINDOW = 10_000;
    /** Longest accepted query text, in characters. */
    public static final int MAX_QUERY_LENGTH = QueryGuard.MAX_LENGTH;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = copy(filters);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (page < 1) throw new IllegalArgumentException("page must be >= 1");
        if (size < 0) throw new IllegalArgumentException("size must be >= 0");
    }

    private static Map<Dimension, List<String>> copy(Map<Dimension, List<String>> filters) {
        if (filters == null || filters.isEmpty()) return Map.of();
        EnumMap<Dimension, List<String>> out = new EnumMap<>(Dimension.class);
        filters.forEach((d, values) -> {
            if (values != null && !values.isEmpty()) out.put(Objects.requireNonNull(d), List.copyOf(values));
        });
        return Collections.unmodifiableMap(out);
    }

    /** The values kept in a dimension; empty when it is not filtered. */
    public List<String> filter(Dimension dimension) {
        return filters.getOrDefault(dimension, List.of());
    }

    /** Everything, first page of 20. */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    /** A builder with the defaults: no text, no filters, relevance, first page of 20, open vacancies only. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this request. */
    public Builder toBuilder() {
        Builder b = new Builder().query(query).postedWithinDays(postedWithinDays).closingAfter(closingAfter)
            .salary(salaryMin, salaryMax, salaryCurrency).geo(geo).sort(sort).page(page).size(size).cursor(cursor)
            .includeClosed(includeClosed);
        b.filters.putAll(filters);
        return b;
    }

    /** Copy with a filter dimension replaced (used for sibling facet counts). */
    public SearchRequest withFilter(Dimension dimension, List<String> values) {
        return toBuilder().filter(dimension, values).build();
    }

    /**
     * Accepts query text or says why not: too long, or a shape too expensive or not supported (leading wildcards,
     * regular expressions, fuzzy matching, too many terms).
     *
     * @throws InvalidSearchException with component {@code query}
     */
    public static void checkQuery(String text) {
        QueryGuard.check(text);
    }

    /** Whether salary bounds can be given in this ISO 4217 currency. */
    public static boolean knownCurrency(String currency) {
        return CurrencyRates.toEur(1.0, currency) != null;
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

    /** Builds a {@link SearchRequest}; unset parts keep the defaults of {@link SearchRequest#builder()}. */
    public static final class Builder {
        private String query = "";
        private final Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
        private Integer postedWithinDays;
        private LocalDate closingAfter;
        private Double salaryMin;
        private Double salaryMax;
        private String salaryCurrency;
        private Geo geo;
        private Sort sort = Sort.RELEVANCE;
        private int page = 1;
        private int size = 20;
        private String cursor;
        private boolean includeClosed;

        private Builder() {
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /** Keeps only these values of a dimension (null or empty: all). */
        public Builder filter(Dimension dimension, List<String> values) {
            if (values == null || values.isEmpty()) {
                filters.remove(dimension);
            } else {
                filters.put(dimension, values);
            }
            return this;
        }

        public Builder postedWithinDays(Integer days) {
            this.postedWithinDays = days;
            return this;
        }

        public Builder closingAfter(LocalDate day) {
            this.closingAfter = day;
            return this;
        }

        /** Annual salary bounds (either may be null) in a currency (null: EUR). */
        public Builder salary(Double min, Double max, String currency) {
            this.salaryMin = min;
            this.salaryMax = max;
            this.salaryCurrency = currency;
            return this;
        }

        public Builder geo(Geo geo) {
            this.geo = geo;
            return this;
        }

        public Builder sort(Sort sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        public Builder includeClosed(boolean includeClosed) {
            this.includeClosed = includeClosed;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, filters, postedWithinDays, closingAfter, salaryMin, salaryMax,
                salaryCurrency, geo, sort, page, size, cursor, includeClosed);
        }
    }
}
