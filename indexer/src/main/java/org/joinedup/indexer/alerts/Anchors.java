package org.joinedup.indexer.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The terms a compiled saved search is indexed under ({@link PresearchIndex}): sets of terms of which a matching
 * vacancy must have at least one. A search is a conjunction of such sets (its words, its region, the map cells of
 * its radius, ...); it is filed under its most selective set (primary) and, within that, its second (secondary),
 * so a vacancy only reaches the searches for which it has a term of both. A null set means "no term needed"
 * (a salary bound, an empty text), an empty one "can never match".
 *
 * @param primary   null when no term is needed at all (the search is then checked for every vacancy)
 * @param secondary null when there is no second set
 */
record Anchors(int[] primary, int[] secondary) {
    static final Anchors NEVER = new Anchors(new int[0], null);

    static Anchors of(Condition c, TermIds terms) {
        if (c == Condition.FALSE) return NEVER;
        List<int[]> sets = new ArrayList<>();
        conjuncts(c, terms, sets);
        sets.removeIf(s -> s == null);
        if (sets.stream().anyMatch(s -> s.length == 0)) return NEVER;
        sets.sort(Comparator.comparingDouble((int[] s) -> weight(s, terms)).reversed()
            .thenComparingInt(s -> s.length));
        return new Anchors(sets.isEmpty() ? null : sets.get(0), sets.size() < 2 ? null : sets.get(1));
    }

    /** The sets of terms a vacancy needs one of each to match {@code c}; null entries need nothing. */
    private static void conjuncts(Condition c, TermIds terms, List<int[]> out) {
        if (c instanceof Condition.Bool b) {
            for (Condition r : b.required()) conjuncts(r, terms, out);
            if (b.needed() > 0) out.add(union(b.optional(), terms));
        } else {
            out.add(anyOf(c, terms));
        }
    }

    /** One set of which a vacancy needs a term to match {@code c}, or null when it needs none. */
    private static int[] anyOf(Condition c, TermIds terms) {
        return switch (c) {
            case Condition.Constant k -> k.value() ? null : new int[0];
            case Condition.HasTerm t -> new int[] {t.id()};
            case Condition.HasAnyTerm t -> t.ids();
            case Condition.Range r -> null;
            case Condition.Radius r -> r.cellIds();
            case Condition.ByLucene l -> anyOf(l.necessary(), terms);
            case Condition.Bool b -> best(b, terms);
        };
    }

    private static int[] best(Condition.Bool b, TermIds terms) {
        List<int[]> sets = new ArrayList<>();
        conjuncts(b, terms, sets);
        int[] best = null;
        for (int[] s : sets) {
            if (s != null && (best == null || weight(s, terms) > weight(best, terms))) best = s;
        }
        return best;
    }

    /** Any optional clause will do, so the vacancy needs a term of any of theirs (none if one needs none). */
    private static int[] union(Condition[] optional, TermIds terms) {
        IntStream all = IntStream.empty();
        for (Condition o : optional) {
            int[] s = anyOf(o, terms);
            if (s == null) return null;
            all = IntStream.concat(all, IntStream.of(s));
        }
        return all.distinct().toArray();
    }

    /** A set is as selective as its least selective term. */
    private static double weight(int[] set, TermIds terms) {
        double w = Double.MAX_VALUE;
        for (int id : set) w = Math.min(w, terms.weight(id));
        return set.length == 0 ? Double.MAX_VALUE : w;
    }
}
