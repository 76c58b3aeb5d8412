package org.joinedup.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.joinedup.indexer.Vacancy;

/**
 * A batch of index writes that sees its own writes: lookups go to this batch's overlay first, then to the
 * reader opened when the batch began. Writes are held in the overlay and reach the index writer only in
 * {@link #commit}: a vacancy written several times in one batch (a canonical that several duplicates join)
 * is analysed once, and the documents are analysed on all cores. Not thread-safe; ingests are serialised by
 * the indexer.
 */
public final class IngestBatch implements Closeable {
    private final IndexStore store;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private static final Set<String> JSON_ONLY = Set.of(IndexSchema.JSON);
    private final Map<String, Vacancy> written = new LinkedHashMap<>();
    private PostingsEnum postings;

    IngestBatch(IndexStore store, DirectoryReader reader) {
        this.store = store;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** The latest version of a vacancy. */
    public Optional<Vacancy> get(String id) throws IOException {
        Vacancy v = written.get(id);
        if (v != null) return Optional.of(v);
        // A direct term seek per segment: this runs for every posting of every harvest, and a scored search
        // would build a weight and a collector each time.
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexSchema.ID);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) continue;
            Bits live = leaf.reader().getLiveDocs();
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return Optional.of(IndexStore.decode(leaf.reader().storedFields().document(doc, JSON_ONLY)));
                }
            }
        }
        return Optional.empty();
    }

    /** Writes a vacancy (replacing the previous version); it reaches the index at {@link #commit}. */
    public void put(Vacancy v) {
        written.put(v.id(), v);
    }

    /**
     * Writes the last version of every vacancy of this batch to the index and commits with the checkpoint
     * data; when this returns the batch is durable. A batch given up before this call has written nothing.
     */
    public void commit(Map<String, String> checkpoint) throws IOException {
        store.putAll(written.values());
        store.commit(checkpoint);
    }

    /** Latest versions of every vacancy whose indexed version matches the query or whose new version passes the test. */
    public List<Vacancy> find(Query indexed, Predicate<Vacancy> latest) throws IOException {
        Map<String, Vacancy> out = new LinkedHashMap<>();
        int n = Math.max(1, searcher.count(indexed));
        for (Vacancy v : IndexStore.find(searcher, indexed, n)) {
            out.put(v.id(), written.getOrDefault(v.id(), v));
        }
        for (Vacancy v : written.values()) {
            out.put(v.id(), v);
        }
        List<Vacancy> result = new ArrayList<>();
        for (Vacancy v : out.values()) {
            if (latest.test(v)) result.add(v);
        }
        return result;
    }

    /**
     * Hands the indexed vacancies matching a query (this batch's own writes left out) to {@code consumer} in
     * chunks of at most {@code chunkSize}, each chunk decoded on every thread of {@code pool}: at a million
     * documents, holding them all at once took more than 4 GiB, and decoding them on one thread most of a minute.
     */
    public void forEachIndexed(Query query, int chunkSize, ForkJoinPool pool,
                               Consumer<List<Vacancy>> consumer) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            int[] docs = new int[chunkSize];
            int n = 0;
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                docs[n++] = doc;
                if (n == chunkSize) {
                    consumer.accept(decodeAll(leaf, docs, n, pool));
                    n = 0;
                }
            }
            if (n > 0) consumer.accept(decodeAll(leaf, docs, n, pool));
        }
    }

    /**
     * Decodes documents of one segment in parallel: each thread a contiguous part with its own stored-fields
     * reader, so neighbouring documents share the compressed block decoded for them.
     */
    private static List<Vacancy> decodeAll(LeafReaderContext leaf, int[] docs, int n, ForkJoinPool pool)
        throws IOException {
        int parts = Math.max(1, Math.min(pool.getParallelism(), n / 64));
        Vacancy[] out = new Vacancy[n];
        try {
            pool.submit(() -> IntStream.range(0, parts).parallel().forEach(part -> {
                try {
                    StoredFields stored = leaf.reader().storedFields();
                    for (int i = part * n / parts; i < (part + 1) * n / parts; i++) {
                        out[i] = IndexStore.decode(stored.document(docs[i], JSON_ONLY));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Arrays.asList(out);
    }

    /** Vacancies written in this batch, in order. */
    public List<Vacancy> written() {
        return List.copyOf(written.values());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
