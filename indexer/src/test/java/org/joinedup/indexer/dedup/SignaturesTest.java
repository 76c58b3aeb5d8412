package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Signatures#edgeSentences} splits without a regex; on random text made of the characters the sentence
 * rule is about it gives exactly the edge sentences of the regex split it replaced.
 */
class SignaturesTest {
    private static final Pattern SENTENCE = Pattern.compile("[.!?]\\s+|\\n+");
    private static final char[] CHARS = {'a', 'B', '.', '.', '!', '?', ' ', ' ', '\n', '\n', '\t', '\r', '\u000B',
        '\f', '\u00A0', '\u2028', '\u001C', '\u00F8'};

    @Test
    void edgeSentencesMatchTheRegexSplit() {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) s.append(CHARS[random.nextInt(CHARS.length)]);
            String text = s.toString();
            int edge = 1 + random.nextInt(3);
            assertEquals(byRegex(text, edge), Signatures.edgeSentences(text, edge),
                () -> "edge " + edge + ", input " + text.replace("\n", "\\n"));
        }
    }

    @Test
    void keepsTheFirstAndLastSentencesOfAnAdvert() {
        String advert = "Care worker wanted.  We are Northmere District Council!\n\nDuties: caring.\nApply now? "
            + "Listed on behalf of Bravo Bemanning AS.";
        assertEquals(List.of("Care worker wanted", "We are Northmere District Council", "Apply now",
            "Listed on behalf of Bravo Bemanning AS."), Signatures.edgeSentences(advert, 2));
    }

    private static List<String> byRegex(String text, int edge) {
        List<String> sentences = List.of(SENTENCE.split(text.strip()));
        int first = Math.min(edge, sentences.size());
        List<String> out = new ArrayList<>(sentences.subList(0, first));
        out.addAll(sentences.subList(Math.max(first, sentences.size() - edge), sentences.size()));
        return out;
    }
}
