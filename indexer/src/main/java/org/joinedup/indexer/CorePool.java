package org.joinedup.indexer;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.joinedup.indexer.index.WorkerPools;
import java.util.function.Supplier;

/**
 * The indexer's own pool of one thread per core, for the CPU-heavy work that is independent per vacancy:
 * normalising and signing a harvest, and reading back the dedup signatures when the index opens. Kept apart
 * from the common pool so a busy server's other parallel streams neither slow it down nor are slowed by it.
 */
final class CorePool implements AutoCloseable {
    private final ForkJoinPool pool = WorkerPools.perCore("indexer-normalise");

    ForkJoinPool pool() {
        return pool;
    }

    /** Runs a (parallel) computation on this pool and waits for it. */
    <T> T run(Supplier<T> work, String what) {
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
