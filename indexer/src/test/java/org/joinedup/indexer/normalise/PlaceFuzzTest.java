package org.joinedup.indexer.normalise;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.joinedup.indexer.GeoPoint;
import org.joinedup.indexer.fuzz.FuzzBounds;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the offline geocoder from both sides: {@link PlaceLookup#find} (a place typed by a user for a radius
 * search, "Utrecht, NL") and {@link Gazetteer#find} (a posting's locality, postcode, region and country at index
 * time). Property: each returns a place or empty and never throws; a place found has coordinates on the globe;
 * and it stays within {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: UTF-8 text in lines: locality, postcode, region, country, then the user's place text (the rest).
 */
class PlaceFuzzTest {
    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void place(byte[] input) {
        String[] f = FuzzBounds.fields(input, 5);
        Optional<Gazetteer.Place> indexed = FuzzBounds.run(() -> Gazetteer.bundled().find(f[0], f[1], f[2], f[3]))
            .value();
        FuzzBounds.require(indexed != null, "Gazetteer.find returned null");
        indexed.ifPresent(p -> onGlobe(p.lat(), p.lon()));
        Optional<GeoPoint> typed = FuzzBounds.run(() -> PlaceLookup.find(f[4])).value();
        FuzzBounds.require(typed != null, "PlaceLookup.find returned null");
        typed.ifPresent(p -> onGlobe(p.lat(), p.lon()));
    }

    private static void onGlobe(double lat, double lon) {
        FuzzBounds.require(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, "not on the globe: " + lat + "," + lon);
    }
}
