package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeduplicatorTest {

    @Test
    void findsTheRelistingAcrossSourcesButNotTheNearMissAndForgetsRemoved() {
        Deduplicator dedup = new Deduplicator();
        Vacancy council = Vacancies.careWorker("northmere", "NM-101");
        dedup.add(council);
        Vacancy relisted = Vacancies.of("nyjobs", "ny-8", "Job: Reablement support worker",
            "North Yorkshire Public Jobs Partnership", "Harrogate",
            "Advertised by Northmere District Council.\n" + Vacancies.CARE_TEXT.substring(0, 500),
            LocalDate.of(2025, 2, 2));
        Vacancy otherCouncil = Vacancies.of("southmere", "SM-1", "Reablement Support Worker",
            "Southmere District Council", "Harrogate", Vacancies.CARE_TEXT.replace("Northmere", "Southmere"),
            LocalDate.of(2025, 2, 3));
        assertEquals(Optional.of(council.id()), dedup.findDuplicateOf(relisted));
        assertEquals(Optional.empty(), dedup.findDuplicateOf(otherCouncil));
        assertEquals(Optional.empty(), dedup.findDuplicateOf(council), "a listing is not its own duplicate");
        dedup.remove(council.id());
        dedup.remove("unknown-id");
        assertEquals(Optional.empty(), dedup.findDuplicateOf(relisted));
        assertEquals(0, dedup.size());
    }

    @Test
    void readdingAnIdReplacesTheOldSignature() {
        Deduplicator dedup = new Deduplicator();
        Vacancy council = Vacancies.careWorker("northmere", "NM-101");
        dedup.add(council);
        dedup.add(Vacancies.of("northmere", "NM-101", "Gardener", "Northmere District Council", "Harrogate",
            "Grounds maintenance in parks and cemeteries across the district.", LocalDate.of(2025, 2, 3)));
        assertEquals(1, dedup.size());
        assertEquals(Optional.empty(), dedup.findDuplicateOf(Vacancies.careWorker("nyjobs", "ny-1")));
    }

    @Test
    void amongThousandsOfListingsFindsTheHeldOutRelistingsAndNotTheNearMisses() throws IOException {
        Deduplicator dedup = new Deduplicator();
        SyntheticVacancies filler = new SyntheticVacancies(PairSetTest.baseAds(), 5);
        for (int i = 0; i < 5_000; i++) dedup.add(filler.next(i));
        List<LabelledPair> pairs = PairSetTest.read(PairSetTest.PAIRS);
        pairs.stream().filter(LabelledPair::duplicate).forEach(p -> dedup.add(p.a()));
        int dups = 0;
        int found = 0;
        int nearMisses = 0;
        for (LabelledPair p : pairs) {
            Optional<String> hit = dedup.findDuplicateOf(p.b());
            if (p.duplicate()) {
                dups++;
                if (hit.equals(Optional.of(p.a().id()))) found++;
            } else if (!p.kind().equals("readvertised-other-post") && !p.kind().equals("random")) {
                nearMisses++;
                assertTrue(hit.isEmpty(), p.id() + " " + p.kind() + " merged with " + hit);
            }
        }
        System.out.printf("relistings found among 5,000 fillers: %d of %d; near-misses checked: %d%n", found, dups,
            nearMisses);
        assertTrue(found >= 0.95 * dups, found + " of " + dups);
    }

    @Test
    @Timeout(120)
    void concurrentAddsAndFindsAreSafe() throws Exception {
        Deduplicator dedup = new Deduplicator();
        SyntheticVacancies filler = new SyntheticVacancies(PairSetTest.baseAds(), 9);
        List<Vacancy> originals = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) originals.add(filler.next(i));
        AtomicInteger found = new AtomicInteger();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4,
            r -> new Thread(r, "dedup-test-" + threadNo.incrementAndGet()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < originals.size(); i += 4) {
                        Vacancy v = originals.get(i);
                        dedup.add(v);
                        Vacancy copy = Vacancies.of("copy", "C" + i, v.title().toUpperCase(), v.employer().name(),
                            v.locations().getFirst().locality(), v.descriptionText(), v.validThrough());
                        if (dedup.findDuplicateOf(copy).equals(Optional.of(v.id()))) found.incrementAndGet();
                        if (i % 10 == 0) dedup.remove(v.id());
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(originals.size(), found.get());
        assertEquals(originals.size() - originals.size() / 10, dedup.size());
    }
}
