package org.joinedup.bench.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.joinedup.bench.measure.Latencies;
import org.joinedup.indexer.SearchRequest;

/**
 * Closed-loop load: a fixed number of client threads, each sending the next request of the mix as soon as
 * the previous one returns, in whole passes over the mix for at least a given time; a warm-up phase first whose
 * figures are dropped.
 */
final class LoadRunner {
    /** One way of running a request (our searcher, the bare IndexSearcher, HTTP). */
    @FunctionalInterface
    interface Target {
        long run(SearchRequest r) throws Exception;
    }

    /** Latencies of the measured phase and its wall time. */
    record Phase(Latencies latencies, long wallNanos) {
        String summary() {
            return latencies.summary(wallNanos);
        }
    }

    private LoadRunner() {
    }

    static Phase run(String name, Target target, List<SearchRequest> mix, int threads, double warmupSeconds,
                     double seconds) throws Exception {
        phase(name, target, mix, threads, warmupSeconds);
        return phase(name, target, mix, threads, seconds);
    }

    private static Phase phase(String name, Target target, List<SearchRequest> mix, int threads, double seconds)
        throws Exception {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-client-" + name + "-"
            + counter.incrementAndGet()));
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<Latencies>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * mix.size() / threads;
                futures.add(pool.submit(() -> client(target, mix, offset, deadline)));
            }
            List<Latencies> parts = new ArrayList<>();
            for (Future<Latencies> f : futures) parts.add(f.get());
            return new Phase(Latencies.merge(parts), System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Whole passes over the mix until the deadline has passed: a side that stopped mid-pass would be measured on
     * a different share of heavy requests than the other, and its p99 would compare different questions.
     */
    private static Latencies client(Target target, List<SearchRequest> mix, int offset, long deadline)
        throws Exception {
        Latencies l = new Latencies();
        do {
            for (int i = 0; i < mix.size(); i++) {
                SearchRequest r = mix.get((offset + i) % mix.size());
                long t0 = System.nanoTime();
                target.run(r);
                l.add(System.nanoTime() - t0);
            }
        } while (System.nanoTime() < deadline);
        return l;
    }
}
