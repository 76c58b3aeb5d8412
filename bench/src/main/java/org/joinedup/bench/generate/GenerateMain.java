package org.joinedup.bench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joinedup.crawler.Posting;

/**
 * Prints a summary of a generated data set (size, shares, words, digest, time): {@code GenerateMain [n] [seed]}.
 */
public final class GenerateMain {
    private GenerateMain() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        LocalDate day = LocalDate.of(2026, 3, 2);
        long t0 = System.nanoTime();
        VacancyGenerator g = new VacancyGenerator(seed, n, day);
        List<Posting> postings = g.next(n);
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> byLanguage = new TreeMap<>();
        long words = 0;
        long chars = 0;
        for (Posting p : postings) {
            byLanguage.merge(g.source(p.sourceId()).language(), 1, Integer::sum);
            words += p.descriptionHtml().split("\\s+").length;
            chars += p.descriptionHtml().length();
        }
        System.out.printf("generated %,d postings from %d sources in %.1f s (%,.0f/s)%n", n, g.sources().size(), secs,
            n / secs);
        System.out.printf("languages %s, re-listings %,d (%.1f %%)%n", byLanguage, g.duplicates().size(),
            100.0 * g.duplicates().size() / n);
        System.out.printf("description: %.0f words, %.0f chars on average%n", words / (double) n, chars / (double) n);
        System.out.println("sha256 " + PostingDigest.of(postings));
        System.out.println("example: " + postings.get(1));
    }
}
