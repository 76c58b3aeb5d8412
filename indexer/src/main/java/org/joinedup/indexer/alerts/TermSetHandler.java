package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * Lets the presearcher index a filter with several values ({@code region=A&region=B}, a {@link TermInSetQuery})
 * by its terms, as a disjunction; without it such a filter counts as "any term" and cannot narrow candidates.
 */
final class TermSetHandler implements CustomQueryHandler {
    @Override
    public QueryTree handleQuery(Query query, TermWeightor weightor) {
        if (!(query instanceof TermInSetQuery set)) return null;
        List<Function<TermWeightor, QueryTree>> terms = new ArrayList<>();
        try {
            BytesRefIterator it = set.getBytesRefIterator();
            for (BytesRef b = it.next(); b != null; b = it.next()) {
                Term t = new Term(set.getField(), BytesRef.deepCopyOf(b));
                terms.add(w -> QueryTree.term(t, w));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return QueryTree.disjunction(terms, weightor);
    }
}
