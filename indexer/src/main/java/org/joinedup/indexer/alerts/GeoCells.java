package org.joinedup.indexer.alerts;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.geo.Rectangle;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;

/**
 * Lets the presearcher select radius searches by place: a vacancy gets a term for the quarter-degree cell of each
 * of its locations, and a radius filter is indexed under the cells its bounding box (plus a margin) touches. A
 * point query is not made of terms, so without this a radius search is a candidate for every vacancy its words
 * match, wherever it is. A superset only: the exact radius test still decides.
 */
final class GeoCells {
    static final String FIELD = "alert_geo_cell";
    private static final double CELLS_PER_DEGREE = 4;
    /** Covers the difference between Lucene's encoded coordinates and the doubles cells are cut from. */
    private static final double MARGIN_DEGREES = 0.01;
    /** Larger areas are left to the exact test (indexed as "any term"). */
    private static final int MAX_CELLS = 256;

    private GeoCells() {
    }

    /** The cells of a vacancy's locations. */
    static List<String> cellsOf(Vacancy v) {
        List<String> out = new ArrayList<>(1);
        for (Vacancy.Location l : v.locations()) {
            if (l.lat() != null && l.lon() != null) out.add(cell(l.lat(), l.lon()));
        }
        return out;
    }

    /** The cells a radius around a centre may reach, or null when too many (or across the dateline). */
    static List<String> cells(SearchRequest.Geo g, double radiusMeters) {
        Rectangle box = Rectangle.fromPointDistance(g.lat(), g.lon(), radiusMeters);
        if (box.crossesDateline()) return null;
        int lat0 = index(box.minLat - MARGIN_DEGREES);
        int lat1 = index(box.maxLat + MARGIN_DEGREES);
        int lon0 = index(box.minLon - MARGIN_DEGREES);
        int lon1 = index(box.maxLon + MARGIN_DEGREES);
        if ((long) (lat1 - lat0 + 1) * (lon1 - lon0 + 1) > MAX_CELLS) return null;
        List<String> out = new ArrayList<>();
        for (int la = lat0; la <= lat1; la++) {
            for (int lo = lon0; lo <= lon1; lo++) out.add(la + ":" + lo);
        }
        return out;
    }

    private static String cell(double lat, double lon) {
        return index(lat) + ":" + index(lon);
    }

    private static int index(double degrees) {
        return (int) Math.floor(degrees * CELLS_PER_DEGREE);
    }
}
