package org.joinedup.bench.indexing;

/**
 * The outcome of one measured indexing pass.
 *
 * @param variant   "pipeline" or "baseline"
 * @param docs      postings offered
 * @param indexed   documents in the index afterwards
 * @param nanos     time inside the timed sections
 * @param sizeMiB   index size on disk
 */
record IndexingRun(String variant, int docs, int indexed, long nanos, double sizeMiB) {
    double docsPerSecond() {
        return docs / (nanos / 1e9);
    }

    String line() {
        return String.format("%-9s %,10d postings -> %,10d docs in %7.1f s = %,9.0f docs/s  (index %,.0f MiB)",
            variant, docs, indexed, nanos / 1e9, docsPerSecond(), sizeMiB);
    }
}
