package org.joinedup.indexer.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registered signatures plus the LSH and exact-key tables that find candidates for a new one.
 *
 * <p>Every table is a chained hash table laid out in int arrays (a head per bucket, a next link per slot), so
 * each key costs 8 bytes instead of a boxed map entry: 36 keys per vacancy stay under 300 bytes. Tables: 32 LSH
 * bands of 4 MinHash rows (a pair with Jaccard 0.5 becomes a candidate with probability 0.87, 0.6 with 0.99),
 * then the fingerprint, the content hash, title + locality, title + employer and title + closing date. Not
 * thread-safe: the
 * {@link Deduplicator} guards it with a read-write lock.
 */
final class SignatureStore {
    static final int BANDS = 32;
    static final int ROWS = MinHasher.HASHES / BANDS;
    static final int TABLES = BANDS + 5;
    /** The title + closing date table; looked up for the day before and after too (aggregators shift dates). */
    private static final int TITLE_CLOSING = BANDS + 4;
    /** Below this many shingles (a bare title) band keys would chain every listing with that title. */
    private static final int MIN_BAND_SHINGLES = 8;
    /** Caps the work for keys shared by very many vacancies (boilerplate, one-word titles). */
    static final int MAX_CANDIDATES = 512;
    private static final int NIL = -1;

    private Signature[] slots = new Signature[16];
    private int[][] next = new int[TABLES][16];
    private int[][] heads = newHeads(16);
    private final Map<String, Integer> slotOf = new HashMap<>();
    private int[] free = new int[16];
    private int freeCount;
    private int highWater;

    int size() {
        return slotOf.size();
    }

    /** Registers a signature, replacing one with the same id. */
    void put(Signature s) {
        remove(s.id());
        int slot = allocate();
        slots[slot] = s;
        slotOf.put(s.id(), slot);
        link(slot, keys(s));
    }

    /** Forgets the signature with this id; false when unknown. */
    boolean remove(String id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) return false;
        long[] keys = keys(slots[slot]);
        for (int t = 0; t < TABLES; t++) {
            if (keys[t] != 0) unlink(t, bucket(keys[t]), slot);
        }
        slots[slot] = null;
        free[freeCount++] = slot;
        return true;
    }

    /** Distinct registered signatures sharing at least one key with s (exact keys first), at most MAX_CANDIDATES. */
    List<Signature> candidates(Signature s) {
        long[] keys = keys(s);
        int[] found = new int[MAX_CANDIDATES];
        int n = 0;
        for (int t = TABLES - 1; t >= 0 && n < MAX_CANDIDATES; t--) {
            if (keys[t] == 0) continue;
            n = collect(t, keys[t], found, n);
            if (t == TITLE_CLOSING) {
                n = collect(t, titleClosingKey(s, -1), found, n);
                n = collect(t, titleClosingKey(s, 1), found, n);
            }
        }
        return Arrays.stream(found, 0, n).distinct().mapToObj(i -> slots[i]).toList();
    }

    private int collect(int table, long key, int[] found, int n) {
        for (int slot = heads[table][bucket(key)]; slot != NIL && n < found.length; slot = next[table][slot]) {
            found[n++] = slot;
        }
        return n;
    }

    private static long titleClosingKey(Signature s, int shift) {
        return nonZero(Hashing.hash64(s.titleKey() + '~' + (s.closingDay() + shift)));
    }

    /** Table keys of a signature; 0 = no key in that table. */
    static long[] keys(Signature s) {
        long[] keys = new long[TABLES];
        if (s.shingles() >= MIN_BAND_SHINGLES) {
            short[] mh = s.minHash();
            for (int b = 0; b < BANDS; b++) {
                long k = b + 1L;
                for (int r = 0; r < ROWS; r++) k = Hashing.combine(k, mh[b * ROWS + r]);
                keys[b] = nonZero(k);
            }
        }
        keys[BANDS] = nonZero(s.fingerprint());
        keys[BANDS + 1] = s.contentHash();
        keys[BANDS + 2] = s.localityKey().isEmpty() ? 0 : nonZero(Hashing.hash64(s.titleKey() + '@' + s.localityKey()));
        keys[BANDS + 3] = nonZero(Hashing.hash64(s.titleKey() + '#' + s.employerKey()));
        keys[TITLE_CLOSING] = s.closingDay() == Signature.NO_DAY ? 0 : titleClosingKey(s, 0);
        return keys;
    }

    private static long nonZero(long k) {
        return k == 0 ? 1 : k;
    }

    private int bucket(long key) {
        return (int) (key ^ (key >>> 32)) & (heads[0].length - 1);
    }

    private void link(int slot, long[] keys) {
        for (int t = 0; t < TABLES; t++) {
            if (keys[t] == 0) continue;
            int b = bucket(keys[t]);
            next[t][slot] = heads[t][b];
            heads[t][b] = slot;
        }
    }

    private void unlink(int table, int b, int slot) {
        int[] nx = next[table];
        if (heads[table][b] == slot) {
            heads[table][b] = nx[slot];
            return;
        }
        for (int s = heads[table][b]; s != NIL; s = nx[s]) {
            if (nx[s] == slot) {
                nx[s] = nx[slot];
                return;
            }
        }
    }

    private int allocate() {
        if (freeCount > 0) return free[--freeCount];
        if (highWater == slots.length) grow();
        return highWater++;
    }

    /** Doubles every array and rebuilds the chains, keeping about one bucket per slot. */
    private void grow() {
        int cap = slots.length * 2;
        slots = Arrays.copyOf(slots, cap);
        free = Arrays.copyOf(free, cap);
        next = new int[TABLES][cap];
        heads = newHeads(cap);
        for (int slot = 0; slot < highWater; slot++) {
            if (slots[slot] != null) link(slot, keys(slots[slot]));
        }
    }

    private static int[][] newHeads(int size) {
        int[][] h = new int[TABLES][size];
        for (int[] row : h) Arrays.fill(row, NIL);
        return h;
    }
}
