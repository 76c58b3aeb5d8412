package org.joinedup.analyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Turns text in any supported language into occupation concept ids and nothing else: multi-word terms
 * ("maatschappelijk werker", "social- og sundhedsassistent") through a {@link SynonymGraphFilter}, single
 * words (inflected, or heads of compounds) through the {@link OccupationLexicon}. Built once; token streams
 * are reused per thread (Analyzer's default reuse strategy).
 */
final class OccupationAnalyzer extends Analyzer {

    private final SynonymMap phrases;
    private final OccupationLexicon lexicon;

    private OccupationAnalyzer(SynonymMap phrases, OccupationLexicon lexicon) {
        this.phrases = phrases;
        this.lexicon = lexicon;
    }

    /** Builds the analyzer from the catalog's terms, splitting them into words as the analyzer will. */
    static OccupationAnalyzer build(Collection<OccupationConcept> concepts) {
        SynonymMap.Builder phraseMap = new SynonymMap.Builder(true);
        Map<String, Map<String, String>> words = new HashMap<>();
        try (Analyzer splitter = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
            for (OccupationConcept concept : concepts) {
                CharsRef id = new CharsRef(concept.id());
                concept.termsByLanguage().forEach((language, terms) -> terms.forEach(term -> {
                    List<String> tokens = split(splitter, term);
                    if (tokens.size() == 1) {
                        words.computeIfAbsent(language, l -> new HashMap<>()).put(tokens.get(0), concept.id());
                    } else if (tokens.size() > 1) {
                        phraseMap.add(SynonymMap.Builder.join(tokens.toArray(String[]::new), new CharsRefBuilder()), id, false);
                    }
                }));
            }
            return new OccupationAnalyzer(phraseMap.build(), OccupationLexicon.build(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (phrases.fst != null) {
            stream = new SynonymGraphFilter(stream, phrases, true);
            // the index cannot store a token graph; flattening is harmless because we keep no phrases
            stream = new FlattenGraphFilter(stream);
        }
        return new TokenStreamComponents(source, new OccupationTermFilter(stream, lexicon));
    }

    private static List<String> split(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) tokens.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
