package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.stream.Stream;
import org.joinedup.crawler.Posting;

/** jobLocation (Place with PostalAddress or text address, geo) onto a posting location. */
final class PlaceMapper {
    private PlaceMapper() {
    }

    static Posting.Location location(JsonNode place) {
        if (place == null || place.isNull()) return null;
        if (place.isTextual()) {
            return text(place.asText());
        }
        JsonNode address = place.has("address") ? place.get("address") : place;
        if (address.isArray() && !address.isEmpty()) address = address.get(0);
        Double lat = null;
        Double lon = null;
        JsonNode geo = place.get("geo");
        if (geo != null && geo.isObject()) {
            lat = JsonValues.number(geo.get("latitude"));
            lon = JsonValues.number(geo.get("longitude"));
        }
        if (address.isTextual()) {
            Posting.Location t = text(address.asText());
            return t == null ? null : new Posting.Location(t.text(), null, null, null, null, lat, lon);
        }
        String street = JsonValues.text(address, "streetAddress");
        String locality = JsonValues.text(address, "addressLocality");
        String region = JsonValues.text(address, "addressRegion");
        String postcode = JsonValues.text(address, "postalCode");
        String country = JsonValues.text(address, "addressCountry");
        String name = JsonValues.text(place, "name");
        String text = String.join(", ", Stream.of(street, postcode, locality, region, country)
            .filter(Objects::nonNull).toList());
        if (text.isEmpty()) text = name;
        if (text == null && lat == null) return null;
        return new Posting.Location(text, locality, region, postcode, country, lat, lon);
    }

    private static Posting.Location text(String s) {
        return s == null || s.isBlank() ? null : new Posting.Location(s.strip(), null, null, null, null, null, null);
    }
}
