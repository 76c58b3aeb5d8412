package org.joinedup.indexer.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.FixedBitSet;

/**
 * The saved searches of one field language, as programs ({@link ConditionCode}) in lists ({@link ProgramList})
 * filed by the terms a vacancy needs to match them ({@link Anchors}): under each primary term, the searches with no
 * second set, and the others grouped by their secondary terms. A vacancy visits the searches filed under its own
 * terms, and under a primary term only the groups of secondary terms it also has; searches that need no term are
 * always visited. Not thread-safe: {@link AlertMatcher} changes it under its write lock and reads it under its
 * read lock.
 */
final class PresearchIndex {
    /** By primary term number; null where no search is filed. */
    private final List<Postings> byTerm = new ArrayList<>();
    private final ProgramList always = new ProgramList();
    private final ConditionCode code = new ConditionCode();

    /** What is filed under one primary term; groups are walked by bit tests on their keys, not looked up. */
    private static final class Postings {
        final ProgramList unkeyed = new ProgramList();
        int[] keys = new int[0];
        ProgramList[] groups = new ProgramList[0];

        ProgramList group(int key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) return groups[i];
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            groups = Arrays.copyOf(groups, groups.length + 1);
            keys[keys.length - 1] = key;
            return groups[groups.length - 1] = new ProgramList();
        }
    }

    /** What a match reports, by slot. */
    interface Results {
        void matched(int slot);

        void failed(int slot, Exception e);
    }

    void add(int slot, Condition c, Anchors a) {
        int[] program = code.encode(slot, c);
        if (a.primary() == null) {
            always.add(slot, program);
            return;
        }
        for (int p : a.primary()) {
            while (byTerm.size() <= p) byTerm.add(null);
            Postings ps = byTerm.get(p);
            if (ps == null) byTerm.set(p, ps = new Postings());
            if (a.secondary() == null) {
                ps.unkeyed.add(slot, program);
            } else {
                for (int s : a.secondary()) ps.group(s).add(slot, program);
            }
        }
    }

    /** Unfiles a search (empty groups stay: they cost a bit test and are likely reused by the next search). */
    void remove(int slot, Anchors a) {
        code.release(slot);
        if (a.primary() == null) {
            always.remove(slot);
            return;
        }
        for (int p : a.primary()) {
            Postings ps = byTerm.get(p);
            if (a.secondary() == null) {
                ps.unkeyed.remove(slot);
            } else {
                for (int s : a.secondary()) ps.group(s).remove(slot);
            }
        }
    }

    /**
     * Confirms every search filed under the vacancy's terms, and those needing none, each once.
     *
     * @param slots one more than the highest slot in use
     * @return how many candidate searches were confirmed
     */
    int match(DocTerms doc, int slots, Results results) {
        FixedBitSet seen = new FixedBitSet(Math.max(1, slots));
        int run = 0;
        for (int p : doc.ids()) {
            Postings ps = p < byTerm.size() ? byTerm.get(p) : null;
            if (ps == null) continue;
            run += confirmAll(ps.unkeyed, doc, seen, results);
            int[] keys = ps.keys;
            for (int i = 0; i < keys.length; i++) {
                if (doc.has(keys[i])) run += confirmAll(ps.groups[i], doc, seen, results);
            }
        }
        return run + confirmAll(always, doc, seen, results);
    }

    private int confirmAll(ProgramList list, DocTerms doc, FixedBitSet seen, Results results) {
        return list.confirm(code, doc, seen, results);
    }
}
