package org.joinedup.indexer.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.joinedup.indexer.GeoPoint;

/**
 * Public view of the offline gazetteer for place names typed by users (radius search), so the query side
 * geocodes exactly like the normaliser does at index time.
 */
public final class PlaceLookup {
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private PlaceLookup() {
    }

    /**
     * The place a name stands for ("Harrogate", "kobenhavn", "Utrecht, NL"), or empty when unknown.
     * A trailing ", CC" part narrows the search to that country.
     */
    public static Optional<GeoPoint> find(String place) {
        if (place == null || place.isBlank()) return Optional.empty();
        String name = place.strip();
        String country = null;
        int comma = name.lastIndexOf(',');
        String cc = comma > 0 ? Countries.code(name.substring(comma + 1).strip()) : null;
        if (cc != null && ISO_COUNTRIES.contains(cc)) {
            country = cc;
            name = name.substring(0, comma).strip();
        }
        return Gazetteer.bundled().find(name, null, null, country)
            .map(p -> new GeoPoint(p.name(), p.region(), p.country(), p.lat(), p.lon()));
    }
}
