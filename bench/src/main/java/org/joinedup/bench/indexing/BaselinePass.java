package org.joinedup.bench.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.bench.generate.Corpus;
import org.joinedup.bench.measure.MachineNote;
import org.joinedup.crawler.Posting;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.normalise.Normaliser;

/**
 * The baseline: a bare Lucene IndexWriter with the same per-field analyzer and the same settings (64 MB RAM
 * buffer), adding the very documents our schema makes ({@link IndexSchema#toDocument}: per-language text
 * fields, facets, points, doc values, the stored JSON) from vacancies normalised beforehand, untimed.
 * So the timed part is "build document + analyse + write + one commit at the end", and the ratio to the
 * pipeline shows the pipeline's own overhead: normalising, id lookups, dedup, clusters, updateDocument
 * instead of addDocument, a durable commit per harvest and the one-second refresh. Every posting becomes a
 * document (duplicates included, since there is no dedup here). Run from one thread (a plain loop) and from
 * every core (the pipeline uses every core too), so the ratio can be read against either.
 */
final class BaselinePass {
    private BaselinePass() {
    }

    /**
     * Indexes the corpus into {@code dir} from {@code threads} threads (IndexWriter takes concurrent adds);
     * also reports how fast the normaliser alone was (untimed part).
     */
    static IndexingRun run(Corpus corpus, Path dir, long[] normaliseNanos, int threads) throws IOException {
        long[] nanos = {0};
        int docs;
        try (LanguageAnalysis analysis = new LanguageAnalysis();
             Directory d = FSDirectory.open(dir)) {
            IndexSchema schema = new IndexSchema(analysis);
            Normaliser normaliser = new Normaliser(analysis);
            IndexWriterConfig iwc = new IndexWriterConfig(schema.perFieldAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(d, iwc)) {
                Instant now = Instant.now();
                corpus.forEachChunk(chunk -> {
                    List<Vacancy> vacancies = normalise(corpus, normaliser, chunk, now, normaliseNanos);
                    long t0 = System.nanoTime();
                    add(writer, schema, vacancies, threads);
                    nanos[0] += System.nanoTime() - t0;
                });
                long t0 = System.nanoTime();
                writer.commit();
                nanos[0] += System.nanoTime() - t0;
                docs = writer.getDocStats().numDocs;
            }
        }
        return new IndexingRun(threads == 1 ? "baseline" : "baseline-" + threads + "t", corpus.size(), docs, nanos[0],
            MachineNote.sizeMiB(dir));
    }

    private static void add(IndexWriter writer, IndexSchema schema, List<Vacancy> vacancies, int threads)
        throws IOException {
        if (threads == 1) {
            for (Vacancy v : vacancies) writer.addDocument(schema.toDocument(v));
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> vacancies.parallelStream().forEach(v -> {
                try {
                    writer.addDocument(schema.toDocument(v));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    private static List<Vacancy> normalise(Corpus corpus, Normaliser normaliser, List<Posting> chunk, Instant now,
                                           long[] normaliseNanos) {
        List<Vacancy> out = new ArrayList<>(chunk.size());
        long t0 = System.nanoTime();
        for (Posting p : chunk) {
            try {
                out.add(normaliser.normalise(p, corpus.source(p.sourceId()), now));
            } catch (IllegalArgumentException e) {
                // Rejected postings are rejected in the pipeline too; neither side indexes them.
            }
        }
        normaliseNanos[0] += System.nanoTime() - t0;
        return out;
    }
}
