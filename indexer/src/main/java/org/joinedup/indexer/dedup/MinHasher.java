package org.joinedup.indexer.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash over word 3-shingles with 128 affine hash functions, keeping 16 bits of each minimum (b-bit MinHash):
 * 256 bytes per vacancy instead of 1 KB, and accidental agreement of 1 in 65,536 barely moves the estimate.
 */
final class MinHasher {
    static final int HASHES = 128;
    static final int SHINGLE = 3;
    private static final long[] MUL = new long[HASHES];
    private static final long[] ADD = new long[HASHES];

    static {
        // Fixed seed: signatures must agree across restarts and machines.
        SplittableRandom r = new SplittableRandom(0x5EEDD0D0L);
        for (int i = 0; i < HASHES; i++) {
            MUL[i] = r.nextLong() | 1L;
            ADD[i] = r.nextLong();
        }
    }

    private MinHasher() {
    }

    /** Signature of folded words; texts shorter than a shingle use their words (or the empty signature). */
    static short[] signature(List<String> words) {
        // Minimums are kept with the sign bit flipped: unsigned order becomes signed order, so the update is a
        // plain Math.min that the JIT turns into vector instructions (several times faster than a compare and a
        // branch per hash), with exactly the same result.
        long[] mins = new long[HASHES];
        Arrays.fill(mins, Long.MAX_VALUE);
        int n = words.size();
        if (n == 0) return new short[HASHES];
        long[] wh = new long[n];
        for (int i = 0; i < n; i++) wh[i] = Hashing.hash64(words.get(i));
        if (n < SHINGLE) {
            for (long w : wh) update(mins, Hashing.mix(w));
        } else {
            for (int i = 0; i + SHINGLE <= n; i++) {
                update(mins, Hashing.mix(wh[i] ^ Long.rotateLeft(wh[i + 1], 21) ^ Long.rotateLeft(wh[i + 2], 42)));
            }
        }
        short[] sig = new short[HASHES];
        for (int i = 0; i < HASHES; i++) sig[i] = (short) ((mins[i] ^ Long.MIN_VALUE) >>> 48);
        return sig;
    }

    private static void update(long[] mins, long shingle) {
        for (int i = 0; i < HASHES; i++) {
            mins[i] = Math.min(mins[i], (shingle * MUL[i] + ADD[i]) ^ Long.MIN_VALUE);
        }
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    static double jaccard(short[] a, short[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) same++;
        }
        return (double) same / HASHES;
    }
}
