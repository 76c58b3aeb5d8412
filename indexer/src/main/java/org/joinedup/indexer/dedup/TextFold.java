package org.joinedup.indexer.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds text so that formatting differences between sources vanish: case, accents, punctuation and whitespace.
 * Letters that Unicode does not decompose (ø, æ, ß, đ, ł, þ) are spelled out so "Førde" and "Forde" agree.
 */
final class TextFold {
    /** Legal-form and branch words that sources add or drop freely in employer names. */
    private static final Set<String> EMPLOYER_NOISE = Set.of("as", "a", "s", "aps", "asa", "ab", "oy", "oyj", "ltd",
        "limited", "plc", "inc", "llc", "gmbh", "bv", "nv", "iks", "hf", "the", "avd", "afdeling", "avdeling");

    private TextFold() {
    }

    /**
     * Compatibility decompositions (NFKD) of the characters adverts use besides ASCII: Latin-1, Latin Extended-A and
     * B, and general punctuation and currency signs. NFKD only ever decomposes, one character at a time, so a text
     * of these characters folds exactly as its decomposed whole would, without running the normaliser over it.
     */
    private static final char[][] DECOMPOSED = new char[0x300][];
    private static final char PUNCTUATION_FROM = '\u2000';
    private static final char PUNCTUATION_TO = '\u20CF';
    private static final char[][] PUNCTUATION = new char[PUNCTUATION_TO - PUNCTUATION_FROM + 1][];

    static {
        for (char c = 0; c < DECOMPOSED.length; c++) {
            DECOMPOSED[c] = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toCharArray();
        }
        for (char c = PUNCTUATION_FROM; c <= PUNCTUATION_TO; c++) {
            PUNCTUATION[c - PUNCTUATION_FROM] = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toCharArray();
        }
    }

    /** Lower-case ASCII-ish letters and digits separated by single spaces. */
    static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                space = append(out, c, space);
                continue;
            }
            char[] decomposed = c < DECOMPOSED.length ? DECOMPOSED[c]
                : c >= PUNCTUATION_FROM && c <= PUNCTUATION_TO ? PUNCTUATION[c - PUNCTUATION_FROM] : null;
            if (decomposed == null) return foldDecomposed(Normalizer.normalize(s, Normalizer.Form.NFKD));
            for (char d : decomposed) space = append(out, d, space);
        }
        return trimmed(out);
    }

    /** The fold of a text already in NFKD. */
    private static String foldDecomposed(String d) {
        StringBuilder out = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) space = append(out, d.charAt(i), space);
        return trimmed(out);
    }

    /** Appends one decomposed character (a letter or digit, or one space for a run of anything else). */
    private static boolean append(StringBuilder out, char c, boolean space) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) return space;
        if (Character.isLetterOrDigit(c)) {
            appendLetter(out, Character.toLowerCase(c));
            return false;
        }
        if (!space) out.append(' ');
        return true;
    }

    private static String trimmed(StringBuilder out) {
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') out.setLength(end - 1);
        return out.toString();
    }

    /** Appends a lower-case letter or digit, spelling out the letters Unicode does not decompose. */
    static void appendLetter(StringBuilder out, char c) {
        switch (c) {
            case 'ø' -> out.append('o');
            case 'æ' -> out.append("ae");
            case 'ß' -> out.append("ss");
            case 'đ' -> out.append('d');
            case 'ł' -> out.append('l');
            case 'þ' -> out.append("th");
            case 'œ' -> out.append("oe");
            default -> out.append(c);
        }
    }

    /** True for legal forms and branch words that employer keys leave out. */
    static boolean isEmployerNoise(String foldedWord) {
        return EMPLOYER_NOISE.contains(foldedWord);
    }

    /** Folded words. */
    static List<String> words(String s) {
        String f = fold(s);
        if (f.isEmpty()) return List.of();
        return List.of(f.split(" "));
    }

    /** Folded employer name without legal forms and branch words, so "Bravo Bemanning AS" equals "BRAVO BEMANNING". */
    static String employerKey(String name) {
        List<String> kept = new ArrayList<>();
        for (String w : words(name)) {
            if (!EMPLOYER_NOISE.contains(w)) kept.add(w);
        }
        return kept.isEmpty() ? fold(name) : String.join(" ", kept);
    }

    /** Locale-free lower case, for keys that are not folded. */
    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
