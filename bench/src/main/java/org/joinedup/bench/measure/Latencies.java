package org.joinedup.bench.measure;

import java.util.Arrays;

/**
 * Latencies of one load phase (nanoseconds, from every client thread) and the phase's wall time, with the
 * usual percentiles (nearest-rank) and throughput.
 */
public final class Latencies {
    private long[] values = new long[1 << 14];
    private int size;

    /** Adds one latency. Not thread-safe: one instance per client thread, then {@link #merge}. */
    public void add(long nanos) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = nanos;
    }

    /** All latencies of several threads in one. */
    public static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies p : parts) {
            for (int i = 0; i < p.size; i++) all.add(p.values[i]);
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    public int count() {
        return size;
    }

    /** Percentile in milliseconds (call on a merged instance, which is sorted). */
    public double percentileMs(double pct) {
        if (size == 0) return Double.NaN;
        int rank = (int) Math.ceil(pct / 100.0 * size);
        return values[Math.clamp(rank - 1, 0, size - 1)] / 1e6;
    }

    /** "n=.. p50=.. p95=.. p99=.. max=.. ms, QPS=.." for a phase of the given wall time. */
    public String summary(long wallNanos) {
        return String.format("n=%,7d  p50=%7.2f  p95=%7.2f  p99=%7.2f  max=%8.2f ms  QPS=%,8.1f", size,
            percentileMs(50), percentileMs(95), percentileMs(99), percentileMs(100), size / (wallNanos / 1e9));
    }
}
