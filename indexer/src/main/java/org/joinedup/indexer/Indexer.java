package org.joinedup.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;

/**
 * Front door of the indexer. Thread-safe: ingests are serialised, searches run concurrently.
 */
public final class Indexer implements Closeable {

    private Indexer() {
    }

    /** Opens (or creates) the index in {@code config.dir()}. */
    public static Indexer open(IndexConfig config, LanguageAnalysis analysis) throws IOException {
        throw new UnsupportedOperationException("indexer core in progress");
    }

    /**
     * Runs the pipeline for one harvest and commits before returning, so a returned report means durable.
     * A failed or partial harvest never closes anything.
     */
    public IngestReport ingest(Harvest harvest) throws IOException {
        throw new UnsupportedOperationException("indexer core in progress");
    }

    /** Adds or updates pushed postings of a push source (never closes others). */
    public IngestReport push(Source source, List<Posting> postings) throws IOException {
        throw new UnsupportedOperationException("indexer core in progress");
    }

    /** Closes one vacancy of a source (publisher delete); true when it existed. */
    public boolean close(String sourceId, String sourceRef, Instant at) throws IOException {
        throw new UnsupportedOperationException("indexer core in progress");
    }

    /** Searches open, canonical vacancies (all when the request includes closed). */
    public SearchResult search(SearchRequest request) throws IOException {
        throw new UnsupportedOperationException("indexer core in progress");
    }

    /** One vacancy by id, open or closed. */
    public Optional<Vacancy> get(String id) throws IOException {
        throw new UnsupportedOperationException("indexer core in progress");
    }

    /** Makes everything ingested so far visible to searches now (tests; normally refreshed every second). */
    public void refresh() throws IOException {
        throw new UnsupportedOperationException("indexer core in progress");
    }

    @Override
    public void close() throws IOException {
    }
}
