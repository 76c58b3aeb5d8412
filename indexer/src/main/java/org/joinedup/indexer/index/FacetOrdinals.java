package org.joinedup.indexer.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongValues;

/**
 * The facet ordinals of every document, per segment, in two plain int arrays (where each document's ordinals
 * start, and the ordinals), read once from the facet doc values when a segment first appears and kept until
 * it closes. Counting a broad match at a million vacancies spent most of its time stepping the doc-values
 * iterators document by document (Lucene's SortedSetDocValuesFacetCounts), and a search with selected
 * dimensions counts once more per selected dimension; reading arrays instead makes each count several times
 * cheaper. Costs 4 bytes per document plus 4 per facet value (about 32 MB per million vacancies).
 * Thread-safe. Internal to the indexer.
 */
final class FacetOrdinals {
    /** One segment: the ordinals of document d are {@code ords[starts[d]] .. ords[starts[d + 1] - 1]}. */
    private record Segment(int[] starts, int[] ords, int valueCount) {
    }

    private final SegmentCache<Segment> segments = new SegmentCache<>(FacetOrdinals::read);

    /** Reads a segment's ordinals if not read yet, so that no search pays for it (a segment warmer). */
    void warm(LeafReader segment) throws IOException {
        segments.get(segment);
    }

    /** Segments currently held (for tests). */
    int segmentsHeld() {
        return segments.size();
    }

    /**
     * Counts the facet values of the collected documents.
     *
     * @param state the facet state of the reader the documents were collected from
     * @return the count of each global ordinal of {@code state}
     */
    public int[] count(SortedSetDocValuesReaderState state, FacetsCollector fc) throws IOException {
        int[] global = new int[state.getSize()];
        OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
            ? multi.mapping : null;
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.totalHits() == 0 || md.bits() == null) continue;
            Segment seg = segments.get(md.context().reader());
            if (seg.valueCount() == 0) continue;
            int[] local = new int[seg.valueCount()];
            int[] starts = seg.starts();
            int[] ords = seg.ords();
            DocIdSetIterator it = md.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) local[ords[i]]++;
            }
            LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(md.context().ord);
            for (int ord = 0; ord < local.length; ord++) {
                if (local[ord] != 0) global[(int) toGlobal.get(ord)] += local[ord];
            }
        }
        return global;
    }

    private static Segment read(LeafReader reader) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 4)];
        int n = 0;
        int next = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) starts[next++] = n;
            int count = dv.docValueCount();
            ords = ArrayUtil.grow(ords, n + count);
            for (int i = 0; i < count; i++) ords[n++] = Math.toIntExact(dv.nextOrd());
        }
        while (next <= maxDoc) starts[next++] = n;
        return new Segment(starts, Arrays.copyOf(ords, n), Math.toIntExact(dv.getValueCount()));
    }
}
