package org.joinedup.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The per-segment facet ordinals count exactly what Lucene's SortedSetDocValuesFacetCounts counts: random
 * multi-valued documents over several dimensions, in many segments (some without any facet value, some
 * with deleted documents), under random filters.
 */
class FacetOrdinalsTest {
    private static final String[] DIMS = {"employer", "employmentType", "language", "region", "workplaceType"};

    @Test
    void countsEqualLuceneFacetCountsAcrossSegmentsAndDeletions() throws Exception {
        SplittableRandom rnd = new SplittableRandom(3);
        FacetsConfig config = new FacetsConfig();
        for (String dim : DIMS) config.setMultiValued(dim, true);
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig iwc = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, iwc)) {
                int id = 0;
                for (int segment = 0; segment < 12; segment++) {
                    int docs = 1 + rnd.nextInt(300);
                    for (int i = 0; i < docs; i++) {
                        Document d = new Document();
                        d.add(new StringField("id", String.valueOf(id++), Field.Store.NO));
                        d.add(new StringField("bucket", String.valueOf(rnd.nextInt(5)), Field.Store.NO));
                        // Segment 4 has no facet value at all; elsewhere some documents have none.
                        if (segment != 4 && rnd.nextInt(10) > 0) {
                            for (String dim : DIMS) {
                                int values = rnd.nextInt(dim.equals("region") ? 4 : 2);
                                for (int v = 0; v < values; v++) {
                                    // Value sets differ per segment, so segment and global ordinals differ.
                                    int n = rnd.nextInt(segment % 3 == 0 ? 40 : 8);
                                    d.add(new SortedSetDocValuesFacetField(dim, dim + "-" + n));
                                }
                            }
                        }
                        w.addDocument(config.build(d));
                    }
                    w.commit();
                    if (segment % 2 == 1) {
                        for (int k = 0; k < 40; k++) w.deleteDocuments(new Term("id", String.valueOf(rnd.nextInt(id))));
                    }
                }
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() >= 12 && reader.numDeletedDocs() > 0,
                    reader.leaves().size() + " segments, " + reader.numDeletedDocs() + " deleted");
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
                FacetOrdinals ordinals = new FacetOrdinals();
                IndexSearcher searcher = new IndexSearcher(reader);
                int checked = 0;
                for (int q = 0; q < 60; q++) {
                    Query query = q == 0 ? new MatchAllDocsQuery() : randomFilter(rnd);
                    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
                    int[] counts = ordinals.count(state, fc);
                    SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, fc);
                    for (String dim : DIMS) {
                        assertEquals(expected(lucene, dim), ours(state, counts, dim), dim + " under " + query);
                        checked++;
                    }
                }
                assertEquals(60 * DIMS.length, checked);
                for (var leaf : reader.leaves()) ordinals.warm(leaf.reader());
                assertEquals(reader.leaves().size(), ordinals.segmentsHeld(), "one entry per segment");
            }
        }
    }

    private static Query randomFilter(SplittableRandom rnd) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term("bucket", String.valueOf(rnd.nextInt(5)))), BooleanClause.Occur.SHOULD);
        if (rnd.nextBoolean()) b.add(new TermQuery(new Term("bucket", String.valueOf(rnd.nextInt(5)))), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    private static Map<String, Integer> expected(SortedSetDocValuesFacetCounts lucene, String dim) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        FacetResult res = lucene.getAllChildren(dim);
        if (res != null) for (LabelAndValue lv : res.labelValues) out.put(lv.label, lv.value.intValue());
        return out;
    }

    private static Map<String, Integer> ours(SortedSetDocValuesReaderState state, int[] counts, String dim)
        throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] == 0) continue;
            String[] path = FacetsConfig.stringToPath(state.getDocValues().lookupOrd(ord).utf8ToString());
            out.put(path[1], counts[ord]);
        }
        return out;
    }
}
