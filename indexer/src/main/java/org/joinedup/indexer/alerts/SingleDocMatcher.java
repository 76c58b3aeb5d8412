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

    private SingleDocMatcher(IndexSearcher searcher, Map<Query, RadiusTest> distances) {
        super(searcher);
        this.evaluator = new SingleDocEvaluator(searcher, distances);
    }

    /** Factory for {@code Monitor.match(Document, ...)}: one document per call. */
    static MatcherFactory<QueryMatch> factory(Map<Query, RadiusTest> distances) {
        return searcher -> new SingleDocMatcher(searcher, distances);
    }

    @Override
    public void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
        if (evaluator.matches(matchQuery)) addMatch(new QueryMatch(queryId), 0);
    }

    @Override
    public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
        return match1;
    }
}
