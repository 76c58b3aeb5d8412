package org.joinedup.analyzers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Single-word occupation terms by language, keyed by their stem, with the matching rules: a word names a
 * concept when its stem equals a term's stem (inflection) or, in the compounding languages nl/da/fi, ends
 * with one (compound head: "wijkverpleegkundige", "lähihoitajan", "hjemmesygeplejersker"). Immutable and
 * shared; the per-stream {@link Matcher} holds the stemmers.
 */
final class OccupationLexicon {

    /** Languages in matching order; an exact match in an earlier language wins. */
    static final List<String> LANGUAGES = List.of("en", "nl", "da", "fi");

    /** English writes compounds as separate words, so its terms never match as a suffix ("chef" in "IT-chef"). */
    private static final List<String> COMPOUNDING = List.of("nl", "da", "fi");

    /** Shortest stem that may match as the head of a compound; shorter ones ("læg", "kok") match whole words only. */
    static final int MIN_HEAD_STEM = 4;

    /** Shortest first part of a compound: keeps a bare inflection ending from passing as a modifier. */
    static final int MIN_MODIFIER = 3;

    private final Map<String, CharArrayMap<String>> stems;

    private OccupationLexicon(Map<String, CharArrayMap<String>> stems) {
        this.stems = Map.copyOf(stems);
    }

    /**
     * Builds the lexicon from single-word terms.
     *
     * @param terms language -> (term in lower case -> concept id)
     * @throws IllegalStateException when two concepts share a stem in one language (fix the TSV)
     */
    static OccupationLexicon build(Map<String, Map<String, String>> terms) {
        OccupationStemmers stemmers = new OccupationStemmers();
        Map<String, CharArrayMap<String>> stems = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (String language : LANGUAGES) {
            CharArrayMap<String> map = new CharArrayMap<>(64, false);
            terms.getOrDefault(language, Map.of()).forEach((term, concept) -> {
                char[] chars = term.toCharArray();
                stemmers.stem(language, chars, chars.length);
                String stem = new String(stemmers.buffer(), 0, stemmers.length());
                String previous = map.put(stem, concept);
                if (previous != null && !previous.equals(concept)) {
                    conflicts.add(language + " '" + term + "' (stem " + stem + "): " + previous + " vs " + concept);
                }
            });
            stems.put(language, CharArrayMap.unmodifiableMap(map));
        }
        if (!conflicts.isEmpty()) throw new IllegalStateException("occupation terms share stems: " + conflicts);
        return new OccupationLexicon(stems);
    }

    /** A matcher for one token stream (it owns stemmers, which are not thread-safe). */
    Matcher matcher() {
        return new Matcher();
    }

    /** Finds the concept named by one lower-cased word. */
    final class Matcher {
        private final OccupationStemmers stemmers = new OccupationStemmers();

        /** The concept id the word names, or null. */
        String match(char[] word, int length) {
            String best = null;
            int bestLength = 0;
            for (String language : LANGUAGES) {
                stemmers.stem(language, word, length);
                char[] stem = stemmers.buffer();
                int len = stemmers.length();
                CharArrayMap<String> map = stems.get(language);
                String exact = map.get(stem, 0, len);
                if (exact != null) return exact;
                if (!COMPOUNDING.contains(language)) continue;
                for (int start = MIN_MODIFIER; len - start >= Math.max(MIN_HEAD_STEM, bestLength + 1); start++) {
                    String head = map.get(stem, start, len - start);
                    if (head != null) {
                        best = head;
                        bestLength = len - start;
                        break;
                    }
                }
            }
            return best;
        }
    }
}
