package org.joinedup.bench.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.bench.generate.Corpus;
import org.joinedup.bench.measure.MachineNote;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Query latency and throughput, in process: {@code QueryBench <docs> [seconds] [threads,..] [seed]}. Builds
 * (or reuses) an index of N generated postings with our pipeline, checks that our searcher and the bare
 * IndexSearcher agree on hit counts for the mix, then for each client-thread count runs the realistic query
 * mix (facets on) against {@link Indexer#search} and against {@link BareSearch} for a bounded time after a
 * warm-up, then the same over HTTP against the real server in its own JVM ({@link HttpTarget}), and prints
 * p50/p95/p99/max and QPS with the ratio of p99s.
 */
public final class QueryBench {
    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        List<Integer> threadCounts = args.length > 2
            ? Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList() : List.of(1, 2);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        System.out.println("QueryBench: " + MachineNote.describe());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Corpus corpus = Corpus.of(seed, docs, today);
        Path dir = BenchIndex.ensure(corpus, seed);
        List<SearchRequest> mix = QueryMix.build(corpus.sources(), seed, 500);

        try (LanguageAnalysis analysis = new LanguageAnalysis();
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            BareSearch bare = new BareSearch(reader, new IndexSchema(analysis));
            System.out.printf("index: %,d docs, %.0f MiB; mix: %d requests; %.0f s per phase after %.0f s warm-up%n",
                reader.numDocs(), MachineNote.sizeMiB(dir), mix.size(), seconds, warmup(seconds));
            LoadRunner.Target bareTarget = r -> bare.search(r, LocalDate.now(ZoneOffset.UTC));
            // Our Indexer holds the index's write lock, so it closes before the server opens the same index.
            try (Indexer ours = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ofDays(2)), analysis)) {
                ours.awaitSignatures(); // the load after opening uses every core; measure after it
                agreement(mix, ours, bare, today);
                for (int threads : threadCounts) {
                    compare("in-process", threads, r -> ours.search(r).total(), bareTarget, mix, seconds, Double.NaN);
                }
            }
            Path data = Files.createTempDirectory("joinedup-bench-http");
            try (HttpTarget http = new HttpTarget(dir, data)) {
                // The server is a fresh JVM: one pass over the mix compiles its hot paths, as the in-process
                // phases did for our searcher in this JVM, before the timed warm-up.
                long w0 = System.nanoTime();
                for (SearchRequest r : mix) http.run(r);
                System.out.printf("HTTP: real server (own JVM) over the same index, the same %d requests; "
                    + "one untimed pass over the mix took %.1f s%n", mix.size(), (System.nanoTime() - w0) / 1e9);
                for (int threads : threadCounts) {
                    compare("http", threads, http, bareTarget, mix, seconds, GOAL_P99_RATIO);
                }
            } finally {
                MachineNote.delete(data);
            }
        }
    }

    static final double GOAL_P99_RATIO = 1.5;

    private static void compare(String name, int threads, LoadRunner.Target ours, LoadRunner.Target bare,
                                List<SearchRequest> mix, double seconds, double goal) throws Exception {
        LoadRunner.Phase o = LoadRunner.run(name, ours, mix, threads, warmup(seconds), seconds);
        LoadRunner.Phase b = LoadRunner.run("bare", bare, mix, threads, warmup(seconds), seconds);
        double p99 = o.latencies().percentileMs(99) / b.latencies().percentileMs(99);
        System.out.printf("threads=%d %-10s %s%n", threads, name, o.summary());
        System.out.printf("threads=%d %-10s %s%n", threads, "bare", b.summary());
        System.out.printf("threads=%d %s/bare: p50 %.2fx, p99 %.2fx%s%n", threads, name,
            o.latencies().percentileMs(50) / b.latencies().percentileMs(50), p99,
            Double.isNaN(goal) ? "" : String.format("; goal p99 <= %.1fx: %s", goal, p99 <= goal ? "MET" : "NOT MET"));
    }

    static double warmup(double seconds) {
        return Math.max(5, seconds / 3);
    }

    /** Both sides must answer the same question, or the comparison means nothing. */
    private static void agreement(List<SearchRequest> mix, Indexer ours, BareSearch bare, LocalDate today)
        throws Exception {
        int same = 0;
        long hits = 0;
        List<String> differing = new ArrayList<>();
        for (SearchRequest r : mix) {
            long o = ours.search(r).total();
            long b = bare.search(r, today);
            hits += o;
            if (o == b) same++;
            else if (differing.size() < 5) differing.add("'" + r.query() + "' ours=" + o + " bare=" + b);
        }
        System.out.printf("hit counts agree on %d of %d requests (mean %,d hits per request)%s%n", same, mix.size(),
            hits / mix.size(), differing.isEmpty() ? "" : "; e.g. " + differing);
    }
}
