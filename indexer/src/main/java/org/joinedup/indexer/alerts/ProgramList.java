package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.util.FixedBitSet;

/**
 * The saved searches filed under one term (or pair of terms), each as its slot followed by its program
 * ({@link ConditionCode}), one after the other in one int array: a vacancy reads its candidates in order, so the
 * memory it touches is a few runs of consecutive ints rather than a random access per search. A search filed under
 * several terms has a copy in each list. Not thread-safe.
 */
final class ProgramList {
    private int[] data = new int[0];
    private int size;

    void add(int slot, int[] program) {
        if (size + 1 + program.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + 1 + program.length, data.length * 2));
        }
        data[size] = slot;
        System.arraycopy(program, 0, data, size + 1, program.length);
        size += 1 + program.length;
    }

    /** Removes the search in {@code slot} (removal is rare, so a scan is fine). */
    void remove(int slot) {
        for (int at = 0; at < size; at += 1 + ConditionCode.length(data, at + 1)) {
            if (data[at] == slot) {
                int n = 1 + ConditionCode.length(data, at + 1);
                System.arraycopy(data, at + n, data, at, size - at - n);
                size -= n;
                return;
            }
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Runs the program of every search not yet {@code seen} (and marks it seen).
     *
     * @return how many programs ran
     */
    int confirm(ConditionCode code, DocTerms doc, FixedBitSet seen, PresearchIndex.Results results) {
        int run = 0;
        int[] d = data;
        for (int at = 0; at < size; at += 1 + ConditionCode.length(d, at + 1)) {
            int slot = d[at];
            if (seen.getAndSet(slot)) continue;
            run++;
            try {
                if (code.eval(d, at + 1, doc)) results.matched(slot);
            } catch (IOException | RuntimeException e) {
                results.failed(slot, e);
            }
        }
        return run;
    }
}
