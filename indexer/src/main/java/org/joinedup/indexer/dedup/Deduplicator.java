package org.joinedup.indexer.dedup;

import java.util.Optional;
import org.joinedup.indexer.Vacancy;

/**
 * Finds which existing vacancy, if any, a new one duplicates: exact (same normalised fingerprint) or near
 * (MinHash/LSH over shingles plus structured-field rules). Holds the signatures of every open vacancy.
 *
 * <p>WALKING-SKELETON VERSION: exact fingerprint on employer + title only. The indexer issue fills it in.
 */
public final class Deduplicator {
    private final java.util.Map<String, String> byFingerprint = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, String> fingerprintOf = new java.util.concurrent.ConcurrentHashMap<>();

    /** Registers a vacancy so later ones can be matched against it. */
    public void add(Vacancy v) {
        String fp = fingerprint(v);
        byFingerprint.putIfAbsent(fp, v.id());
        fingerprintOf.put(v.id(), fp);
    }

    /** Forgets a vacancy (closed or deleted). */
    public void remove(String vacancyId) {
        String fp = fingerprintOf.remove(vacancyId);
        if (fp != null) byFingerprint.remove(fp, vacancyId);
    }

    /** The id of a registered vacancy from another source that this one duplicates, if any. */
    public Optional<String> findDuplicateOf(Vacancy v) {
        String other = byFingerprint.get(fingerprint(v));
        return other == null || other.equals(v.id()) ? Optional.empty() : Optional.of(other);
    }

    private static String fingerprint(Vacancy v) {
        return (v.employer().name() + "|" + v.title()).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
