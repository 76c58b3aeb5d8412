package org.joinedup.analyzers;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps only occupation concept ids: tokens already replaced by a phrase synonym pass through, other words
 * are looked up in the {@link OccupationLexicon} and replaced by their concept id, and everything else is
 * dropped (its positions are carried over to the next kept token).
 */
final class OccupationTermFilter extends TokenFilter {

    /** Token type of every token this filter emits. */
    static final String TYPE = "OCCUPATION";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OccupationLexicon.Matcher matcher;

    OccupationTermFilter(TokenStream input, OccupationLexicon lexicon) {
        super(input);
        this.matcher = lexicon.matcher();
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            if (!SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                String concept = matcher.match(term.buffer(), term.length());
                if (concept == null) {
                    skipped += increment.getPositionIncrement();
                    continue;
                }
                term.setEmpty().append(concept);
            }
            type.setType(TYPE);
            increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }
}
