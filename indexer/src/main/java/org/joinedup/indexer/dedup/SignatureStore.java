package org.joinedup.indexer.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registered signatures plus the LSH and exact-key tables that find candidates for a new one.
 *
 * <p>Every table is a chained hash table laid out in int arrays (a head per bucket, a next link per slot), so
 * each key costs 6 bytes instead of a boxed map entry. A chain holds the slots of every key that falls in its
 * bucket; each link carries, beside the slot, a check byte (8 more bits of that slot's key), which drops almost
 * all of the other keys' slots before they reach the classifier, without keeping the 8-byte key or reading the
 * slot. Tables: 32 LSH
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
    /**
     * Caps the band entries read when boilerplate makes many listings share bands: 16 per band. Reading chains
     * was most of a look-up's time; 32 per band found the same clusters in the 100,000-posting quality run.
     */
    static final int MAX_BAND_SCAN = 512;
    static final int TOP_BAND_CANDIDATES = 32;
    /** A link is the slot in its low {@value #SLOT_BITS} bits and that slot's check byte for the table above. */
    private static final int SLOT_BITS = 24;
    private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;
    /** The end of a chain (a slot number no signature gets). */
    private static final int NIL = SLOT_MASK;

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
            ne = collect(t, keys[t], exact, ne, exact.length);
            if (t == TITLE_CLOSING) {
                ne = collect(t, titleClosingKey(s, -1), exact, ne, exact.length);
                ne = collect(t, titleClosingKey(s, 1), exact, ne, exact.length);
            }
        }
        int[] banded = new int[MAX_BAND_SCAN];
        int nb = 0;
        for (int t = 0; t < BANDS; t++) {
            // Per-band cap, so one boilerplate-heavy band cannot crowd out the others.
            if (keys[t] != 0) nb = collect(t, keys[t], banded, nb, nb + MAX_BAND_SCAN / BANDS);
        }
        int[] found = Arrays.copyOf(exact, ne + TOP_BAND_CANDIDATES);
        int n = mostFrequent(banded, nb, TOP_BAND_CANDIDATES, found, ne);
        Arrays.sort(found, 0, n);
        List<Signature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || found[i] != found[i - 1]) out.add(slots[found[i]]);
        }
        return out;
    }

    /**
     * Appends to {@code out} from index {@code at} the (at most k) values occurring most often among the first n of
     * {@code values} (ties: smaller value first, for determinism); returns the new end. Sorts {@code values}.
     */
    static int mostFrequent(int[] values, int n, int k, int[] out, int at) {
        Arrays.sort(values, 0, n);
        // One long per run of equal values: (max - count) above, the value below, so ascending order is the answer.
        long[] runs = new long[n];
        int r = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && values[j] == values[i]) j++;
            runs[r++] = ((long) (n - (j - i)) << 32) | (values[i] & 0xFFFF_FFFFL);
            i = j;
        }
        Arrays.sort(runs, 0, r);
        int end = at;
        for (int i = 0; i < Math.min(k, r); i++) out[end++] = (int) runs[i];
        return end;
    }

    /**
     * Adds the slots of this key's chain entries to {@code found}, walking at most {@code limit - n} entries of
     * the bucket (the others' entries included, which the check byte skips): a key shared by very many
     * vacancies, or a bucket shared with one, costs no more than that.
     */
    private int collect(int table, long key, int[] found, int n, int limit) {
        int c = checkByte(key) & 0xFF;
        int[] nx = next[table];
        int link = heads[table][bucket(key)];
        for (int steps = limit - n; steps > 0; steps--) {
            int slot = link & SLOT_MASK;
            if (slot == NIL) break;
            if (link >>> SLOT_BITS == c) found[n++] = slot;
            link = nx[slot];
        }
        return n;
    }

    /** Bits of the key that {@link #bucket} leaves out at any table size below 2^24 buckets. */
    private static byte checkByte(long key) {
        return (byte) (key >>> 56);
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
            heads[t][b] = (checkByte(keys[t]) & 0xFF) << SLOT_BITS | slot;
        }
    }

    private void unlink(int table, int b, int slot) {
        int[] nx = next[table];
        if ((heads[table][b] & SLOT_MASK) == slot) {
            heads[table][b] = nx[slot];
            return;
        }
        for (int s = heads[table][b] & SLOT_MASK; s != NIL; s = nx[s] & SLOT_MASK) {
            if ((nx[s] & SLOT_MASK) == slot) {
                nx[s] = nx[slot];
                return;
            }
        }
    }

    private int allocate() {
        if (freeCount > 0) return free[--freeCount];
        if (highWater == NIL) throw new IllegalStateException("more than " + NIL + " open vacancies to deduplicate");
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
