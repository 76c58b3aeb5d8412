package org.joinedup.indexer.alerts;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a compiled saved search ({@link Condition}) out as a program of ints in prefix order, and runs such
 * programs. Confirming candidates is memory-bound at 100k searches: a tree of objects costs a cache miss per node,
 * while programs stored in the candidate lists themselves ({@link ProgramList}) are read side by side. Point
 * ranges, radii and Lucene queries stay objects, referred to by number; this keeps them, for one field language.
 * Not thread-safe.
 */
final class ConditionCode {
    private static final int CONST = 0;
    private static final int TERM = 1;
    private static final int ANY = 2;
    private static final int BOOL = 3;
    private static final int OBJECT = 4;
    private static final int BOOL_HEADER = 6;

    private final List<Condition> objects = new ArrayList<>();
    private final ArrayDeque<Integer> freeObjects = new ArrayDeque<>();
    private final Map<Integer, List<Integer>> objectsBySlot = new HashMap<>();

    /** The program of the search in {@code slot}. */
    int[] encode(int slot, Condition c) {
        int[] out = new int[16];
        int[] used = {0};
        out = write(c, slot, out, used);
        return Arrays.copyOf(out, used[0]);
    }

    /** Forgets the objects of the search in {@code slot}. */
    void release(int slot) {
        List<Integer> ids = objectsBySlot.remove(slot);
        if (ids == null) return;
        for (int i : ids) {
            objects.set(i, null);
            freeObjects.push(i);
        }
    }

    /** Length of the program (or part) starting at {@code pc}. */
    static int length(int[] c, int pc) {
        return c[pc] == ANY ? 2 + c[pc + 1] : c[pc] == BOOL ? c[pc + 1] : 2;
    }

    boolean eval(int[] c, int pc, DocTerms doc) throws IOException {
        switch (c[pc]) {
            case TERM:
                return doc.has(c[pc + 1]);
            case ANY:
                for (int i = pc + 2, end = pc + 2 + c[pc + 1]; i < end; i++) {
                    if (doc.has(c[i])) return true;
                }
                return false;
            case BOOL:
                return evalBool(c, pc, doc);
            case OBJECT:
                return objects.get(c[pc + 1]).test(doc);
            default:
                return c[pc + 1] != 0;
        }
    }

    /** {@link Condition.Bool}'s rules on [BOOL, length, required, prohibited, optional, needed, clauses...]. */
    private boolean evalBool(int[] c, int pc, DocTerms doc) throws IOException {
        int at = pc + BOOL_HEADER;
        for (int i = 0; i < c[pc + 2]; i++, at += length(c, at)) {
            if (!eval(c, at, doc)) return false;
        }
        for (int i = 0; i < c[pc + 3]; i++, at += length(c, at)) {
            if (eval(c, at, doc)) return false;
        }
        int needed = c[pc + 5];
        if (needed == 0) return true;
        int matched = 0;
        for (int i = 0; i < c[pc + 4]; i++, at += length(c, at)) {
            if (eval(c, at, doc) && ++matched >= needed) return true;
        }
        return false;
    }

    private int[] write(Condition c, int slot, int[] out, int[] used) {
        return switch (c) {
            case Condition.Constant k -> emit(out, used, CONST, k.value() ? 1 : 0);
            case Condition.HasTerm t -> emit(out, used, TERM, t.id());
            case Condition.HasAnyTerm t -> emit(emit(out, used, ANY, t.ids().length), used, t.ids());
            case Condition.Bool b -> writeBool(b, slot, out, used);
            default -> emit(out, used, OBJECT, object(slot, c));
        };
    }

    private int[] writeBool(Condition.Bool b, int slot, int[] out, int[] used) {
        int start = used[0];
        out = emit(out, used, BOOL, 0, b.required().length, b.prohibited().length, b.optional().length, b.needed());
        for (Condition r : b.required()) out = write(r, slot, out, used);
        for (Condition p : b.prohibited()) out = write(p, slot, out, used);
        for (Condition o : b.optional()) out = write(o, slot, out, used);
        out[start + 1] = used[0] - start;
        return out;
    }

    private int object(int slot, Condition c) {
        int i;
        if (freeObjects.isEmpty()) {
            i = objects.size();
            objects.add(c);
        } else {
            i = freeObjects.pop();
            objects.set(i, c);
        }
        objectsBySlot.computeIfAbsent(slot, s -> new ArrayList<>(1)).add(i);
        return i;
    }

    private static int[] emit(int[] out, int[] used, int... values) {
        if (used[0] + values.length > out.length) {
            out = Arrays.copyOf(out, Math.max(used[0] + values.length, out.length * 2));
        }
        System.arraycopy(values, 0, out, used[0], values.length);
        used[0] += values.length;
        return out;
    }
}
