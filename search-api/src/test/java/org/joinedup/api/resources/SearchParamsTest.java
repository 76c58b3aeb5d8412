package org.joinedup.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchParamsTest {

    private static MultivaluedMap<String, String> params(String... kv) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.add(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void defaultsToEverythingFirstPageOf20ByRelevance() {
        SearchRequest r = SearchParams.parse(params());
        assertEquals("", r.query());
        assertEquals(1, r.page());
        assertEquals(20, r.size());
        assertEquals(SearchRequest.Sort.RELEVANCE, r.sort());
        assertNull(r.geo());
        assertEquals(List.of(), r.filter(Dimension.EMPLOYER));
    }

    @Test
    void readsEveryFilterAndDropsBlankAndRepeatedValues() {
        SearchRequest r = SearchParams.parse(params("q", "  nurse  ", "page", "3", "size", "100", "sort", "closing",
            "employer", "A", "employer", "B", "employer", "A", "employer", " ", "region", "Utrecht",
            "occupation", "nurse", "employmentType", "part-time", "workplaceType", "hybrid", "language", "NL",
            "lat", "52.1", "lon", "5.2", "radius", "25"));
        assertEquals("nurse", r.query());
        assertEquals(3, r.page());
        assertEquals(100, r.size());
        assertEquals(SearchRequest.Sort.CLOSING_DATE, r.sort());
        assertEquals(List.of("A", "B"), r.filter(Dimension.EMPLOYER));
        assertEquals(List.of("Utrecht"), r.filter(Dimension.REGION));
        assertEquals(List.of("nurse"), r.filter(Dimension.OCCUPATION));
        assertEquals(List.of("part-time"), r.filter(Dimension.EMPLOYMENT_TYPE));
        assertEquals(List.of("hybrid"), r.filter(Dimension.WORKPLACE_TYPE));
        assertEquals(List.of("nl"), r.filter(Dimension.LANGUAGE));
        assertNotNull(r.geo());
        assertEquals(25.0, r.geo().radiusKm());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "size|0|size|size: must be between 1 and 100",
        "size|101|size|size: must be between 1 and 100",
        "size|ten|size|size: must be a whole number between 1 and 100",
        "page|0|page|page: must be between 1 and 10000",
        "page|1.5|page|page: must be a whole number between 1 and 10000",
        "sort|cheap|sort|sort: must be one of relevance, date, closing, salary, distance",
        "sort|distance|sort|sort: distance needs lat, lon and radius",
        "employmentType|weekends|employmentType|employmentType: must be one of full-time, part-time, permanent, "
            + "fixed-term, temporary, casual",
        "workplaceType|moon|workplaceType|workplaceType: must be one of onsite, hybrid, remote",
        "language|dutch|language|language: not a language code: dutch",
        "lat|52|lon|lon: lat, lon and radius go together",
        "colour|red|colour|colour: unknown parameter"
    })
    void rejectsBadValuesNamingTheParameter(String name, String value, String parameter, String message) {
        BadParameterException e = assertThrows(BadParameterException.class,
            () -> SearchParams.parse(params(name, value)));
        assertEquals(parameter, e.parameter());
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsRepeatedSingleParametersAndOverlongValues() {
        assertEquals("page: given more than once", assertThrows(BadParameterException.class,
            () -> SearchParams.parse(params("page", "1", "page", "2"))).getMessage());
        assertEquals("q: must be at most 500 characters", assertThrows(BadParameterException.class,
            () -> SearchParams.parse(params("q", "x".repeat(501)))).getMessage());
        assertEquals("lat: must be a number between -90.0 and 90.0", assertThrows(BadParameterException.class,
            () -> SearchParams.parse(params("lat", "95", "lon", "5", "radius", "10"))).getMessage());
    }
}
