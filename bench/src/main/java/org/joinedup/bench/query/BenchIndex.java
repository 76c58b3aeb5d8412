package org.joinedup.bench.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.bench.generate.Corpus;
import org.joinedup.bench.indexing.PipelinePass;
import org.joinedup.bench.measure.MachineNote;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;

/**
 * A prebuilt index of N generated postings for the query benches, made with our own pipeline and kept under
 * {@code bench/target/bench-index-<docs>-<seed>-<day>} so later runs (and the HTTP variant) reuse it; the day
 * is in the name because generated dates are relative to it.
 */
final class BenchIndex {
    
    private BenchIndex() {
    }

    static Path ensure(Corpus corpus, long seed) throws IOException {
        Path dir = Path.of("bench", "target", "bench-index-" + corpus.size() + "-" + seed + "-" + corpus.today())
            .toAbsolutePath();
        // The marker sits beside the index, not in it, so Lucene never sees a foreign file.
        Path marker = dir.resolveSibling(dir.getFileName() + ".complete");
        if (Files.exists(marker)) {
            System.out.println("reusing index " + dir);
            return dir;
        }
        MachineNote.delete(dir);
        long[] nanos = {0};
        try (LanguageAnalysis analysis = new LanguageAnalysis();
             Indexer indexer = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ofDays(2)), analysis)) {
            PipelinePass.load(indexer, corpus, 1_000, nanos);
            System.out.printf("built index %s: %,d docs in %.1f s%n", dir, indexer.documentCount(), nanos[0] / 1e9);
        }
        Files.writeString(marker, "complete\n");
        return dir;
    }
}
