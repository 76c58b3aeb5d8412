package org.joinedup.indexer.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Registered signatures plus the LSH and exact-key tables that find candidates for a new one.
 *
 * <p>Every table is a chained hash table laid out in int arrays (a head per bucket, a next link per slot), so
 * each key costs 6 bytes instead of a boxed map entry. Tables: 32 LSH
 * bands of 4 MinHash rows (a pair with Jaccard 0.5 becomes a candidate with probability 0.87, 0.6 with 0.99),
 * then the fingerprint, the content hash, title + employer and title + closing date. Not
 * thread-safe: the
 * {@link Deduplicator} guards it with a read-write lock.
 */
final class SignatureStore {
    static final int BANDS = 32;
    static final int ROWS = MinHasher.HASHES / BANDS;
    static final int TABLES = BANDS + 4;
    /** The title + closing date table; looked up for the day before and after too (aggregators shift dates). */
    private static final int TITLE_CLOSING = BANDS + 3;
    /** Below this many shingles (a bare title) band keys would chain every listing with that title. */
    private static final int MIN_BAND_SHINGLES = 8;
    /** Caps the work for exact keys shared by very many vacancies (one-word titles). */
    static final int MAX_CANDIDATES = 256;
    /** Caps the band entries read when boilerplate makes many listings share bands. */
    static final int MAX_BAND_SCAN = 1024;
    static final int TOP_BAND_CANDIDATES = 32;
    private static final int NIL = -1;

    private Signature[] slots = new Signature[16];
    private int[][] next = new int[TABLES][16];
    private int[][] heads = newHeads(8);
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

    /**
     * Registered signatures that may duplicate s: everything sharing an exact key (fingerprint, content, title
     * blocks), plus the {@value #TOP_BAND_CANDIDATES} sharing the most LSH bands, since more shared bands means a
     * higher Jaccard similarity. Bounds the work when boilerplate makes many listings collide.
     */
    List<Signature> candidates(Signature s) {
        long[] keys = keys(s);
        int[] exact = new int[MAX_CANDIDATES];
        int ne = 0;
        for (int t = BANDS; t < TABLES; t++) {
            if (keys[t] == 0) continue;
            ne = collect(t, keys[t], exact, ne);
            if (t == TITLE_CLOSING) {
                ne = collect(t, titleClosingKey(s, -1), exact, ne);
                ne = collect(t, titleClosingKey(s, 1), exact, ne);
            }
        }
        int[] banded = new int[MAX_BAND_SCAN];
        int nb = 0;
        for (int t = 0; t < BANDS; t++) {
            // Per-band cap, so one boilerplate-heavy band cannot crowd out the others.
            if (keys[t] != 0) nb = collect(t, keys[t], banded, nb, nb + MAX_BAND_SCAN / BANDS);
        }
        IntStream best = mostFrequent(banded, nb, TOP_BAND_CANDIDATES);
        return IntStream.concat(Arrays.stream(exact, 0, ne), best).distinct().mapToObj(i -> slots[i]).toList();
    }

    /** The k values occurring most often among the first n (ties: smaller slot first, for determinism). */
    private static IntStream mostFrequent(int[] values, int n, int k) {
        Arrays.sort(values, 0, n);
        List<long[]> runs = new java.util.ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && values[j] == values[i]) j++;
            runs.add(new long[] {j - i, values[i]});
            i = j;
        }
        runs.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(x[1], y[1]));
        return runs.stream().limit(k).mapToInt(r -> (int) r[1]);
    }

    private int collect(int table, long key, int[] found, int n) {
        return collect(table, key, found, n, found.length);
    }

    private int collect(int table, long key, int[] found, int n, int limit) {
        for (int slot = heads[table][bucket(key)]; slot != NIL && n < limit; slot = next[table][slot]) {
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
        // No title + locality key: in a big city one title has hundreds of listings; dates and employers block better.
        keys[BANDS + 2] = nonZero(Hashing.hash64(s.titleKey() + '#' + s.employerKey()));
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
        heads = newHeads(cap / 2); // two slots per bucket on average: chains stay short, memory drops
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
