package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFold#fold} decomposes the common characters from a table; on random text it folds exactly as
 * folding the whole text's NFKD form does (the definition it replaced), rare characters and surrogates included.
 */
class TextFoldTest {
    private static final String CHARS = "aZ09 ,.-\t\nøæßđłþœÅÄÖåäöéèêëüïçñÉ\u00A0\u00BC\u00B2\u00AA\u0132\u01C6\u01F1"
        + "\u0301\u0308\u0327\u2019\u201C\u2013\u2026\u20AC\u2122\u2460\uFB01\u3000\u4E2D\uD83D\uDE00\u1E9E\u0130";

    @Test
    void foldsAsTheWholeTextsDecomposition() {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) s.append(CHARS.charAt(random.nextInt(CHARS.length())));
            String text = s.toString();
            assertEquals(reference(text), TextFold.fold(text), () -> "input " + text);
        }
    }

    @Test
    void spellsOutLettersWithoutDecompositions() {
        assertEquals("forde aeble strasse", TextFold.fold("Førde Æble Straße"));
        assertEquals("cafe 1 4 fi", TextFold.fold("Café ¼ ﬁ"));
    }

    /** The fold as first written: NFKD of the whole text, marks dropped, other non-alphanumerics one space. */
    private static String reference(String s) {
        if (s.isEmpty()) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                TextFold.appendLetter(out, Character.toLowerCase(c)); // the letter table is not what changed
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
}
