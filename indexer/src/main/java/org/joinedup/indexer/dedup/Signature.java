package org.joinedup.indexer.dedup;

/**
 * What the deduplicator remembers of one vacancy: compact keys instead of text, so a million fit in memory.
 *
 * @param id            vacancy id
 * @param sourceId      source id (interned)
 * @param fingerprint   hash of folded title + employer + main locality + closing date
 * @param contentHash   hash of the folded description, or 0 when it is too short to identify a vacancy
 * @param titleKey      folded title without advert prefixes ("Vacancy:", "HASTER:")
 * @param employerKey   folded employer name without legal forms (interned)
 * @param localityKey   folded main locality, or "" (interned)
 * @param regionKey     folded main region, or "" (interned)
 * @param departmentKey folded department, or "" (interned)
 * @param closingDay    validThrough as epoch day, or {@link #NO_DAY}
 * @param salaryMin     annual salary minimum, or NaN
 * @param salaryMax     annual salary maximum, or NaN
 * @param typeMask      employment types as bits of {@code Vacancy.EMPLOYMENT_TYPES}
 * @param textWords     number of description words
 * @param shingles      number of shingles the MinHash was computed over (about the word count)
 * @param minHash       b-bit MinHash of title and description shingles
 * @param mentions      sorted 16-bit hashes of organisation names the text may mention (aggregator re-listings);
 *                      16 bits keep it small, and a chance agreement (about 1 in 1,600) only lifts one veto
 */
record Signature(String id, String sourceId, long fingerprint, long contentHash, String titleKey,
                 String employerKey, String localityKey, String regionKey, String departmentKey, int closingDay,
                 float salaryMin, float salaryMax, int typeMask, int textWords, int shingles, short[] minHash,
                 short[] mentions) {
    static final int NO_DAY = Integer.MIN_VALUE;
}
