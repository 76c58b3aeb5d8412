package org.joinedup.api.resources;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;

/** Validates the query parameters of {@code GET /api/v1/vacancies} and turns them into a {@link SearchRequest}. */
final class SearchParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    private static final int MAX_QUERY = 500;
    private static final int MAX_VALUE = 200;
    private static final int MAX_VALUES = 50;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static final Map<String, SearchRequest.Sort> SORTS = Map.of(
        "relevance", SearchRequest.Sort.RELEVANCE, "date", SearchRequest.Sort.DATE_POSTED,
        "closing", SearchRequest.Sort.CLOSING_DATE, "salary", SearchRequest.Sort.SALARY,
        "distance", SearchRequest.Sort.DISTANCE);
    private static final Set<String> SINGLE = Set.of("q", "page", "size", "sort", "lat", "lon", "radius");
    private static final Set<String> MULTI = Set.of(Facets.EMPLOYER, Facets.REGION, Facets.OCCUPATION,
        Facets.EMPLOYMENT_TYPE, Facets.WORKPLACE_TYPE, Facets.LANGUAGE);

    private final MultivaluedMap<String, String> params;

    private SearchParams(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    /** @throws BadParameterException naming the first bad parameter */
    static SearchRequest parse(MultivaluedMap<String, String> params) {
        return new SearchParams(params).build();
    }

    private SearchRequest build() {
        for (String name : params.keySet()) {
            if (!SINGLE.contains(name) && !MULTI.contains(name)) {
                throw new BadParameterException(name, "unknown parameter");
            }
        }
        String q = single("q");
        if (q != null && q.length() > MAX_QUERY) {
            throw new BadParameterException("q", "must be at most " + MAX_QUERY + " characters");
        }
        int page = integer("page", 1, 1, MAX_PAGE);
        int size = integer("size", DEFAULT_SIZE, 1, MAX_SIZE);
        SearchRequest.Sort sort = sort();
        SearchRequest.Geo geo = geo();
        if (sort == SearchRequest.Sort.DISTANCE && geo == null) {
            throw new BadParameterException("sort", "distance needs lat, lon and radius");
        }
        List<String> employmentTypes = values(Facets.EMPLOYMENT_TYPE);
        checkVocabulary(Facets.EMPLOYMENT_TYPE, employmentTypes, Vacancy.EMPLOYMENT_TYPES);
        List<String> workplaceTypes = values(Facets.WORKPLACE_TYPE);
        checkVocabulary(Facets.WORKPLACE_TYPE, workplaceTypes, Vacancy.WORKPLACE_TYPES);
        List<String> languages = values(Facets.LANGUAGE).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        for (String l : languages) {
            if (!LANGUAGE.matcher(l).matches()) throw new BadParameterException("language", "not a language code: " + l);
        }
        return new SearchRequest(q, values(Facets.EMPLOYER), values(Facets.REGION), values(Facets.OCCUPATION),
            employmentTypes, workplaceTypes, languages, null, null, null, null, null, geo, sort, page, size, null,
            false);
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

    private double decimal(String name, double min, double max) {
        String s = single(name);
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
        if (s == null) return SearchRequest.Sort.RELEVANCE;
        SearchRequest.Sort sort = SORTS.get(s.toLowerCase(Locale.ROOT));
        if (sort == null) {
            throw new BadParameterException("sort", "must be one of relevance, date, closing, salary, distance");
        }
        return sort;
    }

    private SearchRequest.Geo geo() {
        int given = (single("lat") == null ? 0 : 1) + (single("lon") == null ? 0 : 1)
            + (single("radius") == null ? 0 : 1);
        if (given == 0) return null;
        if (given < 3) {
            String missing = single("lat") == null ? "lat" : single("lon") == null ? "lon" : "radius";
            throw new BadParameterException(missing, "lat, lon and radius go together");
        }
        return new SearchRequest.Geo(decimal("lat", -90, 90), decimal("lon", -180, 180),
            decimal("radius", 0.1, 1000));
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

    private static void checkVocabulary(String name, List<String> values, List<String> allowed) {
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new BadParameterException(name, "must be one of " + String.join(", ", allowed));
            }
        }
    }
}
