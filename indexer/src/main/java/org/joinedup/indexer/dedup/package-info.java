/**
 * Duplicate detection across sources.
 *
 * <p>To use this package, keep one {@link org.joinedup.indexer.dedup.Deduplicator}: {@code add} every open
 * vacancy, {@code remove} it when it closes, and ask {@code findDuplicateOf} (or {@code bestMatch}, which also
 * returns POSSIBLE matches with a score and reason) for each newly normalised vacancy. The index core turns the
 * answers into clusters. {@code DuplicateClassifier} decides a single pair; {@code DedupEvaluation} (test
 * tree, also run by {@code bench/run-quality.sh}) scores them against a labelled pair set.
 *
 * <p>How: titles, employers, places and descriptions are folded (case, accents, punctuation, whitespace); an
 * exact fingerprint (title, employer, main locality, closing date) and a content hash catch copies; a 128-hash
 * b-bit MinHash of word 3-shingles with 32 LSH bands, plus title + employer and title + closing-date blocks,
 * finds near copies; structured rules (employer, place, unit, dates, salary, hours) veto near-misses such as the
 * same title at another council.
 */
package org.joinedup.indexer.dedup;
