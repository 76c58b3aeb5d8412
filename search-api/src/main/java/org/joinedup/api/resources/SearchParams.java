package org.joinedup.api.resources;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.GeoPoint;
import org.joinedup.indexer.InvalidSearchException;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;

/**
 * Validates the query parameters of {@code GET /api/v1/vacancies} (and the feeds, which take the same ones) and
 * turns them into a {@link SearchRequest}; every problem is a {@link BadParameterException} naming the parameter.
 */
final class SearchParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    private static final int MAX_QUERY = SearchRequest.MAX_QUERY_LENGTH;
    private static final int MAX_VALUE = 200;
    private static final int MAX_VALUES = 50;
    private static final int MAX_POSTED_DAYS = 365;
    private static final double MAX_SALARY = 10_000_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,2000}");
    private static final Pattern BAND = Pattern.compile("(\\d{1,8})-(\\d{1,8})?");

    private static final Map<String, SearchRequest.Sort> SORTS = Map.of(
        "relevance", SearchRequest.Sort.RELEVANCE, "date", SearchRequest.Sort.DATE_POSTED,
        "closing", SearchRequest.Sort.CLOSING_DATE, "salary", SearchRequest.Sort.SALARY,
        "distance", SearchRequest.Sort.DISTANCE);
    /** Every single-valued parameter; the OpenAPI document lists the same. */
    static final Set<String> SINGLE = Set.of("q", "page", "size", "sort", "lat", "lon", "radius", "place",
        "posted", "closingAfter", "salaryMin", "salaryMax", "currency", "salaryBand", "cursor");
    static final Set<String> MULTI = Set.of(Facets.EMPLOYER, Facets.REGION, Facets.OCCUPATION,
        Facets.EMPLOYMENT_TYPE, Facets.WORKPLACE_TYPE, Facets.LANGUAGE);

    private final MultivaluedMap<String, String> params;
    private final Function<String, Optional<GeoPoint>> geocoder;
    private final SearchRequest.Sort defaultSort;

    private SearchParams(MultivaluedMap<String, String> params, Function<String, Optional<GeoPoint>> geocoder,
                         SearchRequest.Sort defaultSort) {
        this.params = params;
        this.geocoder = geocoder;
        this.defaultSort = defaultSort;
    }

    /** Parses without a gazetteer (a {@code place} is then unknown). */
    static SearchRequest parse(MultivaluedMap<String, String> params) {
        return parse(params, p -> Optional.empty(), SearchRequest.Sort.RELEVANCE);
    }

    /**
     * @param params      decoded query parameters
     * @param geocoder    place name to coordinates, for {@code place}
     * @param defaultSort sort when none is asked for
     * @throws BadParameterException naming the first bad parameter
     */
    static SearchRequest parse(MultivaluedMap<String, String> params, Function<String, Optional<GeoPoint>> geocoder,
                               SearchRequest.Sort defaultSort) {
        return new SearchParams(params, geocoder, defaultSort).build();
    }

    private SearchRequest build() {
        for (String name : params.keySet()) {
            if (!SINGLE.contains(name) && !MULTI.contains(name)) {
                throw new BadParameterException(name, "unknown parameter");
            }
        }
        String q = query();
        int page = integer("page", 1, 1, MAX_PAGE);
        int size = integer("size", DEFAULT_SIZE, 1, MAX_SIZE);
        String cursor = cursor(page);
        if ((long) page * size > SearchRequest.MAX_WINDOW) {
            throw new BadParameterException("page", "page * size must not exceed " + SearchRequest.MAX_WINDOW
                + "; use the cursor parameter (nextCursor of the previous page) for deeper results");
        }
        SearchRequest.Sort sort = sort();
        SearchRequest.Geo geo = geo();
        if (sort == SearchRequest.Sort.DISTANCE && geo == null) {
            throw new BadParameterException("sort", "distance needs lat, lon and radius");
        }
        Salary salary = salary();
        return SearchRequest.builder().query(q)
            .filter(Dimension.EMPLOYER, values(Facets.EMPLOYER))
            .filter(Dimension.REGION, values(Facets.REGION))
            .filter(Dimension.OCCUPATION, values(Facets.OCCUPATION))
            .filter(Dimension.EMPLOYMENT_TYPE, vocabulary(Facets.EMPLOYMENT_TYPE, Vacancy.EMPLOYMENT_TYPES))
            .filter(Dimension.WORKPLACE_TYPE, vocabulary(Facets.WORKPLACE_TYPE, Vacancy.WORKPLACE_TYPES))
            .filter(Dimension.LANGUAGE, languages())
            .postedWithinDays(posted()).closingAfter(closingAfter())
            .salary(salary.min, salary.max, salary.currency).geo(geo).sort(sort).page(page).size(size)
            .cursor(cursor).build();
    }

    private String query() {
        String q = single("q");
        if (q == null) return null;
        if (q.length() > MAX_QUERY) throw new BadParameterException("q", "must be at most " + MAX_QUERY + " characters");
        try {
            SearchRequest.checkQuery(q);
        } catch (InvalidSearchException e) {
            throw new BadParameterException("q", e.getMessage());
        }
        return q;
    }

    private String cursor(int page) {
        String c = single("cursor");
        if (c == null) return null;
        if (!CURSOR.matcher(c).matches()) throw new BadParameterException("cursor", "cursor is not valid");
        if (page != 1) throw new BadParameterException("page", "cannot be combined with cursor");
        return c;
    }

    private String single(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw new BadParameterException(name, "given more than once");
        String s = v.get(0).strip();
        return s.isEmpty() ? null : s;
    }

    private int integer(String name, int def, int min, int max) {
        String s = single(name);
        if (s == null) return def;
        int value;
        try {
            value = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number between " + min + " and " + max);
        }
        if (value < min || value > max) {
            throw new BadParameterException(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    private Double decimal(String name, double min, double max) {
        String s = single(name);
        if (s == null) return null;
        try {
            double d = Double.parseDouble(s);
            if (d >= min && d <= max) return d;
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new BadParameterException(name, "must be a number between " + min + " and " + max);
    }

    private SearchRequest.Sort sort() {
        String s = single("sort");
        if (s == null) return defaultSort;
        SearchRequest.Sort sort = SORTS.get(s.toLowerCase(Locale.ROOT));
        if (sort == null) {
            throw new BadParameterException("sort", "must be one of relevance, date, closing, salary, distance");
        }
        return sort;
    }

    private SearchRequest.Geo geo() {
        String place = single("place");
        boolean lat = single("lat") != null;
        boolean lon = single("lon") != null;
        boolean radius = single("radius") != null;
        if (place != null) {
            if (lat || lon) throw new BadParameterException("place", "give either place or lat and lon, not both");
            if (!radius) throw new BadParameterException("radius", "place and radius go together");
            if (place.length() > MAX_VALUE) throw new BadParameterException("place", "must be at most 200 characters");
            GeoPoint p = geocoder.apply(place)
                .orElseThrow(() -> new BadParameterException("place", "unknown place: " + place));
            return new SearchRequest.Geo(p.lat(), p.lon(), decimal("radius", 0.1, 1000));
        }
        int given = (lat ? 1 : 0) + (lon ? 1 : 0) + (radius ? 1 : 0);
        if (given == 0) return null;
        if (given < 3) {
            String missing = !lat ? "lat" : !lon ? "lon" : "radius";
            throw new BadParameterException(missing, "lat, lon and radius go together");
        }
        return new SearchRequest.Geo(decimal("lat", -90, 90), decimal("lon", -180, 180),
            decimal("radius", 0.1, 1000));
    }

    private Integer posted() {
        return single("posted") == null ? null : integer("posted", 0, 1, MAX_POSTED_DAYS);
    }

    private LocalDate closingAfter() {
        String s = single("closingAfter");
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("closingAfter", "must be a date like 2027-01-31");
        }
    }

    /** Annual salary bounds: salaryMin/salaryMax in a currency, or a salaryBand facet value in EUR. */
    private record Salary(Double min, Double max, String currency) {
    }

    private Salary salary() {
        String band = single("salaryBand");
        Double min = decimal("salaryMin", 0, MAX_SALARY);
        Double max = decimal("salaryMax", 0, MAX_SALARY);
        String currency = single("currency");
        if (band != null) {
            if (min != null || max != null || currency != null) {
                throw new BadParameterException("salaryBand", "cannot be combined with salaryMin, salaryMax or currency");
            }
            var m = BAND.matcher(band);
            if (!m.matches()) throw new BadParameterException("salaryBand", "must look like 30000-45000 or 60000-");
            Double bandMax = m.group(2) == null ? null : Double.valueOf(m.group(2));
            return new Salary(Double.valueOf(m.group(1)), bandMax, "EUR");
        }
        if (min != null && max != null && min > max) {
            throw new BadParameterException("salaryMax", "must not be below salaryMin");
        }
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!CURRENCY.matcher(currency).matches() || !SearchRequest.knownCurrency(currency)) {
                throw new BadParameterException("currency", "unknown currency: " + currency);
            }
        }
        return new Salary(min, max, currency);
    }

    private List<String> languages() {
        List<String> languages = values(Facets.LANGUAGE).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        for (String l : languages) {
            if (!LANGUAGE.matcher(l).matches()) throw new BadParameterException("language", "not a language code: " + l);
        }
        return languages;
    }

    private List<String> values(String name) {
        List<String> v = params.get(name);
        if (v == null) return List.of();
        if (v.size() > MAX_VALUES) throw new BadParameterException(name, "at most " + MAX_VALUES + " values");
        List<String> out = v.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String s : out) {
            if (s.length() > MAX_VALUE) {
                throw new BadParameterException(name, "values must be at most " + MAX_VALUE + " characters");
            }
        }
        return out;
    }

    private List<String> vocabulary(String name, List<String> allowed) {
        List<String> values = values(name);
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new BadParameterException(name, "must be one of " + String.join(", ", allowed));
            }
        }
        return values;
    }
}
