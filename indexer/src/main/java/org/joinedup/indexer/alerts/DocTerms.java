package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.NumericUtils;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;

/**
 * One vacancy as the compiled saved searches see it: which of the saved searches' terms it has (a bit set over
 * {@link TermIds}, read once from its in-memory index's term dictionary, plus its map cells), and that index
 * for point ranges, radii and the queries left to Lucene. Not thread-safe: one per vacancy and match.
 */
final class DocTerms {
    private final FixedBitSet present;
    private final int[] ids;
    private final IndexSearcher searcher;
    private final LeafReader reader;
    private final Map<Query, Boolean> luceneAnswers = new HashMap<>();

    DocTerms(MemoryIndex index, Vacancy v, TermIds terms) throws IOException {
        this.searcher = index.createSearcher();
        this.reader = searcher.getIndexReader().leaves().getFirst().reader();
        this.present = new FixedBitSet(Math.max(1, terms.size()));
        int[] found = new int[64];
        int n = 0;
        for (FieldInfo fi : reader.getFieldInfos()) {
            Map<BytesRef, Integer> known = terms.field(fi.name);
            Terms t = known == null ? null : reader.terms(fi.name);
            if (t == null) continue;
            TermsEnum te = t.iterator();
            for (BytesRef b = te.next(); b != null; b = te.next()) {
                Integer id = known.get(b);
                if (id != null) {
                    if (n == found.length) found = Arrays.copyOf(found, n * 2);
                    found[n++] = id;
                    present.set(id);
                }
            }
        }
        for (String cell : GeoCells.cellsOf(v)) {
            int id = terms.find(GeoCells.FIELD, new BytesRef(cell));
            if (id >= 0 && !present.getAndSet(id)) {
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = id;
            }
        }
        this.ids = Arrays.copyOf(found, n);
    }

    /** Whether the vacancy has the term numbered {@code id}. */
    boolean has(int id) {
        return present.get(id);
    }

    /** The numbers of the saved searches' terms the vacancy has, each once. */
    int[] ids() {
        return ids;
    }

    boolean inRange(Condition.Range r) throws IOException {
        PointValues pv = reader.getPointValues(r.field());
        if (pv == null) return false;
        if (pv.size() != 1) return luceneMatches(r.query());
        byte[] value = pv.getMinPackedValue();
        int n = value.length;
        return Arrays.compareUnsigned(value, 0, n, r.lower(), 0, n) >= 0
            && Arrays.compareUnsigned(value, 0, n, r.upper(), 0, n) <= 0;
    }

    /** The test Lucene's distance query applies to each point, on the vacancy's one location. */
    boolean withinRadius(Condition.Radius r) throws IOException {
        PointValues pv = reader.getPointValues(IndexSchema.GEO);
        if (pv == null) return false;
        if (pv.size() != 1) return luceneMatches(r.query());
        byte[] point = pv.getMinPackedValue();
        return r.radius().test(NumericUtils.sortableBytesToInt(point, 0),
            NumericUtils.sortableBytesToInt(point, Integer.BYTES));
    }

    /** Lucene's answer, asked once per vacancy for each distinct query (many searches share a phrase). */
    boolean luceneMatches(Query q) throws IOException {
        Boolean known = luceneAnswers.get(q);
        if (known == null) {
            known = searcher.count(q) > 0;
            luceneAnswers.put(q, known);
        }
        return known;
    }
}
