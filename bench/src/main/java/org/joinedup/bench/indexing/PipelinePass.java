package org.joinedup.bench.indexing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.bench.generate.Corpus;
import org.joinedup.bench.generate.HarvestBatcher;
import org.joinedup.bench.measure.MachineNote;
import org.joinedup.crawler.Harvest;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;

/**
 * Our whole pipeline: {@link Indexer#ingest} of per-source harvests (normalise, look up, dedup, cluster,
 * write, durable commit per harvest), with the production refresh interval of one second running meanwhile.
 * Only the ingest calls are timed; grouping postings into harvests is not. Harvests are delivered as the
 * server's harvest pool delivers them: from {@link #HARVEST_THREADS} threads, never two of one source at once.
 */
public final class PipelinePass {
    /** The server's harvest pool size ({@code HarvestScheduler}): that many ingests may run at once. */
    static final int HARVEST_THREADS = 2;

    private PipelinePass() {
    }

    /** Ingests the corpus into {@code dir} and returns the timing. */
    static IndexingRun run(Corpus corpus, Path dir, int batchSize) throws IOException {
        long[] nanos = {0};
        int docs;
        try (LanguageAnalysis analysis = new LanguageAnalysis();
             Indexer indexer = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ofDays(2)), analysis)) {
            load(indexer, corpus, batchSize, nanos);
            docs = indexer.documentCount();
        }
        return new IndexingRun("pipeline", corpus.size(), docs, nanos[0], MachineNote.sizeMiB(dir));
    }

    /**
     * Feeds every posting of the corpus to an indexer as harvests of {@code batchSize} per source; adds the
     * time spent in ingest to {@code nanos[0]}.
     */
    public static void load(Indexer indexer, Corpus corpus, int batchSize, long[] nanos) throws IOException {
        HarvestBatcher batcher = new HarvestBatcher(batchSize, corpus::source);
        corpus.forEachChunk(chunk -> ingest(indexer, batcher.add(chunk), nanos));
        ingest(indexer, batcher.finish(), nanos);
    }

    private static void ingest(Indexer indexer, List<Harvest> harvests, long[] nanos) throws IOException {
        // One lane per harvest thread; a source always goes to the same lane, so its harvests stay in order.
        List<List<Harvest>> lanes = new ArrayList<>();
        for (int i = 0; i < HARVEST_THREADS; i++) lanes.add(new ArrayList<>());
        for (Harvest h : harvests) lanes.get(Math.floorMod(h.source().id().hashCode(), HARVEST_THREADS)).add(h);
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(HARVEST_THREADS)) {
            List<Future<?>> running = new ArrayList<>();
            for (List<Harvest> lane : lanes) {
                running.add(pool.submit(() -> {
                    for (Harvest h : lane) indexer.ingest(h);
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        nanos[0] += System.nanoTime() - t0;
    }
}
