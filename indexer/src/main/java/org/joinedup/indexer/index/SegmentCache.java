package org.joinedup.indexer.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.IOFunction;

/**
 * Something computed once per segment from its doc values and kept until the segment closes. A segment's
 * documents never change (deletions aside, which the collectors already skip), so the value stays right for
 * every reader that shares the segment. Thread-safe; two threads may compute the same value once each.
 *
 * @param <T> what is kept per segment
 */
public final class SegmentCache<T> {
    private final Map<IndexReader.CacheKey, T> bySegment = new ConcurrentHashMap<>();
    private final IOFunction<LeafReader, T> compute;

    public SegmentCache(IOFunction<LeafReader, T> compute) {
        this.compute = compute;
    }

    public T get(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return compute.apply(reader);
        T cached = bySegment.get(helper.getKey());
        if (cached != null) return cached;
        T computed = compute.apply(reader);
        T raced = bySegment.putIfAbsent(helper.getKey(), computed);
        if (raced != null) return raced;
        helper.addClosedListener(bySegment::remove);
        return computed;
    }

    /** Segments currently held (for tests). */
    int size() {
        return bySegment.size();
    }
}
