package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Confirms the presearcher's candidates for one document with a {@link SingleDocEvaluator} instead of a full
 * Lucene search per candidate; the answer (match or not) is the same, only cheaper to get.
 */
final class SingleDocMatcher extends CandidateMatcher<QueryMatch> {
    private final SingleDocEvaluator evaluator;
    private final Map<String, Query[]> pruned;
    private final int language;

    private SingleDocMatcher(IndexSearcher searcher, Map<Query, RadiusTest> distances, Map<String, Query[]> pruned,
                             int language) {
        super(searcher);
        this.evaluator = new SingleDocEvaluator(searcher, distances);
        this.pruned = pruned;
        this.language = language;
    }

    /**
     * Factory for {@code Monitor.match(Document, ...)}: one document per call.
     *
     * @param pruned   per saved search id, its query cut down to each field language ({@link LanguagePruner})
     * @param language index of the document's field language in those arrays
     */
    static MatcherFactory<QueryMatch> factory(Map<Query, RadiusTest> distances, Map<String, Query[]> pruned,
                                              int language) {
        return searcher -> new SingleDocMatcher(searcher, distances, pruned, language);
    }

    @Override
    public void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
        Query[] byLanguage = pruned.get(queryId);
        Query q = byLanguage == null ? matchQuery : byLanguage[language];
        if (evaluator.matches(q)) addMatch(new QueryMatch(queryId), 0);
    }

    @Override
    public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
        return match1;
    }
}
