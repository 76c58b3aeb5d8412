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
    private static final int MAX_MENTIONS = 40;
    private static final int MENTION_WORDS = 8;
    private static final int EDGE_SENTENCES = 2;
    /** Compound words ending like this name organisations ("terveystoimiala", "utbildningssektorn"). */
    private static final List<String> ORG_SUFFIXES = List.of("toimiala", "sektorn", "sektor", "kommune", "kunta",
        "kaupunki", "sykehus", "sygehus", "universitet", "yliopisto", "council", "forsvaret", "etaten");
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
        String employerKey = intern(TextFold.employerKey(v.employer().name()));
        Vacancy.Location main = v.locations().isEmpty() ? null : v.locations().getFirst();
        String locality = intern(main == null ? "" : TextFold.fold(main.locality()));
        String titleKey = titleKey(titleWords, locality);
        String region = intern(main == null ? "" : TextFold.fold(main.region()));
        int closing = v.validThrough() == null ? Signature.NO_DAY : (int) v.validThrough().toEpochDay();
        long fingerprint = Hashing.hash64(titleKey + '|' + employerKey + '|' + locality + '|' + closing);
        long content = textWords.size() < MIN_CONTENT_WORDS ? 0 : Hashing.hash64(String.join(" ", textWords));
        List<String> all = new ArrayList<>(titleWords.size() + textWords.size());
        all.addAll(titleWords);
        all.addAll(textWords);
        return new Signature(v.id(), intern(v.sourceId()), fingerprint, content, titleKey, employerKey, locality,
            region, intern(TextFold.fold(v.department())), closing, salary(v, true), salary(v, false),
            typeMask(v.employmentTypes()), textWords.size(), Math.max(1, all.size() - MinHasher.SHINGLE + 1),
            MinHasher.signature(all), mentions(v.descriptionText(), all));
    }

    /** Title words without advert prefixes and without the place appended to it ("Nurse - Harrogate"). */
    static String titleKey(List<String> words, String locality) {
        int start = 0;
        while (start < words.size() - 1 && TITLE_PREFIXES.contains(words.get(start))) start++;
        String key = String.join(" ", words.subList(start, words.size()));
        if (!locality.isEmpty() && key.endsWith(" " + locality)) key = key.substring(0, key.length() - locality.length() - 1);
        return key;
    }

    /**
     * Hashes of employer keys of the phrases that could name an organisation: up to {@value #MENTION_WORDS} words
     * ending in an organisation word anywhere, and ending the first and last sentences (where aggregators name the
     * advertiser: "Listed on behalf of Bravo Bemanning AS.").
     */
    static short[] mentions(String text, List<String> titleAndTextWords) {
        short[] out = new short[MAX_MENTIONS];
        int n = 0;
        for (String sentence : edgeSentences(text, EDGE_SENTENCES)) {
            List<String> w = TextFold.words(sentence);
            if (!w.isEmpty()) n = addEndingAt(w, w.size() - 1, out, n);
        }
        for (int end = 0; end < titleAndTextWords.size() && n < MAX_MENTIONS; end++) {
            if (isOrgWord(titleAndTextWords.get(end))) n = addEndingAt(titleAndTextWords, end, out, n);
        }
        short[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || sorted[i] != sorted[d - 1]) sorted[d++] = sorted[i];
        }
        return d == 0 ? EMPTY : Arrays.copyOf(sorted, d);
    }

    /**
     * The first and the last {@code edge} sentences of a text (each sentence once), split where
     * {@code text.strip().split("[.!?]\\s+|\\n+")} would split it, in one pass without a regex and cutting out
     * only these sentences: the description can be long and this runs for every vacancy.
     */
    static List<String> edgeSentences(String raw, int edge) {
        String text = raw.strip();
        int[] bounds = new int[16]; // start and end of each sentence
        int count = 0;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int end = separatorEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            bounds = withSentence(bounds, count++, start, i);
            start = end;
            i = end;
        }
        // The text is stripped, so no separator ends it: split's dropping of trailing empty strings never
        // applies, and what follows the last separator is a sentence (an empty text is one empty sentence).
        bounds = withSentence(bounds, count++, start, text.length());
        List<String> out = new ArrayList<>(2 * edge);
        int heads = Math.min(edge, count);
        for (int k = 0; k < heads; k++) out.add(text.substring(bounds[2 * k], bounds[2 * k + 1]));
        for (int k = Math.max(heads, count - edge); k < count; k++) {
            out.add(text.substring(bounds[2 * k], bounds[2 * k + 1]));
        }
        return out;
    }

    /** Where a sentence separator starting at i ends ({@code [.!?]\\s+} or {@code \\n+}), or -1 when none starts there. */
    private static int separatorEnd(String text, int i) {
        char c = text.charAt(i);
        int end = i + 1;
        if ((c == '.' || c == '!' || c == '?') && end < text.length() && isRegexSpace(text.charAt(end))) {
            while (end < text.length() && isRegexSpace(text.charAt(end))) end++;
            return end;
        }
        if (c == '\n') {
            while (end < text.length() && text.charAt(end) == '\n') end++;
            return end;
        }
        return -1;
    }

    private static int[] withSentence(int[] bounds, int k, int start, int end) {
        int[] b = 2 * k + 1 < bounds.length ? bounds : Arrays.copyOf(bounds, bounds.length * 2);
        b[2 * k] = start;
        b[2 * k + 1] = end;
        return b;
    }

    /** What {@code \\s} matches in a Java regex without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Employer keys of the phrases of 1..MENTION_WORDS words ending at end, built backwards without refolding. */
    private static int addEndingAt(List<String> words, int end, short[] out, int n) {
        String key = "";
        for (int len = 1; len <= MENTION_WORDS && end - len + 1 >= 0 && n < out.length; len++) {
            String w = words.get(end - len + 1);
            if (TextFold.isEmployerNoise(w)) continue;
            key = key.isEmpty() ? w : w + " " + key;
            out[n++] = mentionHash(key);
        }
        return n;
    }

    private static boolean isOrgWord(String w) {
        if (ORG_WORDS.contains(w) && w.length() > 2) return true; // "as", "ab", "s" are ordinary words too
        for (String suffix : ORG_SUFFIXES) {
            if (w.endsWith(suffix)) return true;
        }
        return false;
    }

    private static final short[] EMPTY = new short[0];

    static short mentionHash(String employerKey) {
        return (short) Hashing.hash64(employerKey);
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
