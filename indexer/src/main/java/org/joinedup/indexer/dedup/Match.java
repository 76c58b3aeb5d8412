package org.joinedup.indexer.dedup;

import java.util.Objects;

/**
 * The best registered counterpart of a vacancy.
 *
 * @param vacancyId id of the registered vacancy
 * @param decision  how sure we are they are the same job, and why
 */
record Match(String vacancyId, PairDecision decision) {
    public Match {
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(decision, "decision");
    }
}
