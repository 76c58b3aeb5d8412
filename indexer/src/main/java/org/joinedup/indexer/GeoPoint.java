package org.joinedup.indexer;

/**
 * A geocoded place from the offline gazetteer.
 *
 * @param name    the place's name as the gazetteer spells it
 * @param region  its region
 * @param country ISO 3166-1 alpha-2 code
 * @param lat     latitude
 * @param lon     longitude
 */
public record GeoPoint(String name, String region, String country, double lat, double lon) {
}
