package org.joinedup.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOConsumer;
import org.joinedup.indexer.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one IndexWriter and the SearcherManager: writes, durable commits with checkpoints in the commit
 * user data, a refresh about every second, and lookups by id and by source. Internal to the indexer.
 */
public final class IndexStore implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);

    private final IndexSchema schema;
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final List<IOConsumer<LeafReader>> segmentWarmers = new CopyOnWriteArrayList<>();
    /** Batches smaller than this are written on the calling thread (forking costs more than it saves). */
    private static final int PARALLEL_WRITES = 64;
    private final ForkJoinPool writers = WorkerPools.perCore("index-write");

    public IndexStore(Path path, IndexSchema schema, Duration refreshInterval) throws IOException {
        this.schema = schema;
        Files.createDirectories(path);
        this.dir = FSDirectory.open(path);
        IndexWriterConfig iwc = new IndexWriterConfig(schema.perFieldAnalyzer());
        iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        iwc.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(dir, iwc);
        checkVersion(path);
        FacetOrdinals ordinals = new FacetOrdinals();
        segmentWarmers.add(ordinals::warm);
        this.searchers = new SearcherManager(writer,
            FacetedSearcher.factory(schema.facetsConfig(), ordinals, segmentWarmers));
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-refresh");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(50, refreshInterval.toMillis());
        refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void checkVersion(Path path) throws IOException {
        String found = commitData().get(IndexSchema.VERSION_KEY);
        if (found != null && !found.equals(IndexSchema.VERSION)) {
            writer.rollback();
            dir.close();
            throw new IOException("the index at " + path + " has schema version " + found + " but this build needs "
                + IndexSchema.VERSION + "; move it away (or delete it) and harvest again");
        }
        if (found == null && writer.getDocStats().numDocs > 0) {
            writer.rollback();
            dir.close();
            throw new IOException("the index at " + path + " was built before schema versions were recorded; "
                + "move it away (or delete it) and harvest again");
        }
    }

    public IndexSchema schema() {
        return schema;
    }

    /** Adds or replaces a vacancy's document (keyed by id). Visible after the next refresh. */
    public void put(Vacancy v) throws IOException {
        writer.updateDocument(new Term(IndexSchema.ID, v.id()), schema.toDocument(v));
    }

    /**
     * Adds or replaces the documents of distinct vacancies. Building and analysing documents is the costly part
     * of indexing and IndexWriter takes concurrent updates (one in-memory segment per thread), so a large batch
     * is written from every core.
     */
    public void putAll(Collection<Vacancy> vacancies) throws IOException {
        if (vacancies.size() < PARALLEL_WRITES) {
            for (Vacancy v : vacancies) put(v);
            return;
        }
        List<Vacancy> list = List.copyOf(vacancies);
        try {
            writers.submit(() -> list.parallelStream().forEach(this::putUnchecked)).get();
            // Each thread wrote into its own in-memory segment; flush them on as many threads, rather than one
            // after another on the committing thread under the ingest lock (the commit then has little to flush).
            List<Callable<Boolean>> flushes = new ArrayList<>();
            for (int i = 0; i < writers.getParallelism(); i++) flushes.add(writer::flushNextBuffer);
            for (var f : writers.invokeAll(flushes)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + list.size() + " documents");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) throw u.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IOException("writing documents failed", cause);
        }
    }

    private void putUnchecked(Vacancy v) {
        try {
            put(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits everything written so far with checkpoint data; when this returns the writes are durable.
     * The checkpoint map is merged into the previous commit's user data.
     */
    public void commit(Map<String, String> checkpoint) throws IOException {
        Map<String, String> data = new HashMap<>(commitData());
        data.putAll(checkpoint);
        data.put(IndexSchema.VERSION_KEY, IndexSchema.VERSION);
        writer.setLiveCommitData(data.entrySet(), true);
        writer.commit();
    }

    /** User data of the last commit (empty for a new index). */
    public Map<String, String> commitData() {
        Map<String, String> m = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) live.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /**
     * Adds work done on every new segment when a refresh first sees it, before any search uses it (filling
     * per-segment caches); the searcher open at the time is not warmed, so the work also happens lazily.
     */
    public void addSegmentWarmer(IOConsumer<LeafReader> warmer) {
        segmentWarmers.add(warmer);
    }

    /** Makes writes visible to searches now. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("index refresh failed; will retry", e);
        }
    }

    /** Runs a function with an acquired searcher and releases it. */
    public <T> T withSearcher(SearcherFunction<T> f) throws IOException {
        FacetedSearcher s = (FacetedSearcher) searchers.acquire();
        try {
            return f.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }

    /**
     * Starts a batch of writes that can read its own writes: one near-real-time reader opened now (one flush
     * per batch, not per lookup) plus an overlay of what the batch writes. Close it when done.
     */
    public IngestBatch openBatch() throws IOException {
        return new IngestBatch(this, DirectoryReader.open(writer));
    }

    /** Query for the open vacancies of a source. */
    public static Query openOfSource(String sourceId) {
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.SOURCE, sourceId)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.STATUS, Vacancy.Status.OPEN.name())), BooleanClause.Occur.FILTER)
            .build();
    }

    /** Query for the members of a cluster. */
    public static Query clusterMembers(String clusterId) {
        return new TermQuery(new Term(IndexSchema.CLUSTER, clusterId));
    }

    /** Decodes the stored vacancies of the top n hits. */
    public static List<Vacancy> find(IndexSearcher s, Query q, int n) throws IOException {
        TopDocs top = s.search(q, n);
        StoredFields stored = s.storedFields();
        List<Vacancy> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(decode(stored.document(sd.doc, Set.of(IndexSchema.JSON))));
        }
        return out;
    }

    /** The vacancy stored in a document. */
    public static Vacancy decode(Document doc) {
        var bytes = doc.getBinaryValue(IndexSchema.JSON);
        return VacancyCodec.decode(bytes.bytes, bytes.offset, bytes.length);
    }

    /** Number of documents (all statuses, all cluster members). */
    public int docCount() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        writers.shutdownNow();
        try {
            searchers.close();
            writer.close();
        } finally {
            dir.close();
        }
    }
}
