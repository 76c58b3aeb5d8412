package org.joinedup.indexer.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores dedup on a labelled pair set (JSON Lines, see the test resource {@code dedup/pairs.jsonl}): for each pair a
 * fresh {@link Deduplicator} registers a and is asked about b, so LSH candidate recall counts too. A pair is
 * predicted duplicate when the answer is AUTO_MERGE. Prints precision, recall, F1, the counts and the
 * errors per kind. Usage: {@code DedupEvaluation <pairs.jsonl>}.
 */
public final class DedupEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(DedupEvaluation.class);

    private DedupEvaluation() {
    }

    /**
     * Metrics of one run.
     *
     * @param pairs          pairs scored
     * @param truePositives  duplicates merged
     * @param falsePositives distinct pairs merged
     * @param falseNegatives duplicates not merged
     * @param possible       pairs answered POSSIBLE (not merged, would go to review)
     * @param possibleDuplicates of those, how many were duplicates
     * @param errorsByKind   wrong answers per pair kind
     */
    public record Result(int pairs, int truePositives, int falsePositives, int falseNegatives, int possible,
                         int possibleDuplicates, Map<String, Integer> errorsByKind) {
        public Result {
            errorsByKind = Map.copyOf(errorsByKind);
        }

        /** Share of merges that were right (auto-merge precision). */
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        /** Precision of the AUTO_MERGE decisions; the same as {@link #precision()}, named for the goal it checks. */
        public double autoMergePrecision() {
            return precision();
        }

        /** Share of duplicates merged. */
        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        /** Harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One-paragraph summary. */
        public String summary() {
            return String.format(Locale.ROOT, "pairs=%d tp=%d fp=%d fn=%d tn=%d possible=%d (of which duplicates %d) "
                + "precision(auto-merge)=%.4f recall=%.4f f1=%.4f errorsByKind=%s", pairs, truePositives,
                falsePositives, falseNegatives, pairs - truePositives - falsePositives - falseNegatives, possible,
                possibleDuplicates, precision(), recall(), f1(), new TreeMap<>(errorsByKind));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    /** Scores the pair file. */
    public static Result evaluate(Path pairsFile) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(pairsFile, StandardCharsets.UTF_8)) {
            return evaluate(PairFile.read(in));
        }
    }

    static Result evaluate(List<LabelledPair> pairs) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int possible = 0;
        int possibleDups = 0;
        Map<String, Integer> errors = new TreeMap<>();
        for (LabelledPair p : pairs) {
            Deduplicator dedup = new Deduplicator();
            dedup.add(p.a());
            var match = dedup.bestMatch(p.b());
            boolean merged = match.isPresent() && match.get().decision().merge();
            if (match.isPresent() && !merged) {
                possible++;
                if (p.duplicate()) possibleDups++;
            }
            if (merged && p.duplicate()) tp++;
            if (merged && !p.duplicate()) fp++;
            if (!merged && p.duplicate()) fn++;
            if (merged != p.duplicate()) {
                errors.merge(p.kind(), 1, Integer::sum);
                LOG.debug("wrong on {} ({}): {}", p.id(), p.kind(), match.map(m -> m.decision().reason()).orElse("-"));
            }
        }
        return new Result(pairs.size(), tp, fp, fn, possible, possibleDups, errors);
    }

    /** Prints the metrics of the pair file given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DedupEvaluation <pairs.jsonl>");
            System.exit(2);
        }
        System.out.println(evaluate(Path.of(args[0])).summary());
    }
}
