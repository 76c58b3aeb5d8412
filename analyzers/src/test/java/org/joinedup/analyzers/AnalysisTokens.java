package org.joinedup.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's assertAnalyzesTo idiom without the test framework: collects terms and position increments.
 * Tokens stacked on the previous position (increment 0) are written "+term", so one list shows both.
 */
final class AnalysisTokens {

    private AnalysisTokens() {}

    static List<String> of(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(inc.getPositionIncrement() == 0 ? "+" + term : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void assertTokens(Analyzer analyzer, String text, String... expected) {
        assertEquals(List.of(expected), of(analyzer, text), () -> "tokens of \"" + text + "\"");
    }
}
