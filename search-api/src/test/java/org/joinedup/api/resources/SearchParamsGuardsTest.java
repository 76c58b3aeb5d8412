package org.joinedup.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Optional;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.indexer.GeoPoint;
import org.joinedup.indexer.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wave-2 parameters: dates, salary, place, cursor, and the query and window guards. */
class SearchParamsGuardsTest {

    private static MultivaluedMap<String, String> params(String... kv) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.add(kv[i], kv[i + 1]);
        return m;
    }

    private static SearchRequest parse(String... kv) {
        return SearchParams.parse(params(kv), p -> p.equals("Harrogate")
            ? Optional.of(new GeoPoint("Harrogate", "North Yorkshire", "GB", 53.99, -1.54)) : Optional.empty(),
            SearchRequest.Sort.RELEVANCE);
    }

    @Test
    void readsDatesSalaryPlaceAndCursor() {
        SearchRequest r = parse("posted", "7", "closingAfter", "2027-01-31", "salaryMin", "30000", "salaryMax",
            "40000", "currency", "gbp", "place", "Harrogate", "radius", "10", "sort", "distance", "cursor", "abc_-9");
        assertEquals(7, r.postedWithinDays());
        assertEquals(LocalDate.of(2027, 1, 31), r.closingAfter());
        assertEquals(30000.0, r.salaryMin());
        assertEquals(40000.0, r.salaryMax());
        assertEquals("GBP", r.salaryCurrency());
        assertEquals(53.99, r.geo().lat());
        assertEquals(10.0, r.geo().radiusKm());
        assertEquals(SearchRequest.Sort.DISTANCE, r.sort());
        assertEquals("abc_-9", r.cursor());
    }

    @Test
    void salaryBandIsAnEuroRange() {
        SearchRequest r = parse("salaryBand", "30000-45000");
        assertEquals(30000.0, r.salaryMin());
        assertEquals(45000.0, r.salaryMax());
        assertEquals("EUR", r.salaryCurrency());
        SearchRequest open = parse("salaryBand", "60000-");
        assertEquals(60000.0, open.salaryMin());
        assertNull(open.salaryMax());
    }

    @Test
    void feedsDefaultToNewestFirst() {
        assertEquals(SearchRequest.Sort.DATE_POSTED,
            SearchParams.parse(params(), p -> Optional.empty(), SearchRequest.Sort.DATE_POSTED).sort());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "q|*urse|q",
        "q|/nurs.*/|q",
        "q|nurse~1|q",
        "posted|0|posted",
        "posted|week|posted",
        "closingAfter|31/01/2027|closingAfter",
        "salaryMin|-1|salaryMin",
        "salaryMax|lots|salaryMax",
        "currency|XXX|currency",
        "salaryBand|cheap|salaryBand",
        "place|Atlantis|radius",
        "cursor|not a cursor!|cursor",
        "format|rss|format"
    })
    void rejectsBadValuesNamingTheParameter(String name, String value, String parameter) {
        BadParameterException e = assertThrows(BadParameterException.class, () -> parse(name, value));
        assertEquals(parameter, e.parameter(), e::getMessage);
    }

    @Test
    void refusesCombinationsThatContradict() {
        assertEquals("salaryBand", assertThrows(BadParameterException.class,
            () -> parse("salaryBand", "0-30000", "salaryMin", "1")).parameter());
        assertEquals("salaryMax", assertThrows(BadParameterException.class,
            () -> parse("salaryMin", "5", "salaryMax", "4")).parameter());
        assertEquals("place", assertThrows(BadParameterException.class,
            () -> parse("place", "Atlantis", "radius", "5")).parameter());
        assertEquals("place", assertThrows(BadParameterException.class,
            () -> parse("place", "Harrogate", "lat", "1", "lon", "1", "radius", "5")).parameter());
        assertEquals("page", assertThrows(BadParameterException.class,
            () -> parse("cursor", "abc", "page", "2")).parameter());
    }

    @Test
    void deepPagesNeedTheCursor() {
        assertEquals(100, parse("page", "100", "size", "100").page(), "exactly 10,000 is allowed");
        BadParameterException e = assertThrows(BadParameterException.class, () -> parse("page", "101", "size", "100"));
        assertEquals("page", e.parameter());
        assertTrue(e.getMessage().contains("cursor"), e.getMessage());
    }

    @Test
    void queryGuardMessagesReachTheClient() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> parse("q", "*urse"));
        assertTrue(e.getMessage().startsWith("q: leading wildcards"), e.getMessage());
        String many = "w ".repeat(65).strip();
        assertTrue(assertThrows(BadParameterException.class, () -> parse("q", many)).getMessage().contains("terms"));
    }

    @Test
    void decodesStrictly() {
        assertEquals("søg", QueryDecoder.decode("s%C3%B8g", "q"));
        assertEquals("a b", QueryDecoder.decode("a+b", "q"));
        assertEquals("q", assertThrows(BadParameterException.class, () -> QueryDecoder.decode("%E0%A4", "q"))
            .parameter());
        assertTrue(assertThrows(BadParameterException.class, () -> QueryDecoder.decode("100%", "q")).getMessage()
            .contains("percent"));
        assertThrows(BadParameterException.class, () -> QueryDecoder.decode("%zz", "q"));
        assertThrows(BadParameterException.class, () -> QueryDecoder.decode("%C3%28", "q"));
    }
}
