package org.joinedup.api.stats;

import java.io.IOException;
import org.joinedup.indexer.stats.StatsSnapshot;

/** Where the statistics come from: the indexer in the service, a fixed snapshot in tests. */
@FunctionalInterface
public interface StatsSource {
    /** The statistics of what searches see now. */
    StatsSnapshot current() throws IOException;
}
