package org.joinedup.indexer.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.joinedup.indexer.Vacancy;

/** Builds {@link Signature}s from vacancies. Thread-safe. */
final class Signatures {
    /** Below this many description words the text says too little to identify a vacancy on its own. */
    static final int MIN_CONTENT_WORDS = 30;
    private static final int MAX_MENTIONS = 24;
    private static final int MENTION_WORDS = 4;
    /** Words adverts put before the real title; stripped so "Vacancy: Care Worker" equals "Care worker". */
    private static final Set<String> TITLE_PREFIXES = Set.of("vacancy", "vacancies", "job", "new", "urgent", "now",
        "hiring", "ledig", "stilling", "haster", "avoin", "tyopaikka", "vacature", "stillingsopslag", "re", "apply");
    /** Words that end an organisation's name, so text such as "on behalf of Northmere District Council" is found. */
    static final Set<String> ORG_WORDS = Set.of("council", "kommune", "kommun", "kunta", "kaupunki", "gemeente",
        "municipality", "county", "region", "universitet", "university", "yliopisto", "hospital", "sykehus",
        "sygehus", "trust", "authority", "partnership", "agency", "hf", "iks", "as", "asa", "aps", "ab", "oy", "ltd",
        "limited", "plc", "forsvaret", "toimiala", "kuntayhtyma", "styrelse", "direktorat", "etat", "s");

    private final Map<String, String> interned = new ConcurrentHashMap<>();

    Signature of(Vacancy v) {
        List<String> titleWords = TextFold.words(v.title());
        List<String> textWords = TextFold.words(v.descriptionText());
        String titleKey = titleKey(titleWords);
        String employerKey = intern(TextFold.employerKey(v.employer().name()));
        Vacancy.Location main = v.locations().isEmpty() ? null : v.locations().getFirst();
        String locality = intern(main == null ? "" : TextFold.fold(main.locality()));
        String region = intern(main == null ? "" : TextFold.fold(main.region()));
        int closing = v.validThrough() == null ? Signature.NO_DAY : (int) v.validThrough().toEpochDay();
        long fingerprint = Hashing.hash64(titleKey + '|' + employerKey + '|' + locality + '|' + closing);
        long content = textWords.size() < MIN_CONTENT_WORDS ? 0 : Hashing.hash64(String.join(" ", textWords));
        List<String> all = new ArrayList<>(titleWords.size() + textWords.size());
        all.addAll(titleWords);
        all.addAll(textWords);
        return new Signature(v.id(), intern(v.sourceId()), fingerprint, content, titleKey, employerKey, locality,
            region, intern(TextFold.fold(v.department())), closing, salary(v, true), salary(v, false),
            typeMask(v.employmentTypes()), textWords.size(), MinHasher.signature(all), mentions(all));
    }

    static String titleKey(List<String> words) {
        int start = 0;
        while (start < words.size() - 1 && TITLE_PREFIXES.contains(words.get(start))) start++;
        return String.join(" ", words.subList(start, words.size()));
    }

    /** Hashes of employer keys of every short phrase ending in an organisation word. */
    static int[] mentions(List<String> words) {
        int[] out = new int[MAX_MENTIONS];
        int n = 0;
        for (int end = 0; end < words.size() && n < MAX_MENTIONS; end++) {
            if (!ORG_WORDS.contains(words.get(end))) continue;
            for (int len = 2; len <= MENTION_WORDS && end - len + 1 >= 0 && n < MAX_MENTIONS; len++) {
                String phrase = String.join(" ", words.subList(end - len + 1, end + 1));
                out[n++] = mentionHash(TextFold.employerKey(phrase));
            }
        }
        int[] distinct = Arrays.stream(out, 0, n).distinct().sorted().toArray();
        return distinct.length == 0 ? EMPTY : distinct;
    }

    private static final int[] EMPTY = new int[0];

    static int mentionHash(String employerKey) {
        return (int) Hashing.hash64(employerKey);
    }

    private static float salary(Vacancy v, boolean min) {
        Vacancy.Salary s = v.salary();
        if (s == null) return Float.NaN;
        Double d = min ? s.annualMin() : s.annualMax();
        if (d == null) d = min ? s.annualMax() : s.annualMin();
        return d == null ? Float.NaN : d.floatValue();
    }

    private static int typeMask(List<String> types) {
        int mask = 0;
        for (String t : types) {
            int i = Vacancy.EMPLOYMENT_TYPES.indexOf(TextFold.lower(t));
            if (i >= 0) mask |= 1 << i;
        }
        return mask;
    }

    /** Shares equal small strings (employers, places, sources) between signatures to save memory. */
    private String intern(String s) {
        if (interned.size() > 200_000) return s; // bound the pool; interning is only an optimisation
        return interned.computeIfAbsent(s, k -> k);
    }
}
