package org.joinedup.indexer.index;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/** The indexer's fork-join pools: one daemon thread per core, named after what they do. Internal to the indexer. */
public final class WorkerPools {
    private WorkerPools() {
    }

    /** A pool of one daemon thread per core, named {@code namePrefix-N}. */
    public static ForkJoinPool perCore(String namePrefix) {
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName(namePrefix + "-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }
}
