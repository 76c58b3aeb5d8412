package org.joinedup.analyzers;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * Stems one word for each supported language so occupation terms and title words meet in inflected forms.
 * Not thread-safe (Snowball programs keep state): one instance per token stream.
 *
 * <p>English gets plural-only stemming (the "S-stemmer"), not Porter: Porter would make "developer" and
 * "development" one stem, and "Business Development Manager" is no software developer.
 */
final class OccupationStemmers {

    private final SnowballStemmer dutch = new DutchStemmer();
    private final SnowballStemmer danish = new DanishStemmer();
    private final SnowballStemmer finnish = new FinnishStemmer();
    private char[] scratch = new char[32];
    private char[] result = new char[32];
    private int resultLength;

    /**
     * Stems {@code word[0..length)} for a language; read the stem from {@link #buffer()} and {@link #length()}
     * until the next call.
     */
    void stem(String language, char[] word, int length) {
        if (scratch.length < length) scratch = new char[Math.max(length, scratch.length * 2)];
        System.arraycopy(word, 0, scratch, 0, length);
        switch (language) {
            case "en" -> keep(scratch, englishPlural(scratch, length));
            case "nl" -> snowball(dutch, length);
            case "da" -> snowball(danish, length);
            case "fi" -> snowball(finnish, length);
            default -> throw new IllegalArgumentException("no stemmer for " + language);
        }
    }

    char[] buffer() {
        return result;
    }

    int length() {
        return resultLength;
    }

    private void snowball(SnowballStemmer stemmer, int length) {
        // Snowball works inside the array it is given, so it gets our scratch copy, never the term buffer
        stemmer.setCurrent(scratch, length);
        stemmer.stem();
        keep(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
    }

    private void keep(char[] chars, int length) {
        if (result.length < length) result = new char[Math.max(length, result.length * 2)];
        System.arraycopy(chars, 0, result, 0, length);
        resultLength = length;
    }

    /** Harman's S-stemmer, as in Lucene's EnglishMinimalStemmer (package-private there), plus "'s". */
    static int englishPlural(char[] s, int len) {
        if (len > 2 && s[len - 1] == 's' && (s[len - 2] == '\'' || s[len - 2] == '\u2019')) return len - 2;
        if (len < 3 || s[len - 1] != 's') return len;
        switch (s[len - 2]) {
            case 'u', 's' -> {
                return len;
            }
            case 'e' -> {
                if (len > 3 && s[len - 3] == 'i' && s[len - 4] != 'a' && s[len - 4] != 'e') {
                    s[len - 3] = 'y';
                    return len - 2;
                }
                char c = s[len - 3];
                return c == 'i' || c == 'a' || c == 'o' || c == 'e' ? len : len - 1;
            }
            default -> {
                return len - 1;
            }
        }
    }
}
