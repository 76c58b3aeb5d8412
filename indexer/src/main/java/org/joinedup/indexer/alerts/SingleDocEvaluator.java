package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.lucene.util.NumericUtils;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Decides whether a query matches the only document of a one-document index, without Lucene's weight and
 * scorer machinery for the shapes saved searches are made of (boolean structure, terms, synonyms, term sets,
 * one-dimensional point ranges, a radius around a point): a term matches when the document's term dictionary
 * has it. Any other query (phrases, prefixes, ...) is run by the searcher, so the answer is always Lucene's.
 * Not thread-safe: one per document.
 */
final class SingleDocEvaluator {
    private final IndexSearcher searcher;
    private final LeafReader reader;
    private final Map<String, TermsEnum> termsByField = new HashMap<>();
    private final Map<Query, Boolean> fallbackAnswers = new HashMap<>();
    private final Map<Query, RadiusTest> distances;

    /**
     * @param distances for radius queries (equal to {@code LatLonPoint.newDistanceQuery(IndexSchema.GEO, ...)}),
     *                  the predicate Lucene's query would build for each search: building it is most of such
     *                  a query's cost, so it is built once per saved search, not once per vacancy
     */
    SingleDocEvaluator(IndexSearcher searcher, Map<Query, RadiusTest> distances) {
        this.searcher = searcher;
        this.distances = distances;
        this.reader = searcher.getIndexReader().leaves().getFirst().reader();
        if (searcher.getIndexReader().maxDoc() != 1 || searcher.getIndexReader().leaves().size() != 1) {
            throw new IllegalArgumentException("not a one-document index");
        }
    }

    boolean matches(Query q) throws IOException {
        return switch (q) {
            case BooleanQuery bq -> matchesBoolean(bq);
            case BoostQuery b -> matches(b.getQuery());
            case ConstantScoreQuery c -> matches(c.getQuery());
            case MatchAllDocsQuery m -> true;
            case MatchNoDocsQuery m -> false;
            case TermQuery t -> hasTerm(t.getTerm().field(), t.getTerm().bytes());
            case SynonymQuery s -> matchesAny(s);
            case TermInSetQuery t -> matchesAny(t);
            case PointRangeQuery p when p.getNumDims() == 1 -> matchesRange(p);
            default -> distances.containsKey(q) ? matchesDistance(q) : byLucene(q);
        };
    }

    /**
     * Lucene's rules: every MUST/FILTER clause matches and no MUST_NOT clause does; SHOULD clauses are needed
     * (at least one, or minimumNumberShouldMatch) only when there is no required clause or a minimum is set.
     */
    private boolean matchesBoolean(BooleanQuery bq) throws IOException {
        // Indexed loops: no iterator per clause list, this runs for every clause of every candidate.
        List<BooleanClause> clauses = bq.clauses();
        int required = 0;
        int should = 0;
        for (int i = 0; i < clauses.size(); i++) {
            BooleanClause c = clauses.get(i);
            switch (c.occur()) {
                case MUST, FILTER -> {
                    required++;
                    if (!matches(c.query())) return false;
                }
                case MUST_NOT -> {
                    if (matches(c.query())) return false;
                }
                case SHOULD -> should++;
            }
        }
        int needed = required == 0 ? Math.max(1, bq.getMinimumNumberShouldMatch())
            : bq.getMinimumNumberShouldMatch();
        if (needed == 0) return true;
        if (needed > should) return false;
        int matched = 0;
        for (int i = 0; i < clauses.size(); i++) {
            BooleanClause c = clauses.get(i);
            if (c.occur() == BooleanClause.Occur.SHOULD && matches(c.query()) && ++matched >= needed) return true;
        }
        return false;
    }

    private boolean matchesAny(SynonymQuery s) throws IOException {
        for (Term t : s.getTerms()) {
            if (hasTerm(t.field(), t.bytes())) return true;
        }
        return false;
    }

    private boolean matchesAny(TermInSetQuery t) throws IOException {
        BytesRefIterator it = t.getBytesRefIterator();
        for (BytesRef b = it.next(); b != null; b = it.next()) {
            if (hasTerm(t.getField(), b)) return true;
        }
        return false;
    }

    private boolean hasTerm(String field, BytesRef bytes) throws IOException {
        TermsEnum te = termsByField.get(field);
        if (te == null) {
            Terms terms = reader.terms(field);
            te = terms == null ? TermsEnum.EMPTY : terms.iterator();
            termsByField.put(field, te);
        }
        return te != TermsEnum.EMPTY && te.seekExact(bytes);
    }

    /** A one-dimensional range against the document's single value; several values go to Lucene. */
    private boolean matchesRange(PointRangeQuery p) throws IOException {
        PointValues pv = reader.getPointValues(p.getField());
        if (pv == null) return false;
        if (pv.size() != 1) return byLucene(p);
        byte[] value = pv.getMinPackedValue();
        int n = p.getBytesPerDim();
        return Arrays.compareUnsigned(value, 0, n, p.getLowerPoint(), 0, n) >= 0
            && Arrays.compareUnsigned(value, 0, n, p.getUpperPoint(), 0, n) <= 0;
    }

    /** The test LatLonPointDistanceQuery applies to each point, on the document's one location. */
    private boolean matchesDistance(Query q) throws IOException {
        PointValues pv = reader.getPointValues(IndexSchema.GEO);
        if (pv == null) return false;
        if (pv.size() != 1) return byLucene(q);
        byte[] point = pv.getMinPackedValue();
        return distances.get(q).test(NumericUtils.sortableBytesToInt(point, 0),
            NumericUtils.sortableBytesToInt(point, Integer.BYTES));
    }

    private boolean byLucene(Query q) throws IOException {
        Boolean known = fallbackAnswers.get(q);
        if (known == null) {
            known = searcher.count(q) > 0;
            fallbackAnswers.put(q, known);
        }
        return known;
    }
}
