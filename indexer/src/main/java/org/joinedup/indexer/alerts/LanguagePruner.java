package org.joinedup.indexer.alerts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Cuts a saved search down to what can match a vacancy of one field language. A vacancy's text is indexed in
 * its own language's fields only ({@code title_nl}, {@code body_nl}), while a search asks every language's
 * fields for each word; a query part that only reads other languages' fields matches nothing on such a vacancy,
 * so it becomes {@link MatchNoDocsQuery} and boolean queries are simplified by Lucene's own rules. The answer
 * for that vacancy is unchanged; confirming a candidate just looks at a fifth of the clauses.
 */
final class LanguagePruner {
    private static final Query NONE = new MatchNoDocsQuery("only other languages' fields");

    private final Set<String> absent;

    /**
     * @param languages every field language of the schema
     * @param language  the vacancy's field language
     */
    LanguagePruner(List<String> languages, String language) {
        this.absent = new HashSet<>();
        for (String l : languages) {
            if (!l.equals(language)) {
                absent.add(IndexSchema.titleField(l));
                absent.add(IndexSchema.bodyField(l));
            }
        }
    }

    Query prune(Query q) {
        return switch (q) {
            case BooleanQuery bq -> pruneBoolean(bq);
            case BoostQuery b -> prune(b.getQuery());
            case ConstantScoreQuery c -> prune(c.getQuery());
            default -> onlyAbsentFields(q) ? NONE : q;
        };
    }

    /**
     * A never-matching SHOULD or MUST_NOT clause changes nothing and goes; a never-matching MUST or FILTER clause
     * makes the whole query never match. The minimum-should-match rule keeps working on the SHOULD clauses that
     * remain, because the removed ones could never have counted.
     */
    private Query pruneBoolean(BooleanQuery bq) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int should = 0;
        int required = 0;
        for (BooleanClause c : bq.clauses()) {
            Query p = prune(c.query());
            boolean never = p instanceof MatchNoDocsQuery;
            switch (c.occur()) {
                case MUST, FILTER -> {
                    if (never) return NONE;
                    required++;
                }
                case SHOULD -> {
                    if (never) continue;
                    should++;
                }
                case MUST_NOT -> {
                    if (never) continue;
                }
            }
            b.add(p, c.occur());
        }
        int msm = bq.getMinimumNumberShouldMatch();
        if (msm > should || (required == 0 && should == 0)) return NONE;
        return b.setMinimumNumberShouldMatch(msm).build();
    }

    /** True when the query reads at least one field and every field it reads is another language's. */
    private boolean onlyAbsentFields(Query q) {
        Set<String> fields = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return !fields.isEmpty() && absent.containsAll(fields);
    }
}
