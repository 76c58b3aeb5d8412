package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.Query;

/**
 * A saved search compiled for one field language ({@link ConditionCompiler}): the same yes/no answer as its
 * Lucene query on a one-document index, with terms as numbers ({@link TermIds}) tested against the vacancy's
 * bit set instead of its term dictionary, so confirming a candidate is a few bit tests.
 */
sealed interface Condition {
    Condition TRUE = new Constant(true);
    Condition FALSE = new Constant(false);

    boolean test(DocTerms doc) throws IOException;

    /** Matches every vacancy, or none. */
    record Constant(boolean value) implements Condition {
        @Override
        public boolean test(DocTerms doc) {
            return value;
        }
    }

    /** The vacancy has the term. */
    record HasTerm(int id) implements Condition {
        @Override
        public boolean test(DocTerms doc) {
            return doc.has(id);
        }
    }

    /** The vacancy has at least one of the terms (a disjunction of terms, synonyms, a term set). */
    record HasAnyTerm(int[] ids) implements Condition {
        @Override
        public boolean test(DocTerms doc) {
            for (int id : ids) {
                if (doc.has(id)) return true;
            }
            return false;
        }

        @Override
        public String toString() {
            return "HasAnyTerm" + Arrays.toString(ids);
        }
    }

    /**
     * Lucene's boolean rules: every required clause matches, no prohibited one does, and at least {@code needed}
     * optional ones do ({@code needed} is worked out from the original query, see {@link ConditionCompiler}).
     */
    record Bool(Condition[] required, Condition[] prohibited, Condition[] optional, int needed) implements Condition {
        @Override
        public boolean test(DocTerms doc) throws IOException {
            for (Condition c : required) {
                if (!c.test(doc)) return false;
            }
            for (Condition c : prohibited) {
                if (c.test(doc)) return false;
            }
            if (needed == 0) return true;
            int matched = 0;
            for (Condition c : optional) {
                if (c.test(doc) && ++matched >= needed) return true;
            }
            return false;
        }
    }

    /** A one-dimensional point range against the vacancy's single value; several values go to Lucene. */
    record Range(String field, byte[] lower, byte[] upper, Query query) implements Condition {
        @Override
        public boolean test(DocTerms doc) throws IOException {
            return doc.inRange(this);
        }
    }

    /** Within a radius of a centre; a vacancy with several locations goes to Lucene. */
    record Radius(RadiusPredicate radius, int[] cellIds, Query query) implements Condition {
        @Override
        public boolean test(DocTerms doc) throws IOException {
            return doc.withinRadius(this);
        }
    }

    /**
     * Any other query (phrases, prefixes, ...), run by Lucene on the vacancy's in-memory index, but only when the
     * cheap {@code necessary} condition holds (all of a phrase's terms are there).
     */
    record ByLucene(Query query, Condition necessary) implements Condition {
        @Override
        public boolean test(DocTerms doc) throws IOException {
            return necessary.test(doc) && doc.luceneMatches(query);
        }
    }
}
