package org.joinedup.indexer.alerts;

import java.util.List;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.joinedup.indexer.SearchRequest;

/**
 * The point-in-radius test Lucene's {@code LatLonPoint.newDistanceQuery} applies to each indexed point (its
 * {@code matches}: the encoded bounding box, then the distance predicate), built once per saved search instead
 * of once per vacancy: building the predicate is most of what a radius query costs on a one-document index. Also the
 * presearcher's cells for it ({@link GeoCells}; null when it has none).
 */
record RadiusPredicate(int minLat, int maxLat, int minLon, int maxLon, int minLon2,
                  GeoEncodingUtils.DistancePredicate predicate, List<String> cells) {

    static RadiusPredicate of(SearchRequest.Geo g, double radiusMeters) {
        Rectangle box = Rectangle.fromPointDistance(g.lat(), g.lon(), radiusMeters);
        int minLat = GeoEncodingUtils.encodeLatitude(box.minLat);
        int maxLat = GeoEncodingUtils.encodeLatitude(box.maxLat);
        int minLon;
        int maxLon;
        int minLon2;
        if (box.crossesDateline()) {
            minLon = Integer.MIN_VALUE;
            maxLon = GeoEncodingUtils.encodeLongitude(box.maxLon);
            minLon2 = GeoEncodingUtils.encodeLongitude(box.minLon);
        } else {
            minLon = GeoEncodingUtils.encodeLongitude(box.minLon);
            maxLon = GeoEncodingUtils.encodeLongitude(box.maxLon);
            minLon2 = Integer.MAX_VALUE;
        }
        return new RadiusPredicate(minLat, maxLat, minLon, maxLon, minLon2,
            GeoEncodingUtils.createDistancePredicate(g.lat(), g.lon(), radiusMeters), GeoCells.cells(g, radiusMeters));
    }

    /** Whether an encoded point (as LatLonPoint indexes it) lies within the radius. */
    boolean test(int lat, int lon) {
        if (lat > maxLat || lat < minLat) return false;
        if ((lon > maxLon || lon < minLon) && lon < minLon2) return false;
        return predicate.test(lat, lon);
    }
}
