package org.joinedup.indexer.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Offline geocoder over the bundled {@code gazetteer.tsv}: the municipalities of the demo regions (North
 * Yorkshire, Utrecht, Region Midtjylland, Pirkanmaa) plus each country's capital and largest cities, with
 * other-language names (København/Copenhagen, Den Haag/The Hague, Helsinki/Helsingfors, Tampere/Tammerfors).
 *
 * <p>Names match case- and accent-insensitively ("kobenhavn", "KØBENHAVN"); district suffixes and leading
 * postcodes are dropped ("København Ø", "8260 Viby J"). When a name is shared ("Richmond" in North Yorkshire and
 * in London) the postcode, then the region decides. A location with only a postcode is found by the postcode
 * districts or ranges listed per place. Immutable and thread-safe.
 */
final class Gazetteer {
    private static final String RESOURCE = "gazetteer.tsv";

    /** A place with its coordinates. */
    record Place(String name, String region, String country, double lat, double lon, List<String> postcodes) {
        Place {
            postcodes = List.copyOf(postcodes);
        }

        boolean hasPostcode(String postcode) {
            return Postcodes.matches(postcodes, postcode, country);
        }
    }

    private final List<Place> places;
    private final Map<String, List<Place>> byName;

    private Gazetteer(List<Place> places, Map<String, List<Place>> byName) {
        this.places = List.copyOf(places);
        this.byName = byName;
    }

    /** The bundled gazetteer, loaded once. */
    static Gazetteer bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Gazetteer BUNDLED = load();
    }

    /** All places, in file order. */
    List<Place> places() {
        return places;
    }

    /**
     * Finds a place.
     *
     * @param name     locality or free location text ("Harrogate", "Humlebæk, DK"); may be null
     * @param postcode postcode, may be null
     * @param region   region hint, may be null
     * @param country  ISO 3166 code or country name; when given, only places in that country match
     */
    Optional<Place> find(String name, String postcode, String region, String country) {
        String cc = Countries.code(country);
        for (String key : candidateKeys(name)) {
            List<Place> hits = byName.getOrDefault(key, List.of()).stream()
                .filter(p -> cc == null || p.country().equals(cc)).toList();
            if (!hits.isEmpty()) return Optional.of(choose(hits, postcode, region));
        }
        return byPostcode(postcode, cc);
    }

    /** The place whose postcode districts or ranges contain this postcode, within a country. */
    Optional<Place> byPostcode(String postcode, String country) {
        String cc = Countries.code(country);
        if (postcode == null || postcode.isBlank() || cc == null) return Optional.empty();
        return places.stream().filter(p -> p.country().equals(cc) && p.hasPostcode(postcode)).findFirst();
    }

    private static Place choose(List<Place> hits, String postcode, String region) {
        if (hits.size() == 1) return hits.getFirst();
        if (postcode != null) {
            for (Place p : hits) {
                if (p.hasPostcode(postcode)) return p;
            }
        }
        if (region != null) {
            String r = key(region);
            for (Place p : hits) {
                if (key(p.region()).equals(r)) return p;
            }
        }
        return hits.getFirst();
    }

    /** Keys to try for a location text: each comma part, then with district suffixes and postcodes dropped. */
    static List<String> candidateKeys(String text) {
        List<String> keys = new ArrayList<>();
        if (text == null || text.isBlank()) return keys;
        List<String> parts = new ArrayList<>(List.of(text));
        if (text.contains(",")) parts.addAll(List.of(text.split(",")));
        for (String part : parts) {
            String k = key(part);
            addIfNew(keys, k);
            // "8260 viby j", "kobenhavn o", "aarhus n": strip postcodes and one/two-letter district suffixes
            String stripped = k.replaceAll("^[0-9 ]+", "").replaceAll("( [a-z]{1,2})+$", "").replaceAll(" [0-9]+$", "");
            addIfNew(keys, stripped.strip());
        }
        return keys;
    }

    private static void addIfNew(List<String> keys, String k) {
        if (!k.isBlank() && !keys.contains(k)) keys.add(k);
    }

    /** Lower case, accents and Nordic letters folded (ø->o, æ->ae, å->a, ß->ss), punctuation to single spaces. */
    static String key(String s) {
        if (s == null) return "";
        String t = s.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
            .replace("đ", "d").replace("ł", "l");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Place> places = new ArrayList<>();
            Map<String, List<Place>> byName = new HashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 7) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
                Place p = new Place(f[0], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    f[6].isBlank() ? List.of() : List.of(f[6].split(";")));
                places.add(p);
                index(byName, f[0], p);
                for (String alt : f[1].isBlank() ? new String[0] : f[1].split(";")) index(byName, alt, p);
            }
            return new Gazetteer(places, Map.copyOf(byName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(Map<String, List<Place>> byName, String name, Place p) {
        List<Place> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(p)) list.add(p);
    }
}
