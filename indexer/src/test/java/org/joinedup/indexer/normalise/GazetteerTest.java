package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();

    /** Every town of the demo table in config-schema.md, in the demo source's region and country. */
    @Test
    void everyDemoTownIsThere() {
        Map<String, String> towns = Map.of(
            "North Yorkshire|GB", "Harrogate, Ripon, Knaresborough, Northallerton, Skipton, Thirsk, Selby, Scarborough",
            "Utrecht|NL", "Utrecht, Amersfoort, Zeist, Nieuwegein, Houten, Veenendaal, De Bilt, IJsselstein",
            "Region Midtjylland|DK", "Aarhus, Silkeborg, Randers, Horsens, Viborg, Skanderborg, Herning, Favrskov",
            "Pirkanmaa|FI", "Tampere, Nokia, Ylöjärvi, Kangasala, Lempäälä, Pirkkala, Valkeakoski, Orivesi");
        int found = 0;
        for (var e : towns.entrySet()) {
            String[] rc = e.getKey().split("\\|");
            for (String town : e.getValue().split(", ")) {
                Gazetteer.Place p = gazetteer.find(town, null, null, rc[1]).orElseThrow(() -> new AssertionError(town));
                assertEquals(town, p.name());
                assertEquals(rc[0], p.region(), town);
                found++;
            }
        }
        assertEquals(32, found);
    }

    @Test
    void everyPlaceHasCoordinatesInsideItsCountry() {
        Map<String, double[]> box = Map.of("GB", new double[] {49.8, 61, -8.7, 2}, "NL", new double[] {50.7, 53.6, 3.3,
            7.3}, "DK", new double[] {54.5, 57.8, 8, 15.2}, "FI", new double[] {59.7, 70.1, 20.5, 31.6});
        assertTrue(gazetteer.places().size() > 120, "places: " + gazetteer.places().size());
        for (Gazetteer.Place p : gazetteer.places()) {
            double[] b = box.get(p.country());
            assertTrue(p.lat() > b[0] && p.lat() < b[1] && p.lon() > b[2] && p.lon() < b[3], p.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Copenhagen|DK|København", "KØBENHAVN|DK|København", "kobenhavn|DK|København", "København Ø|DK|København",
        "The Hague|NL|Den Haag", "'s-Gravenhage|NL|Den Haag", "Helsingfors|FI|Helsinki", "Tammerfors|FI|Tampere",
        "Århus|DK|Aarhus", "Aarhus N|DK|Aarhus", "ylojarvi|FI|Ylöjärvi", "LEMPÄÄLÄ|FI|Lempäälä",
        "Ijsselstein|NL|IJsselstein", "Hinnerup|DK|Favrskov", "Humlebæk, DK|DK|Fredensborg",
        "Harrogate, North Yorkshire|GB|Harrogate", "8260 Viby J|DK|Aarhus",
    })
    void findsNamesCaseAndAccentInsensitivelyWithExonyms(String text, String country, String expected) {
        assertEquals(expected, gazetteer.find(text, "8260", null, country).map(Gazetteer.Place::name).orElse(null));
    }

    @Test
    void postcodesAndRegionsTellSharedNamesApart() {
        assertEquals("North Yorkshire", gazetteer.find("Richmond", "DL10 4QT", null, "GB").orElseThrow().region());
        assertEquals("Greater London", gazetteer.find("Richmond", "TW9 1DN", null, "GB").orElseThrow().region());
        assertEquals("Greater London", gazetteer.find("Richmond", null, "Greater London", "GB").orElseThrow().region());
        assertEquals("North Yorkshire", gazetteer.find("Richmond", null, "North Yorkshire", "GB").orElseThrow().region());
        assertEquals(Optional.empty(), gazetteer.find("Richmond", null, null, "US"));
        assertEquals(Optional.empty(), gazetteer.find("Atlantis", null, null, "GB"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "HG1 2AB|GB|Harrogate", "HG42QN|GB|Ripon", "YO1 7HH|GB|York", "YO11 1AA|GB|Scarborough",
        "3511 AB|NL|Utrecht", "3811|NL|Amersfoort", "8000|DK|Aarhus", "DK-8600|DK|Silkeborg", "2100|DK|København",
        "1850|DK|Frederiksberg", "33100|FI|Tampere", "00100|FI|Helsinki", "37100|FI|Nokia",
    })
    void geocodesPostcodeOnlyLocations(String postcode, String country, String expected) {
        assertEquals(expected, gazetteer.find(null, postcode, null, country).map(Gazetteer.Place::name).orElse(null));
    }

    /**
     * jobnet.dk ads carry municipality, postcode and the workplace's own coordinates. Where the municipality is in
     * the gazetteer, its point must lie within 20 km of the real workplace (municipalities are large). Ads with the
     * 0,0 "no coordinates" placeholder, or outside Denmark's mainland longitudes (one Vejers Strand ad has a
     * longitude in the North Sea), are skipped.
     */
    @Test
    void jobnetMunicipalitiesAreNearTheAdvertisedWorkplaces() {
        int checked = 0;
        List<String> far = new ArrayList<>();
        for (String page : List.of("JobPage01/JobPage01.json.txt", "JobPage02/JobPage02.json.txt")) {
            for (JsonNode ad : Corpus.json(Corpus.JOBNET + page).get("JobPositionPostings")) {
                double lat = ad.get("Latitude").asDouble();
                double lon = ad.get("Longitude").asDouble();
                Optional<Gazetteer.Place> p = gazetteer.find(ad.get("Municipality").asText(),
                    ad.get("PostalCode").asText(), null, ad.get("Country").asText());
                if (p.isEmpty() || lat == 0.0 || lon < 8.0) continue;
                double km = km(lat, lon, p.get().lat(), p.get().lon());
                if (km > 20) far.add(ad.get("Municipality").asText() + " " + km);
                checked++;
            }
        }
        assertEquals(List.of(), far);
        assertTrue(checked >= 30, "jobnet ads checked: " + checked);
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371 * 2 * Math.asin(Math.sqrt(a));
    }
}
