package org.joinedup.bench.indexing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.joinedup.bench.generate.Corpus;
import org.joinedup.bench.measure.MachineNote;

/**
 * Indexing throughput of our pipeline against a bare Lucene IndexWriter on the same generated postings, in
 * one JVM: {@code IndexingBench <docs> [repeats] [batchSize] [seed]}. Generates the postings once, warms both
 * variants up on a separate small corpus, then runs pipeline and baseline (alternating which goes first on
 * each repeat) into fresh temp dirs and prints docs/s, the ratio and the verdict for the goal (>= 0.8x).
 */
public final class IndexingBench {
    static final double GOAL = 0.8;

    private IndexingBench() {
    }

    public static void main(String[] args) throws IOException {
        int docs = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        System.out.println("IndexingBench: " + MachineNote.describe());

        long g0 = System.nanoTime();
        Corpus corpus = Corpus.of(seed, docs, today);
        System.out.printf("corpus: %,d postings, %d sources, seed %d, generated %s in %.1f s%n", docs,
            corpus.sources().size(), seed, corpus.inMemory() ? "once, kept in memory," : "per pass in chunks (untimed)",
            (System.nanoTime() - g0) / 1e9);

        Corpus warm = Corpus.of(seed + 1, Math.min(docs, 10_000), today);
        once(warm, "pipeline", batch, new long[1]);
        once(warm, "baseline", batch, new long[1]);
        System.out.println("warm-up done (" + warm.size() + " postings through each variant)");

        List<IndexingRun> pipeline = new ArrayList<>();
        List<IndexingRun> baseline = new ArrayList<>();
        long[] normaliseNanos = {0};
        for (int r = 0; r < repeats; r++) {
            boolean pipelineFirst = r % 2 == 0;
            for (String variant : pipelineFirst ? List.of("pipeline", "baseline") : List.of("baseline", "pipeline")) {
                IndexingRun run = once(corpus, variant, batch, normaliseNanos);
                System.out.println("run " + (r + 1) + ": " + run.line());
                (variant.equals("pipeline") ? pipeline : baseline).add(run);
            }
        }
        report(pipeline, baseline, normaliseNanos[0], docs * repeats);
    }

    private static IndexingRun once(Corpus corpus, String variant, int batch, long[] normaliseNanos)
        throws IOException {
        Path dir = Files.createTempDirectory("joinedup-bench-" + variant);
        try {
            return variant.equals("pipeline") ? PipelinePass.run(corpus, dir, batch)
                : BaselinePass.run(corpus, dir, normaliseNanos);
        } finally {
            MachineNote.delete(dir);
        }
    }

    private static void report(List<IndexingRun> pipeline, List<IndexingRun> baseline, long normaliseNanos,
                               int normalised) {
        IndexingRun p = best(pipeline);
        IndexingRun b = best(baseline);
        double ratio = p.docsPerSecond() / b.docsPerSecond();
        System.out.println("--- result (best of " + pipeline.size() + ") ---");
        System.out.println(p.line());
        System.out.println(b.line());
        System.out.printf("normaliser alone (measured while preparing the baseline): %,.0f postings/s%n",
            normalised / (normaliseNanos / 1e9));
        System.out.printf("ratio pipeline/baseline = %.2fx; goal >= %.1fx: %s%n", ratio, GOAL,
            ratio >= GOAL ? "MET" : "NOT MET");
        System.out.printf("time per 100k postings: pipeline %.1f s, baseline %.1f s%n",
            100_000 / p.docsPerSecond(), 100_000 / b.docsPerSecond());
    }

    private static IndexingRun best(List<IndexingRun> runs) {
        return runs.stream().max(Comparator.comparingDouble(IndexingRun::docsPerSecond)).orElseThrow();
    }
}
