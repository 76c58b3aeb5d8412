package org.joinedup.bench.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks items from a list ordered most-frequent-first with probability proportional to 1/rank^s, the skew
 * seen in real job boards (a few occupations and towns account for most vacancies).
 */
final class Zipf<T> {
    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent) {
        if (items.isEmpty()) throw new IllegalArgumentException("no items");
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    T sample(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) lo = mid + 1; else hi = mid;
        }
        return items.get(lo);
    }

    List<T> items() {
        return items;
    }
}
