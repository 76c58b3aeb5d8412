package org.joinedup.indexer.stats;

/**
 * Medians over packed salary entries (see {@code StatsBuilder.pack}): sorted by salary, each carrying the first
 * and last month index the vacancy was open. A median for a month range is one linear scan, no sorting.
 */
final class SalarySpans {
    private SalarySpans() {
    }

    static float salary(long packed) {
        return Float.intBitsToFloat((int) (packed >>> 32));
    }

    static boolean overlaps(long packed, int from, int to) {
        int first = (int) ((packed >>> 16) & 0xFFFF);
        int last = (int) (packed & 0xFFFF);
        return first <= to && last >= from;
    }

    /** Entries open at some point in months from..to (inclusive). */
    static int count(long[] sorted, int from, int to) {
        int n = 0;
        for (long p : sorted) {
            if (overlaps(p, from, to)) n++;
        }
        return n;
    }

    /** Median salary of the entries open in months from..to; NaN when there are none. */
    static double median(long[] sorted, int from, int to) {
        int n = count(sorted, from, to);
        if (n == 0) return Double.NaN;
        int lo = (n - 1) / 2;
        int hi = n / 2;
        int seen = 0;
        double a = Double.NaN;
        for (long p : sorted) {
            if (!overlaps(p, from, to)) continue;
            if (seen == lo) a = salary(p);
            if (seen == hi) return (a + salary(p)) / 2;
            seen++;
        }
        throw new IllegalStateException("unreachable");
    }
}
