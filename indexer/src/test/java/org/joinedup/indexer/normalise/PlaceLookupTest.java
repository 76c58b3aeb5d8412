package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joinedup.indexer.GeoPoint;
import org.junit.jupiter.api.Test;

class PlaceLookupTest {

    @Test
    void findsDemoTownsWhateverTheSpelling() {
        GeoPoint h = PlaceLookup.find("harrogate").orElseThrow();
        assertEquals("Harrogate", h.name());
        assertEquals("GB", h.country());
        assertEquals(54.0, h.lat(), 0.1);
        assertEquals("Aarhus", PlaceLookup.find("AARHUS").orElseThrow().name());
        assertEquals("NL", PlaceLookup.find("Utrecht, NL").orElseThrow().country());
    }

    @Test
    void unknownOrBlankIsEmpty() {
        assertTrue(PlaceLookup.find("Atlantis").isEmpty());
        assertTrue(PlaceLookup.find("  ").isEmpty());
        assertTrue(PlaceLookup.find(null).isEmpty());
        assertTrue(PlaceLookup.find("Utrecht, GB").isEmpty(), "the country narrows the search");
    }
}
