package org.joinedup.bench.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.bench.generate.HarvestBatcher;
import org.joinedup.bench.generate.VacancyGenerator;
import org.joinedup.bench.measure.MachineNote;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.normalise.VacancyIds;

/**
 * Dedup precision/recall/F1 of the whole pipeline on generated data, where the generator knows which
 * postings re-list which: ingests N postings, then compares the clusters the indexer formed with the truth.
 * A predicted pair is a non-canonical member with its cluster's canonical; a true pair is a re-listing with
 * the vacancy it copies (or that vacancy's own original, for chains). Synthetic edits are light, so this is an
 * upper bound next to the labelled pair set.
 */
final class DedupOnGenerated {
    private DedupOnGenerated() {
    }

    static void run(int n) throws IOException {
        VacancyGenerator g = new VacancyGenerator(42, n, LocalDate.now(ZoneOffset.UTC));
        List<Posting> postings = g.next(n);
        Path dir = Files.createTempDirectory("joinedup-bench-dedup");
        Map<String, String> clusterOf = new HashMap<>();
        try (LanguageAnalysis analysis = new LanguageAnalysis();
             Indexer indexer = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ofDays(2)), analysis)) {
            HarvestBatcher batcher = new HarvestBatcher(1_000, g::source);
            for (Harvest h : batcher.add(postings)) indexer.ingest(h);
            for (Harvest h : batcher.finish()) indexer.ingest(h);
            for (Posting p : postings) {
                String id = VacancyIds.of(p.sourceId(), p.sourceRef());
                clusterOf.put(p.sourceId() + "/" + p.sourceRef(),
                    indexer.get(id).map(Vacancy::cluster).map(Vacancy.Cluster::clusterId).orElse(id));
            }
        } finally {
            MachineNote.delete(dir);
        }
        score(g.duplicates(), clusterOf, n);
    }

    private static void score(Map<String, String> truth, Map<String, String> clusterOf, int n) {
        Map<String, String> root = new HashMap<>();
        for (String k : clusterOf.keySet()) {
            String r = k;
            while (truth.containsKey(r)) r = truth.get(r);
            root.put(k, r);
        }
        Map<String, Integer> clusterSizes = new HashMap<>();
        clusterOf.values().forEach(c -> clusterSizes.merge(c, 1, Integer::sum));
        long predictedMembers = clusterOf.entrySet().stream().filter(e -> clusterSizes.get(e.getValue()) > 1).count()
            - clusterSizes.values().stream().filter(s -> s > 1).count();
        int tp = 0;
        for (String copy : truth.keySet()) {
            if (clusterOf.get(copy).equals(clusterOf.get(root.get(copy)))) tp++;
        }
        // Precision counts joined members (cluster size - 1 each) that really are copies of their cluster's root.
        double precision = predictedMembers == 0 ? Double.NaN : Math.min(1.0, tp / (double) predictedMembers);
        double recall = tp / (double) truth.size();
        System.out.printf("dedup on %,d generated postings: %,d true re-listings, %,d joined a cluster, %,d correct;"
                + " precision %.3f, recall %.3f, F1 %.3f%n", n, truth.size(), predictedMembers, tp, precision, recall,
            2 * precision * recall / (precision + recall));
    }
}
