package org.joinedup.indexer.normalise;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and abbreviations in English, Dutch, Danish and Finnish. Finnish months are matched by stem
 * because dates use the partitive ("tammikuuta") or genitive ("tammikuun") rather than the nominative.
 */
final class MonthNames {
    private static final Map<String, Integer> EXACT = new HashMap<>();
    /** Finnish stems, January first; "kesäk" also covers "kesäkuuta" etc. */
    private static final List<String> FINNISH_STEMS = List.of("tammik", "helmik", "maalisk", "huhtik", "toukok",
        "kesäk", "heinäk", "elok", "syysk", "lokak", "marrask", "jouluk");

    static {
        add(1, "january", "jan", "januari", "januar");
        add(2, "february", "feb", "febr", "februari", "februar");
        add(3, "march", "mar", "maart", "mrt", "marts");
        add(4, "april", "apr");
        add(5, "may", "mei", "maj");
        add(6, "june", "jun", "juni");
        add(7, "july", "jul", "juli");
        add(8, "august", "aug", "augustus");
        add(9, "september", "sep", "sept");
        add(10, "october", "oct", "oktober", "okt");
        add(11, "november", "nov");
        add(12, "december", "dec");
    }

    private MonthNames() {
    }

    private static void add(int month, String... names) {
        for (String n : names) {
            EXACT.put(n, month);
        }
    }

    /** Month number 1-12 for a month word in any supported language, or 0 when it is not a month. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        Integer m = EXACT.get(w);
        if (m != null) return m;
        for (int i = 0; i < FINNISH_STEMS.size(); i++) {
            if (w.startsWith(FINNISH_STEMS.get(i))) return i + 1;
        }
        return 0;
    }
}
