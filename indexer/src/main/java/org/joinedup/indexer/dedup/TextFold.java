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

    /** Lower-case ASCII-ish letters and digits separated by single spaces. */
    static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        String d = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                appendLetter(out, Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') out.setLength(end - 1);
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static void appendLetter(StringBuilder out, char c) {
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
