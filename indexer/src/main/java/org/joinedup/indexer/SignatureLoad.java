package org.joinedup.indexer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.joinedup.indexer.dedup.Deduplicator;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;
import org.joinedup.indexer.index.IngestBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dedup signatures of the open vacancies, read back when the index is opened, in the background: searches are
 * served at once, and whatever changes the open vacancies (ingests, closes) waits in {@link #await()} until every
 * signature is in. At a million vacancies the load takes most of a minute (each is decoded and signed again);
 * done before the index was handed out, it kept a restarted server from answering anything for that long.
 */
final class SignatureLoad {
    private static final Logger LOG = LoggerFactory.getLogger(SignatureLoad.class);
    /** Open vacancies decoded and signed at a time. */
    private static final int CHUNK = 10_000;
    private static final long STOP_WAIT_SECONDS = 60;

    private final CompletableFuture<Void> done;
    private volatile boolean started;
    private volatile boolean stopping;

    /**
     * Starts loading the signatures of every open vacancy in {@code store} into {@code dedup}.
     *
     * @param pool     decodes and signs each chunk on all its threads
     * @param executor runs the load itself (one task)
     */
    SignatureLoad(IndexStore store, Deduplicator dedup, ForkJoinPool pool, Executor executor) {
        this.done = CompletableFuture.runAsync(() -> load(store, dedup, pool), executor);
    }

    /** The load on a daemon thread of its own. */
    static Executor ownThread() {
        return task -> Thread.ofPlatform().name("indexer-signature-load").daemon().start(task);
    }

    private void load(IndexStore store, Deduplicator dedup, ForkJoinPool pool) {
        started = true;
        if (stopping) throw new CancellationException("the index is closing");
        long t0 = System.nanoTime();
        int[] open = {0};
        try (IngestBatch batch = store.openBatch()) {
            // Decoding and signing are the costly parts and independent per vacancy: every core, chunk by chunk,
            // so a large index is never held in memory whole.
            batch.forEachIndexed(new TermQuery(new Term(IndexSchema.STATUS, Vacancy.Status.OPEN.name())), CHUNK, pool,
                chunk -> {
                    if (stopping) throw new CancellationException("the index is closing");
                    pool.submit(() -> chunk.parallelStream().map(dedup::sign).toList()).join().forEach(dedup::add);
                    open[0] += chunk.size();
                });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("dedup signatures of {} open vacancies loaded in {} ms", open[0], (System.nanoTime() - t0) / 1_000_000);
    }

    /** True once every signature is loaded. */
    boolean loaded() {
        return done.isDone() && !done.isCompletedExceptionally();
    }

    /**
     * Waits until every signature is loaded.
     *
     * @throws IOException when the load failed (the index could not be read), naming the cause; nothing can be
     *                     deduplicated, so nothing is ingested
     */
    void await() throws IOException {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the dedup signatures were loading");
        } catch (CancellationException e) {
            throw new IOException("the index was closed before the dedup signatures of its open vacancies were loaded");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new IOException("the dedup signatures of the open vacancies could not be loaded when the index "
                + "was opened, so nothing is ingested: " + cause, cause);
        }
    }

    /** Stops a load still running after its current chunk, and waits for it to end (before the index closes). */
    void stop() {
        stopping = true;
        if (!started) done.cancel(false); // never ran: it never will
        try {
            done.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            LOG.debug("signature load ended early: {}", e.toString());
        } catch (TimeoutException e) {
            LOG.warn("signature load still running {} s after the index began closing", STOP_WAIT_SECONDS);
        }
    }
}
