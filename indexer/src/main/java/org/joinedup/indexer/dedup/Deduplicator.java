package org.joinedup.indexer.dedup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.joinedup.indexer.Vacancy;

/**
 * Finds which registered vacancy, if any, a new one duplicates: exact (same normalised fingerprint) or near
 * (MinHash/LSH over title and description shingles, then the structured-field rules of
 * {@link DuplicateClassifier}). Holds a compact signature of every registered (open) vacancy, well under 1 KB each.
 *
 * <p>Thread-safe: signatures are computed and candidates classified outside the lock; only the table updates
 * and the candidate look-up hold it.
 */
public final class Deduplicator {
    private static final Comparator<Match> BEST = Comparator
        .comparing((Match m) -> m.decision().decision())          // AUTO_MERGE before POSSIBLE before NONE
        .thenComparing(m -> -m.decision().score())
        .thenComparing(Match::vacancyId);                        // deterministic among equals

    private final Signatures signatures = new Signatures();
    private final DuplicateClassifier classifier = new DuplicateClassifier(signatures);
    private final SignatureStore store = new SignatureStore();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * A vacancy's signature, computed once: it depends only on what the vacancy says (text, employer, places,
     * dates, salary, types), not on its lifecycle or cluster, so the indexer computes it on all cores while
     * normalising and reuses it for the look-up and the registration. Opaque outside this package.
     */
    public static final class Signed {
        private final Signature signature;

        private Signed(Signature signature) {
            this.signature = signature;
        }

        /** Id of the vacancy signed. */
        public String vacancyId() {
            return signature.id();
        }
    }

    /** Computes a vacancy's signature (thread-safe, no lock held; the costly part of dedup). */
    public Signed sign(Vacancy v) {
        return new Signed(signatures.of(v));
    }

    /** Registers a vacancy so later ones can be matched against it; replaces an earlier one with the same id. */
    public void add(Vacancy v) {
        add(sign(v));
    }

    /** Registers a signed vacancy; replaces an earlier one with the same id. */
    public void add(Signed s) {
        lock.writeLock().lock();
        try {
            store.put(s.signature);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets a vacancy (closed or deleted); unknown ids are ignored. */
    public void remove(String vacancyId) {
        lock.writeLock().lock();
        try {
            store.remove(vacancyId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Number of registered vacancies. */
    public int size() {
        lock.readLock().lock();
        try {
            return store.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The id of a registered vacancy that this one duplicates (an AUTO_MERGE decision), if any. */
    public Optional<String> findDuplicateOf(Vacancy v) {
        return findDuplicateOf(sign(v));
    }

    /** As {@link #findDuplicateOf(Vacancy)} for a vacancy already signed. */
    public Optional<String> findDuplicateOf(Signed signed) {
        return bestMatch(signed).filter(m -> m.decision().merge()).map(Match::vacancyId);
    }

    /** The most similar registered vacancy with an AUTO_MERGE or POSSIBLE decision, if any. */
    public Optional<Match> bestMatch(Vacancy v) {
        return bestMatch(sign(v));
    }

    /** As {@link #bestMatch(Vacancy)} for a vacancy already signed. */
    public Optional<Match> bestMatch(Signed signed) {
        Signature s = signed.signature;
        List<Signature> candidates;
        lock.readLock().lock();
        try {
            candidates = store.candidates(s);
        } finally {
            lock.readLock().unlock();
        }
        Match best = null;
        for (Signature c : candidates) {
            Match m = new Match(c.id(), classifier.decide(s, c));
            if (m.decision().decision() != PairDecision.Decision.NONE && (best == null || BEST.compare(m, best) < 0)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }
}
