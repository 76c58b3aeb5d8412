package org.joinedup.indexer.dedup;

import java.util.Objects;
import org.joinedup.indexer.Vacancy;

/**
 * One line of the labelled set: two listings and whether they are the same vacancy.
 *
 * @param id        pair id
 * @param kind      how the pair was made, e.g. "aggregator-relisting", "same-title-other-council"
 * @param duplicate true when a and b are the same vacancy
 * @param a         first listing
 * @param b         second listing
 */
record LabelledPair(String id, String kind, boolean duplicate, Vacancy a, Vacancy b) {
    LabelledPair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
