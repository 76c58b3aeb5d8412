package org.joinedup.bench.indexing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.bench.generate.Corpus;
import org.joinedup.bench.measure.MachineNote;

/**
 * Indexing throughput of our pipeline against a bare Lucene IndexWriter on the same generated postings, in
 * one JVM: {@code IndexingBench <docs> [repeats] [batchSize] [seed]}. Generates the postings once, warms every
 * variant up on a separate corpus of {@value #WARM_UP} postings, then runs the pipeline, the bare writer from one thread and the bare
 * writer from every core (rotating which goes first on each repeat) into fresh temp dirs and prints docs/s,
 * the ratios and the verdict for the goal (>= 0.8x of the one-thread bare writer).
 */
public final class IndexingBench {
    static final double GOAL = 0.8;
    /**
     * Postings of the warm-up corpus each variant indexes before the timed runs. With 10,000 the JIT was still
     * compiling hot pipeline and Lucene methods (about 9 s of C2 compilations) during the first timed run.
     */
    static final int WARM_UP = 30_000;

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

        int cores = Runtime.getRuntime().availableProcessors();
        List<String> variants = cores > 1 ? List.of("pipeline", "baseline", "baseline-all") : List.of("pipeline", "baseline");
        Corpus warm = Corpus.of(seed + 1, Math.min(docs, WARM_UP), today);
        for (String variant : variants) once(warm, variant, batch, new long[1]);
        System.out.println("warm-up done (" + warm.size() + " postings through each variant)");

        Map<String, List<IndexingRun>> runs = new LinkedHashMap<>();
        long[] normaliseNanos = {0};
        int normalised = 0;
        for (int r = 0; r < repeats; r++) {
            List<String> order = new ArrayList<>(variants);
            Collections.rotate(order, r); // each variant goes first on some repeat
            for (String variant : order) {
                IndexingRun run = once(corpus, variant, batch, normaliseNanos);
                if (variant.startsWith("baseline")) normalised += docs;
                System.out.println("run " + (r + 1) + ": " + run.line());
                runs.computeIfAbsent(variant, v -> new ArrayList<>()).add(run);
            }
        }
        report(runs, normaliseNanos[0], normalised);
    }

    private static IndexingRun once(Corpus corpus, String variant, int batch, long[] normaliseNanos)
        throws IOException {
        Path dir = Files.createTempDirectory("joinedup-bench-" + variant);
        try {
            return switch (variant) {
                case "pipeline" -> PipelinePass.run(corpus, dir, batch);
                case "baseline" -> BaselinePass.run(corpus, dir, normaliseNanos, 1);
                default -> BaselinePass.run(corpus, dir, normaliseNanos, Runtime.getRuntime().availableProcessors());
            };
        } finally {
            MachineNote.delete(dir);
        }
    }

    /**
     * The goal is read against the one-thread baseline (a plain IndexWriter loop); the all-cores baseline is
     * printed beside it because the pipeline itself uses every core.
     */
    private static void report(Map<String, List<IndexingRun>> runs, long normaliseNanos, int normalised) {
        IndexingRun p = best(runs.get("pipeline"));
        System.out.println("--- result (best of " + runs.get("pipeline").size() + ") ---");
        runs.values().forEach(r -> System.out.println(best(r).line()));
        System.out.printf("normaliser alone, one thread (measured while preparing the baselines): %,.0f postings/s%n",
            normalised / (normaliseNanos / 1e9));
        IndexingRun b = best(runs.get("baseline"));
        double ratio = p.docsPerSecond() / b.docsPerSecond();
        System.out.printf("ratio pipeline/baseline (bare writer, one thread) = %.2fx; goal >= %.1fx: %s%n", ratio,
            GOAL, ratio >= GOAL ? "MET" : "NOT MET");
        if (runs.containsKey("baseline-all")) {
            IndexingRun all = best(runs.get("baseline-all"));
            System.out.printf("ratio pipeline/baseline-all (bare writer, %d threads) = %.2fx%n",
                Runtime.getRuntime().availableProcessors(), p.docsPerSecond() / all.docsPerSecond());
        }
        System.out.printf("time per 100k postings: pipeline %.1f s, baseline %.1f s%n",
            100_000 / p.docsPerSecond(), 100_000 / b.docsPerSecond());
    }

    private static IndexingRun best(List<IndexingRun> runs) {
        return runs.stream().max(Comparator.comparingDouble(IndexingRun::docsPerSecond)).orElseThrow();
    }
}
