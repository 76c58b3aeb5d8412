package org.joinedup.indexer.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.IngestReport;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.normalise.VacancyIds;

/**
 * The process the crash harness kills: opens an Indexer on a directory and ingests {@link Workload} batches
 * one after another, starting after the last acknowledged one. After each ingest returns (a durable commit)
 * it appends the batch's vacancy ids to the fsync'ed ack log, then the ids it would alert on (the report's
 * new vacancies) to the alert log, so a later outbox check can count duplicate alerts per crash.
 *
 * <p>Usage: {@code IngestWorker <indexDir> <ackLog> <alertLog> <readyFile> [maxBatches]}. Exit 0 after
 * maxBatches, 3 when a posting is rejected (the workload is broken, not the index).
 */
public final class IngestWorker {
    private IngestWorker() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path acks = Path.of(args[1]);
        Path alerts = Path.of(args[2]);
        Path ready = Path.of(args[3]);
        long max = args.length > 4 ? Long.parseLong(args[4]) : Long.MAX_VALUE;
        List<AckLog.Entry> done = AckLog.read(acks);
        long next = done.isEmpty() ? 0 : done.get(done.size() - 1).batch() + 1;
        long t0 = System.nanoTime();
        try (LanguageAnalysis analysis = new LanguageAnalysis()) {
            long analysisMs = (System.nanoTime() - t0) / 1_000_000;
            run(analysis, dir, acks, alerts, ready, next, max, analysisMs);
        }
    }

    private static void run(LanguageAnalysis analysis, Path dir, Path acks, Path alerts, Path ready, long next,
                            long max, long analysisMs) throws IOException {
        long t0 = System.nanoTime();
        try (Indexer indexer = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ZERO), analysis);
             AckLog ackLog = new AckLog(acks);
             AckLog alertLog = new AckLog(alerts)) {
            // readiness: "<analysis build ms> <index open ms>", so slow restarts can be attributed
            Path tmp = Files.writeString(ready.resolveSibling(ready.getFileName() + ".tmp"),
                analysisMs + " " + (System.nanoTime() - t0) / 1_000_000);
            Files.move(tmp, ready, StandardCopyOption.ATOMIC_MOVE); // seen whole or not at all
            long end = max == Long.MAX_VALUE ? max : next + max;
            for (long n = next; n < end; n++) {
                Harvest h = Workload.batch(n);
                IngestReport r = h.source().format() == SourceFormat.PUSH
                    ? indexer.push(h.source(), h.postings()) : indexer.ingest(h);
                if (!r.rejected().isEmpty()) {
                    System.err.println("workload rejected: " + r.rejected());
                    System.exit(3);
                }
                ackLog.append(n, h.source().id(), ids(h));
                alertLog.append(n, h.source().id(), r.added().stream().map(Vacancy::id).toList());
            }
        }
    }

    private static List<String> ids(Harvest h) {
        List<String> out = new ArrayList<>();
        for (Posting p : h.postings()) {
            out.add(VacancyIds.of(p.sourceId(), p.sourceRef()));
        }
        return out;
    }
}
