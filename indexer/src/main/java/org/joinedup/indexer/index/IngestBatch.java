package org.joinedup.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.joinedup.indexer.Vacancy;

/**
 * A batch of index writes that sees its own writes: lookups go to this batch's overlay first, then to the
 * reader opened when the batch began. Not thread-safe; ingests are serialised by the indexer.
 */
public final class IngestBatch implements Closeable {
    private final IndexStore store;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Vacancy> written = new LinkedHashMap<>();

    IngestBatch(IndexStore store, DirectoryReader reader) {
        this.store = store;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** The latest version of a vacancy. */
    public Optional<Vacancy> get(String id) throws IOException {
        Vacancy v = written.get(id);
        if (v != null) return Optional.of(v);
        return IndexStore.find(searcher, new TermQuery(new Term(IndexSchema.ID, id)), 1).stream().findFirst();
    }

    /** Writes a vacancy (replacing the previous version). */
    public void put(Vacancy v) throws IOException {
        store.put(v);
        written.put(v.id(), v);
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

    /** Vacancies written in this batch, in order. */
    public List<Vacancy> written() {
        return List.copyOf(written.values());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
