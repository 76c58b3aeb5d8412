package org.joinedup.bench.freshness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.bench.generate.VacancyGenerator;
import org.joinedup.bench.measure.Latencies;
import org.joinedup.bench.measure.MachineNote;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.schedule.SourcePoller;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.SearchRequest;

/**
 * Time from a new item in a feed to searchable: {@code FreshnessBench [rounds] [pollMillis] [feedSize]}. A
 * loopback RSS feed of generated English vacancies is polled by our Crawler (loopback allowed, short host
 * delay) through the crawler's SourcePoller with the poll interval as the source's schedule, and each harvest goes through {@link Indexer#ingest} (refresh every second, as in production); the
 * bench publishes a new item with a unique word, then searches for that word until it is found. Items are
 * published at random moments within the poll cycle, so the figure includes the wait for the next poll.
 */
public final class FreshnessBench {
    static final double GOAL_P95_SECONDS = 5;
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private FreshnessBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long pollMillis = args.length > 1 ? Long.parseLong(args[1]) : 1_000;
        int feedSize = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        System.out.println("FreshnessBench: " + MachineNote.describe());
        Path dir = Files.createTempDirectory("joinedup-bench-freshness");
        try (FeedServer feed = new FeedServer(initialItems(feedSize));
             LanguageAnalysis analysis = new LanguageAnalysis();
             Indexer indexer = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ofDays(2)), analysis);
             Crawler crawler = new Crawler(CrawlerConfig.defaults().withAllowLoopback(true)
                 .withMinHostDelay(Duration.ofMillis(50)), CrawlStateStore.inMemory())) {
            Source source = new Source("bench-feed", "Benchmark District Council", feed.url(), SourceFormat.FEED,
                "North Yorkshire", "GB", "en", new Licence("OGL-UK-3.0", "Open Government Licence v3.0"),
                Duration.ofMillis(pollMillis), true, true);
            System.out.printf("feed of %d items at %s, polled every %d ms; %d rounds%n", feedSize, feed.url(),
                pollMillis, rounds);
            Latencies latencies;
            try (SourcePoller scheduler = new SourcePoller(crawler, List.of(source),
                h -> ingest(indexer, crawler, h), true, 1)) {
                scheduler.start();
                latencies = rounds(indexer, feed, rounds, pollMillis);
            }
            Latencies all = Latencies.merge(List.of(latencies));
            System.out.printf("new item -> searchable over %d rounds: p50=%.2f s  p95=%.2f s  max=%.2f s%n", rounds,
                all.percentileMs(50) / 1000, all.percentileMs(95) / 1000, all.percentileMs(100) / 1000);
            System.out.printf("goal p95 <= %.0f s: %s%n", GOAL_P95_SECONDS,
                all.percentileMs(95) / 1000 <= GOAL_P95_SECONDS ? "MET" : "NOT MET");
        } finally {
            MachineNote.delete(dir);
        }
    }

    /** Publishes one item per round at a random moment of the poll cycle and times until it is found. */
    private static Latencies rounds(Indexer indexer, FeedServer feed, int rounds, long pollMillis) throws Exception {
        Latencies latencies = new Latencies();
        SplittableRandom rnd = new SplittableRandom(42);
        waitUntilFound(indexer, "community", Instant.now());
        for (int i = 1; i <= rounds; i++) {
            LockSupport.parkNanos(Duration.ofMillis(rnd.nextLong(pollMillis)).toNanos());
            String token = "freshbench" + i + "x" + rnd.nextInt(1_000_000);
            long t0 = System.nanoTime();
            feed.publish(new FeedServer.Item("bench-new-" + i, "Care Worker " + token,
                "<p>A new vacancy published by the freshness bench.</p>", Instant.now()));
            waitUntilFound(indexer, token, Instant.now());
            latencies.add(System.nanoTime() - t0);
            if (i % 10 == 0) System.out.printf("  round %d: %.2f s%n", i, (System.nanoTime() - t0) / 1e9);
        }
        return latencies;
    }

    private static void ingest(Indexer indexer, Crawler crawler, Harvest harvest) {
        try {
            indexer.ingest(harvest);
            crawler.acknowledge(harvest); // committed: the next poll may be conditional, as in the service
        } catch (Exception e) {
            System.out.println("harvest failed: " + e);
        }
    }

    private static void waitUntilFound(Indexer indexer, String word, Instant from) throws Exception {
        Instant deadline = from.plus(GIVE_UP);
        while (indexer.search(SearchRequest.of(word)).total() == 0) {
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("'" + word + "' never became searchable");
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    /** English vacancies from the generator, as a council feed would list them. */
    private static List<FeedServer.Item> initialItems(int n) {
        VacancyGenerator g = new VacancyGenerator(42, Math.max(1_000, n * 4), LocalDate.now(ZoneOffset.UTC));
        List<FeedServer.Item> items = new ArrayList<>();
        while (items.size() < n) {
            Posting p = g.next();
            if (!g.source(p.sourceId()).language().equals("en")) continue;
            items.add(new FeedServer.Item(p.sourceRef(), p.title(), p.descriptionHtml(), Instant.now()));
        }
        return items;
    }
}
