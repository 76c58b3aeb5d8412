package org.joinedup.indexer.dedup;

import java.util.Objects;

/**
 * The verdict on whether two vacancies are the same job.
 *
 * @param decision AUTO_MERGE (cluster them), POSSIBLE (similar, but not certain enough to merge) or NONE
 * @param score    similarity in [0, 1]; 1 for exact fingerprints, 0 when a structured field rules a match out
 * @param reason   short explanation, e.g. "near: jaccard 0.81, title 1.00" or "employer differs"
 */
record PairDecision(Decision decision, double score, String reason) {
    public PairDecision {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
    }

    /** What to do with a pair. */
    public enum Decision { AUTO_MERGE, POSSIBLE, NONE }

    /** True when the pair is a duplicate to merge automatically. */
    public boolean merge() {
        return decision == Decision.AUTO_MERGE;
    }

    static PairDecision none(String reason) {
        return new PairDecision(Decision.NONE, 0, reason);
    }
}
