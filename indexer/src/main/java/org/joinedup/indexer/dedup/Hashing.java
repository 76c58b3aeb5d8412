package org.joinedup.indexer.dedup;

/** 64-bit string hashing (FNV-1a then a SplitMix finaliser); stable across JVMs, unlike String.hashCode mixes. */
final class Hashing {
    private Hashing() {
    }

    static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Combines already mixed hashes in order. */
    static long combine(long h, long next) {
        return mix(h * 31 + next);
    }
}
