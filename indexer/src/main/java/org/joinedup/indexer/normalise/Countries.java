package org.joinedup.indexer.normalise;

import java.util.Locale;
import java.util.Map;

/** ISO 3166 alpha-2 codes for country codes and the country names found in postings ("Danmark", "Suomi"). */
final class Countries {
    private static final Map<String, String> NAMES = Map.ofEntries(
        Map.entry("united kingdom", "GB"), Map.entry("uk", "GB"), Map.entry("great britain", "GB"),
        Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
        Map.entry("northern ireland", "GB"), Map.entry("gbr", "GB"),
        Map.entry("netherlands", "NL"), Map.entry("the netherlands", "NL"), Map.entry("nederland", "NL"),
        Map.entry("holland", "NL"), Map.entry("nld", "NL"), Map.entry("nederlandene", "NL"),
        Map.entry("denmark", "DK"), Map.entry("danmark", "DK"), Map.entry("dnk", "DK"),
        Map.entry("finland", "FI"), Map.entry("suomi", "FI"), Map.entry("fin", "FI"),
        Map.entry("united states", "US"), Map.entry("usa", "US"), Map.entry("united states of america", "US"));

    private Countries() {
    }

    /** The alpha-2 code, or null for null/blank; an unknown name is returned upper-cased as given. */
    static String code(String country) {
        if (country == null || country.isBlank()) return null;
        String c = country.strip();
        String known = NAMES.get(c.toLowerCase(Locale.ROOT));
        if (known != null) return known;
        return c.toUpperCase(Locale.ROOT);
    }
}
