package org.joinedup.indexer.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.InvalidSearchException;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.CurrencyRates;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Turns a {@link SearchRequest} into Lucene queries: the text part (simple syntax over every language field
 * and the occupation-concept field), and the filters (facet dimensions, dates, salary, radius, lifecycle).
 */
final class QueryBuilder {
    /** Title matches count more than body matches; an occupation-concept match sits in between. */
    private static final float TITLE_BOOST = 3f;
    private static final float OCCUPATION_BOOST = 2f;
    private static final float BODY_BOOST = 1f;

    private final IndexSchema schema;
    private final Analyzer analyzer;
    private final Map<String, Float> weights = new HashMap<>();

    QueryBuilder(IndexSchema schema) {
        this.schema = schema;
        this.analyzer = schema.perFieldAnalyzer();
        for (String lang : schema.analysis().fieldLanguages()) {
            weights.put(IndexSchema.titleField(lang), TITLE_BOOST);
            weights.put(IndexSchema.bodyField(lang), BODY_BOOST);
        }
        weights.put(IndexSchema.OCCUPATION_TEXT, OCCUPATION_BOOST);
    }

    /** The scoring part: free text, or match-all for an empty query. */
    Query textQuery(String text) {
        if (text == null || text.isBlank()) return MatchAllDocsQuery.INSTANCE;
        QueryGuard.check(text);
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights,
            SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.OR_OPERATOR
                | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS
                | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR
                | SimpleQueryParser.PREFIX_OPERATOR);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = parser.parse(toParserSyntax(text));
        return onlyExclusions(q) ? new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
            .add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST).build() : q;
    }

    /** Our syntax writes OR as a word; the parser's OR is '|'. */
    static String toParserSyntax(String text) {
        return text.replaceAll("(?<=\\s)OR(?=\\s)", "|");
    }

    /** "-foo" alone would match nothing; users mean "everything except foo". */
    private static boolean onlyExclusions(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.clauses().isEmpty()) return false;
        return bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    }

    /**
     * The filters of a request, leaving out the facet dimensions named in {@code except} (so a dimension's
     * counts show its siblings).
     */
    List<Query> filters(SearchRequest r, Set<String> except, LocalDate today) {
        List<Query> f = new ArrayList<>();
        f.add(new TermQuery(new Term(IndexSchema.CANONICAL, IndexSchema.YES)));
        if (!r.includeClosed()) {
            f.add(new TermQuery(new Term(IndexSchema.STATUS, Vacancy.Status.OPEN.name())));
            f.add(LongPoint.newRangeQuery(IndexSchema.CLOSING, today.toEpochDay(), Long.MAX_VALUE));
        }
        for (String dim : Facets.ALL) {
            if (!except.contains(dim)) f.addAll(dimFilters(r, dim, today));
        }
        if (r.closingAfter() != null) {
            f.add(LongPoint.newRangeQuery(IndexSchema.CLOSING, r.closingAfter().toEpochDay(), Long.MAX_VALUE));
        }
        if (r.geo() != null) f.add(distanceQuery(r.geo()));
        return f;
    }

    private List<Query> dimFilters(SearchRequest r, String dim, LocalDate today) {
        List<Query> f = new ArrayList<>();
        switch (dim) {
            case Facets.POSTED -> {
                if (r.postedWithinDays() != null) {
                    f.add(LongPoint.newRangeQuery(IndexSchema.POSTED,
                        today.minusDays(r.postedWithinDays()).toEpochDay(), Long.MAX_VALUE));
                }
            }
            case Facets.SALARY_BAND -> addSalary(f, r);
            default -> addTerms(f, dim, r.filter(Dimension.byFacet(dim)
                .orElseThrow(() -> new IllegalArgumentException("unknown facet dimension " + dim))));
        }
        return f;
    }

    static Query distanceQuery(SearchRequest.Geo geo) {
        return LatLonPoint.newDistanceQuery(IndexSchema.GEO, geo.lat(), geo.lon(), radiusMeters(geo));
    }

    static double radiusMeters(SearchRequest.Geo geo) {
        return geo.radiusKm() * 1000.0;
    }

    private static void addTerms(List<Query> f, String dim, List<String> values) {
        if (values.isEmpty()) return;
        f.add(new TermInSetQuery(IndexSchema.filterField(dim), values.stream().map(BytesRef::new).toList()));
    }

    /** Salary bounds are annual amounts; compared in EUR so a GBP search also finds DKK vacancies fairly. */
    private static void addSalary(List<Query> f, SearchRequest r) {
        String cur = r.salaryCurrency() == null ? "EUR" : r.salaryCurrency();
        if ((r.salaryMin() != null || r.salaryMax() != null) && CurrencyRates.toEur(1.0, cur) == null) {
            throw new InvalidSearchException("salaryCurrency", "unknown salary currency: " + cur);
        }
        if (r.salaryMin() != null) {
            Double min = CurrencyRates.toEur(r.salaryMin(), cur);
            f.add(DoublePoint.newRangeQuery(IndexSchema.SALARY_MAX_EUR, min, Double.POSITIVE_INFINITY));
        }
        if (r.salaryMax() != null) {
            Double max = CurrencyRates.toEur(r.salaryMax(), cur);
            f.add(DoublePoint.newRangeQuery(IndexSchema.SALARY_MIN_EUR, Double.NEGATIVE_INFINITY, max));
        }
    }

    /**
     * The query a saved search stands for, applied to one new vacancy: text and the filters that describe the
     * vacancy itself. Lifecycle and "posted within" are left out: a newly indexed vacancy is open and fresh.
     */
    Query alertQuery(SearchRequest r, LocalDate today) {
        SearchRequest timeless = r.toBuilder().postedWithinDays(null).page(1).size(0).cursor(null)
            .includeClosed(true).build();
        List<Query> f = filters(timeless, Set.of(), today);
        f.removeIf(q -> q instanceof TermQuery tq && tq.getTerm().field().equals(IndexSchema.CANONICAL));
        return combine(textQuery(r.query()), f);
    }

    /** Text query plus filters as one query. */
    static Query combine(Query text, List<Query> filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filters.forEach(q -> b.add(q, BooleanClause.Occur.FILTER));
        return b.build();
    }
}
