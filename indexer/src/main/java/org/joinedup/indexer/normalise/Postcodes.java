package org.joinedup.indexer.normalise;

import java.util.List;
import java.util.Locale;

/**
 * Postcode matching for the gazetteer: UK postcodes by outward code ("HG1 2AB" is in district HG1), numeric
 * postcodes (DK 4 digits, NL 4 digits plus letters, FI 5 digits) by ranges such as "8000-8270".
 */
final class Postcodes {
    private Postcodes() {
    }

    /** True when the postcode falls in one of the districts or ranges. */
    static boolean matches(List<String> specs, String postcode, String country) {
        if (postcode == null || postcode.isBlank() || specs.isEmpty()) return false;
        if ("GB".equals(country)) {
            String outward = outward(postcode);
            return specs.stream().anyMatch(s -> s.equalsIgnoreCase(outward));
        }
        // (?s): a line break inside the postcode ("33100\r\nTampere") ends the digits too; without it '.' stopped
        // there, the rest stayed and parseInt threw, which rejected the whole posting
        String digits = postcode.replaceAll("^[A-Za-z]{1,3}[- ]", "").replaceAll("(?s)[^0-9].*$", "");
        if (digits.isEmpty()) digits = postcode.replaceAll("\\D", "");
        if (digits.isEmpty() || digits.length() > 6) return false;
        int code = Integer.parseInt(digits);
        int width = digits.length();
        for (String spec : specs) {
            String[] ends = spec.split("-");
            if (ends[0].length() != width) continue;
            int lo = Integer.parseInt(ends[0]);
            int hi = ends.length > 1 ? Integer.parseInt(ends[1]) : lo;
            if (code >= lo && code <= hi) return true;
        }
        return false;
    }

    /** The outward code of a UK postcode: "HG1 2AB" and "HG12AB" give "HG1"; an outward code alone is kept. */
    static String outward(String postcode) {
        String p = postcode.strip().toUpperCase(Locale.ROOT);
        int space = p.indexOf(' ');
        if (space > 0) return p.substring(0, space);
        return p.length() >= 5 ? p.substring(0, p.length() - 3) : p;
    }
}
