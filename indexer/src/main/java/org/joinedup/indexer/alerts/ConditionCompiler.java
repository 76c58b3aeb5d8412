package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * Turns a saved search's Lucene query (already cut down to one field language by {@link LanguagePruner}) into a
 * {@link Condition} with the same answer on any one vacancy: boolean structure, terms, synonyms, term sets,
 * one-dimensional point ranges and radius filters become bit tests and exact value tests; anything else stays a
 * Lucene query, guarded by what it needs (a phrase needs all its terms). Constant parts are folded away by
 * Lucene's rules. Numbers new terms in {@link TermIds}, so it runs under the matcher's write lock.
 */
final class ConditionCompiler {
    private final TermIds terms;
    private final Map<Query, RadiusPredicate> distances;

    /** @param distances the radius filters of saved searches, by their query (equal to Lucene's distance query) */
    ConditionCompiler(TermIds terms, Map<Query, RadiusPredicate> distances) {
        this.terms = terms;
        this.distances = distances;
    }

    Condition compile(Query q) {
        return switch (q) {
            case BooleanQuery bq -> compileBoolean(bq);
            case BoostQuery b -> compile(b.getQuery());
            case ConstantScoreQuery c -> compile(c.getQuery());
            case MatchAllDocsQuery m -> Condition.TRUE;
            case MatchNoDocsQuery m -> Condition.FALSE;
            case TermQuery t -> new Condition.HasTerm(id(t.getTerm()));
            case SynonymQuery s -> anyTerm(s.getTerms().stream().mapToInt(this::id).toArray());
            case TermInSetQuery t -> anyTerm(ids(t));
            case PointRangeQuery p when p.getNumDims() == 1 ->
                new Condition.Range(p.getField(), p.getLowerPoint(), p.getUpperPoint(), p);
            case PhraseQuery p -> new Condition.ByLucene(p, allTerms(p.getTerms()));
            default -> distances.containsKey(q) ? radius(q) : new Condition.ByLucene(q, Condition.TRUE);
        };
    }

    /**
     * Lucene's rules: with a required clause, optional clauses count only when a minimum is set; without one, at
     * least one (or the minimum) must match. A clause that can never match is dropped from the optional ones
     * (it could never count) and from the prohibited ones; one that always matches is dropped from the required.
     */
    private Condition compileBoolean(BooleanQuery bq) {
        List<Condition> required = new ArrayList<>();
        List<Condition> prohibited = new ArrayList<>();
        List<Condition> optional = new ArrayList<>();
        boolean anyRequired = false;
        for (BooleanClause c : bq.clauses()) {
            Condition sub = compile(c.query());
            switch (c.occur()) {
                case MUST, FILTER -> {
                    anyRequired = true;
                    if (sub == Condition.FALSE) return Condition.FALSE;
                    if (sub != Condition.TRUE) required.add(sub);
                }
                case MUST_NOT -> {
                    if (sub == Condition.TRUE) return Condition.FALSE;
                    if (sub != Condition.FALSE) prohibited.add(sub);
                }
                case SHOULD -> {
                    if (sub != Condition.FALSE) optional.add(sub);
                }
            }
        }
        int msm = bq.getMinimumNumberShouldMatch();
        int needed = anyRequired ? msm : Math.max(1, msm);
        return simplify(required, prohibited, needed == 0 ? List.of() : optional, needed);
    }

    private static Condition simplify(List<Condition> required, List<Condition> prohibited, List<Condition> optional,
                                      int needed) {
        if (needed > optional.size()) return Condition.FALSE;
        if (needed == 1 && optional.stream().anyMatch(c -> c == Condition.TRUE)) {
            optional = List.of();
            needed = 0;
        }
        if (prohibited.isEmpty() && optional.isEmpty() && required.size() <= 1) {
            return required.isEmpty() ? Condition.TRUE : required.getFirst();
        }
        if (required.isEmpty() && prohibited.isEmpty() && needed == 1 && optional.size() == 1) {
            return optional.getFirst();
        }
        if (required.isEmpty() && prohibited.isEmpty() && needed == 1 && allTerms(optional)) {
            return anyTerm(optional.stream().flatMapToInt(ConditionCompiler::termIds).distinct().toArray());
        }
        return new Condition.Bool(required.toArray(Condition[]::new), prohibited.toArray(Condition[]::new),
            optional.toArray(Condition[]::new), needed);
    }

    private static boolean allTerms(List<Condition> cs) {
        return cs.stream().allMatch(c -> c instanceof Condition.HasTerm || c instanceof Condition.HasAnyTerm);
    }

    private static IntStream termIds(Condition c) {
        return c instanceof Condition.HasTerm t ? IntStream.of(t.id())
            : Arrays.stream(((Condition.HasAnyTerm) c).ids());
    }

    private static Condition anyTerm(int[] ids) {
        ids = Arrays.stream(ids).distinct().toArray();
        if (ids.length == 0) return Condition.FALSE;
        return ids.length == 1 ? new Condition.HasTerm(ids[0]) : new Condition.HasAnyTerm(ids);
    }

    /** What a phrase needs before Lucene is asked: every one of its terms. */
    private Condition allTerms(Term[] phrase) {
        if (phrase.length == 0) return Condition.TRUE;
        Condition[] each = new Condition[phrase.length];
        for (int i = 0; i < phrase.length; i++) each[i] = new Condition.HasTerm(id(phrase[i]));
        return each.length == 1 ? each[0] : new Condition.Bool(each, new Condition[0], new Condition[0], 0);
    }

    private Condition radius(Query q) {
        RadiusPredicate t = distances.get(q);
        int[] cells = null;
        if (t.cells() != null) {
            cells = t.cells().stream().mapToInt(c -> terms.intern(GeoCells.FIELD, new BytesRef(c))).toArray();
        }
        return new Condition.Radius(t, cells, q);
    }

    private int id(Term t) {
        return terms.intern(t.field(), t.bytes());
    }

    private int[] ids(TermInSetQuery t) {
        List<Integer> out = new ArrayList<>();
        try {
            BytesRefIterator it = t.getBytesRefIterator();
            for (BytesRef b = it.next(); b != null; b = it.next()) out.add(terms.intern(t.getField(), b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
